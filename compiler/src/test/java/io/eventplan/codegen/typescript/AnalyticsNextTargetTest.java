package io.eventplan.codegen.typescript;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.eventplan.codegen.GeneratedFile;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The analytics-next target: the same typed functions as the snippet, whose calls go to an analytics-next
 * instance; only tracking.js and tracking.d.ts, under an emitter id of their own.
 */
class AnalyticsNextTargetTest {

  @Test
  void emitsTheModuleAndItsDeclarationsOnly() {
    TypeScriptEmitter emitter = new TypeScriptEmitter(TypeScriptTarget.ANALYTICS_NEXT);
    List<GeneratedFile> files = emitter.emit(TypeScriptPlans.rootPlan(), TypeScriptPlans.CONTEXT);

    assertThat(emitter.id()).isEqualTo("typescript-analytics-next");
    assertThat(files).extracting(GeneratedFile::path)
        .containsExactly("eventplan/typescript/tracking.js", "eventplan/typescript/tracking.d.ts");
    TypeScriptPlans.Wrapper wrapper = TypeScriptPlans.emitAnalyticsNext(TypeScriptPlans.rootPlan());
    assertThat(wrapper.module()).contains("""
        export function trackLoggedIn(props) {
          record("Logged In", props);
        }""").doesNotContain("fetch(").doesNotContain("localStorage");
    assertThat(wrapper.declarations())
        .contains("export declare function setAnalytics(analytics: SegmentAnalytics): void;")
        .doesNotContain("export declare function init(");
  }

  @Test
  void typesAreTheSnippetsTypes() {
    for (var plan : List.of(TypeScriptPlans.rootPlan(), TypeScriptPlans.everyTypePlan())) {
      String snippet = TypeScriptPlans.emit(plan).declarations();
      String wrapper = TypeScriptPlans.emitAnalyticsNext(plan).declarations();
      assertThat(typesOf(wrapper)).isEqualTo(typesOf(snippet));
    }
  }

  @Test
  void anUnknownTargetNamesTheKnownOnes() {
    assertThat(TypeScriptTarget.of("analytics-next")).isEqualTo(TypeScriptTarget.ANALYTICS_NEXT);
    assertThatThrownBy(() -> TypeScriptTarget.of("typewriter"))
        .hasMessage("typescriptTarget 'typewriter' is not one of snippet, analytics-next (see docs/typescript-snippet.md)");
  }

  /** The declarations of the traits and events, without doc comments: what a caller's code is checked against. */
  private static List<String> typesOf(String declarations) {
    String plan = declarations.substring(declarations.indexOf("export interface PeopleTraits") >= 0
        ? declarations.indexOf("export interface PeopleTraits") : declarations.indexOf("export type PeopleTraits"));
    return plan.lines().filter(line -> !line.isBlank() && !line.strip().startsWith("/**") && !line.strip().startsWith("*"))
        .toList();
  }
}
