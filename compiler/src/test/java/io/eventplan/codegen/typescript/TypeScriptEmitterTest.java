package io.eventplan.codegen.typescript;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.OutputRoot;
import io.eventplan.plan.model.TrackingPlan;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What the emitter writes: paths, headers, determinism, the props types and which properties it fills in. */
class TypeScriptEmitterTest {

  private static final String HEADER = "// Generated from tracking-plan.yaml by eventplan - do not edit.\n";

  @Test
  void emitsTheModuleAndItsDeclarationsAsResources() {
    List<GeneratedFile> files = new TypeScriptEmitter().emit(TypeScriptPlans.rootPlan(), TypeScriptPlans.CONTEXT);

    assertThat(new TypeScriptEmitter().id()).isEqualTo("typescript");
    assertThat(files).extracting(GeneratedFile::path)
        .containsExactly("eventplan/typescript/tracking.js", "eventplan/typescript/tracking.d.ts",
            "eventplan/typescript/tracking-formats.js", "eventplan/typescript/tracking-formats.d.ts");
    assertThat(files).extracting(GeneratedFile::root).containsOnly(OutputRoot.RESOURCES);
    assertThat(files).allSatisfy(file -> assertThat(file.content()).startsWith(HEADER).doesNotContain("\r"));
  }

  @Test
  void outputIsTheSameOnEveryRunAndInEveryLocale() {
    TypeScriptPlans.Snippet first = TypeScriptPlans.emit(TypeScriptPlans.everyTypePlan());
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR")); // dotless i: lower-casing must not depend on it
      TypeScriptPlans.Snippet second = TypeScriptPlans.emit(TypeScriptPlans.everyTypePlan());
      assertThat(second).isEqualTo(first);
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void propsHoldOwnAndUnfilledCommonPropertiesOnly() {
    String declarations = TypeScriptPlans.emit(TypeScriptPlans.rootPlan()).declarations();

    assertThat(declarations).contains("""
        export interface LoggedInProps {
          /** How the user authenticated. */
          type: "password" | "sso" | "magic_link";
        }
        """);
    assertThat(declarations).contains("export declare function trackLoggedIn(props: LoggedInProps): void;");
    // only optional properties: the argument may be left out
    assertThat(declarations).contains("export declare function trackLoggedOut(props?: LoggedOutProps): void;");
    assertThat(declarations).contains("  attempt?: number;");
    assertThat(declarations).contains("export declare function identify(userId: string, traits: PeopleTraits): void;");
    assertThat(declarations).contains("export declare function group(companyId: string, traits: CompanyTraits): void;");
  }

  @Test
  void fillsOnlyCommonPropertiesWithTheExpectedNameAndType() {
    TrackingPlan plan = TypeScriptPlans.fromYaml("""
        plan: {name: Fills, version: 1}
        common_properties:
          event_id: {type: string, required: true}
          timestamp: {type: timestamp, required: true}
          url: {type: url}
        events:
          Thing Done:
            properties:
              user_id: {type: string, required: true}
        """);
    TypeScriptPlans.Snippet snippet = TypeScriptPlans.emit(plan);

    assertThat(snippet.module()).contains("const FILLS = [\"timestamp\", \"url\"];");
    // event_id is a string here, not a uuid, and user_id is the event's own: the caller passes both
    assertThat(snippet.declarations()).contains("""
        export interface ThingDoneProps {
          event_id: string;
          user_id: string;
        }
        """);
  }

  @Test
  void anEventWithNothingToPassTakesNoArgument() {
    TypeScriptPlans.Snippet snippet = TypeScriptPlans.emit(TypeScriptPlans.fromYaml("""
        plan: {name: Bare, version: 1}
        common_properties:
          event_id: {type: uuid, required: true}
        events:
          Page Viewed: {}
        """));

    assertThat(snippet.declarations())
        .contains("export type PageViewedProps = Record<string, never>;")
        .contains("export declare function trackPageViewed(props?: PageViewedProps): void;")
        .contains("export type PeopleTraits = Record<string, never>;")
        .contains("export declare function identify(userId: string, traits?: PeopleTraits): void;");
    assertThat(snippet.module()).contains("const PEOPLE = {type: \"object\", properties: {}};");
  }

  @Test
  void documentsDescriptionsDeprecationAndSource() {
    String declarations = TypeScriptPlans.emit(TypeScriptPlans.everyTypePlan()).declarations();

    assertThat(declarations)
        .contains(" * Sends `Order Completed`: Every type, with \"quotes\", a backslash \\ and a comment end *\\/ in the text.")
        .contains(" * Source: tracking-plan.yaml:16:3.")
        .contains("""
              /**
               * Replaced by code.
               * @deprecated
               */
              legacy_code?: string;
            """)
        .contains(" * @deprecated This event is deprecated in the plan.\n */\nexport declare function trackCaféVisited(");
    // the only comment end is the one each comment closes with
    assertThat(declarations.split("\\*/", -1).length - 1).isEqualTo(declarations.split("/\\*\\*", -1).length - 1);
  }

  @Test
  void typesFollowThePlan() {
    String declarations = TypeScriptPlans.emit(TypeScriptPlans.everyTypePlan()).declarations();

    assertThat(declarations)
        .contains("  class: \"economy\" | \"business\" | \"first class\";")
        .contains("  default: boolean;")
        .contains("  order: number;")
        .contains("  level?: 1 | 2 | 3;")
        .contains("  ratio?: 0.5 | 1 | 2.5;")
        .contains("  \"größe\"?: string;")
        .contains("  \"first-name\"?: string;")
        .contains("  tags?: ReadonlyArray<\"red\" | \"green\">;")
        .contains("""
              lines?: ReadonlyArray<{
                sku: string;
                /** A whole number, at least 1. */
                quantity: number;
                /** A finite number, at least 0. */
                unit_price?: number;
              }>;
            """)
        .contains("  /** An e-mail address, 6 to 64 characters, matching `/@example\\.com$/`. */\n  user?: string;");
  }

  @Test
  void devModeRulesMirrorTheJsonSchemas() {
    String module = TypeScriptPlans.emit(TypeScriptPlans.everyTypePlan()).module();

    assertThat(module)
        .contains("    order: {type: \"integer\", minimum: 1, maximum: 500},")
        // an integer without bounds is a safe integer, whose bounds JavaScript reads exactly
        .contains("    count: {type: \"integer\", minimum: -9007199254740991, maximum: 9007199254740991},")
        .contains("    big: {type: \"integer\", minimum: -9007199254740991, maximum: 9007199254740991},")
        .contains("    select: {type: \"number\", minimum: -0.5, maximum: 99.75},")
        .contains("    amount: {type: \"number\"},")
        .contains("    user: {type: \"string\", format: \"email\", pattern: \"@example\\\\.com$\", minLength: 6, maxLength: 64},")
        .contains("    [\"__proto__\"]: {type: \"string\"},")
        .contains("    lines: {type: \"array\", items: {type: \"object\", properties: {sku: {type: \"string\"}, "
            + "quantity: {type: \"integer\", minimum: 1, maximum: 9007199254740991}, "
            + "unit_price: {type: \"number\", minimum: 0}}, required: [\"sku\", \"quantity\"]}, maxItems: 10},");
  }
}
