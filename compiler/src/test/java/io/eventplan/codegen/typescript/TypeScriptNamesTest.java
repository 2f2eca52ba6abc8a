package io.eventplan.codegen.typescript;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import org.junit.jupiter.api.Test;

/** Plan names become safe, distinct identifiers, and text becomes valid literals. */
class TypeScriptNamesTest {

  @Test
  void eventNamesBecomeDistinctIdentifiers() {
    TrackingPlan plan = TypeScriptPlans.everyTypePlan();
    SnippetNames names = new SnippetNames(plan);

    assertThat(plan.events().stream().map(e -> names.of(e).function()))
        .containsExactly("trackOrderCompleted", "trackCaféVisited", "track3DModelViewed", "trackPageViewed",
            "trackPageViewedV2", "track名前Changed", "trackClassDeleted");
    assertThat(plan.events().stream().map(e -> names.of(e).propsType()))
        .containsExactly("OrderCompletedProps", "CaféVisitedProps", "Event3DModelViewedProps", "PageViewedProps",
            "PageViewedV2Props", "名前ChangedProps", "ClassDeletedProps");
  }

  @Test
  void collisionsWithoutANewerVersionGetANumber() {
    TrackingPlan plan = TypeScriptPlans.fromYaml("""
        plan: {name: Names, version: 1}
        events:
          Page Viewed: {}
          PageViewed: {version: 2}
          Page_Viewed: {version: 3}
        """);
    SnippetNames names = new SnippetNames(plan);

    assertThat(plan.events().stream().map(EventDef::name)).hasSize(3);
    assertThat(plan.events().stream().map(e -> names.of(e).function()))
        .containsExactly("trackPageViewed", "trackPageViewedV2", "trackPageViewedV3");
  }

  @Test
  void identifierWordsDropWhatJavaScriptRejects() {
    assertThat(SnippetNames.identifierWords("Logged In")).isEqualTo("LoggedIn");
    assertThat(SnippetNames.identifierWords("class default")).isEqualTo("ClassDefault");
    assertThat(SnippetNames.identifierWords("Größe geändert")).isEqualTo("GrößeGeändert");
    assertThat(SnippetNames.identifierWords("a\u2E2Fb")).isEqualTo("Ab");
  }

  @Test
  void stringLiteralsEscapeWhatWouldEndOrBreakThem() {
    assertThat(JsText.string("a \"b\" \\ c\n\t\u2028\u0001é😀")).isEqualTo("\"a \\\"b\\\" \\\\ c\\n\\t\\u2028\\u0001é😀\"");
    assertThat(JsText.string("\uD800x")).isEqualTo("\"\\ud800x\"");
  }

  @Test
  void keysAreQuotedWhenTheyMustBe() {
    assertThat(JsText.memberName("class")).isEqualTo("class");
    assertThat(JsText.memberName("first-name")).isEqualTo("\"first-name\"");
    assertThat(JsText.memberName("größe")).isEqualTo("\"größe\"");
    assertThat(JsText.memberName("2nd")).isEqualTo("\"2nd\"");
    assertThat(JsText.objectKey("__proto__")).isEqualTo("[\"__proto__\"]");
  }

  @Test
  void numbersAreShortestAndExact() {
    assertThat(JsText.number(0.1)).isEqualTo("0.1");
    assertThat(JsText.number(1.0)).isEqualTo("1");
    assertThat(JsText.number(-0.5)).isEqualTo("-0.5");
    assertThat(JsText.number(1e-7)).isEqualTo("1E-7");
    assertThat(JsText.number(1e20)).isEqualTo("100000000000000000000");
    assertThat(JsText.number(1e21)).isEqualTo("1E+21");
    assertThat(JsText.number(Double.MAX_VALUE)).isEqualTo("1.7976931348623157E+308");
  }
}
