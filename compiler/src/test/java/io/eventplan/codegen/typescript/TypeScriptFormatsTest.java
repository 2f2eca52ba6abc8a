package io.eventplan.codegen.typescript;

import io.eventplan.runtime.support.FormatPatterns;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dev-only module of format checks: the same for every plan, holding the format patterns. */
class TypeScriptFormatsTest {

  @Test
  void theFormatsModuleIsTheSameForEveryPlan() {
    TypeScriptPlans.Snippet root = TypeScriptPlans.emit(TypeScriptPlans.rootPlan());
    TypeScriptPlans.Snippet everyType = TypeScriptPlans.emit(TypeScriptPlans.everyTypePlan());

    assertThat(everyType.formats()).isEqualTo(root.formats());
    assertThat(everyType.formatsDeclarations()).isEqualTo(root.formatsDeclarations());
    assertThat(root.formats()).contains("export const formats = {")
        .contains(JsText.string(io.eventplan.plan.pattern.PlanPattern.of(io.eventplan.runtime.support.FormatPatterns.EMAIL).ecma()));
    assertThat(root.module()).doesNotContain(JsText.string(io.eventplan.plan.pattern.PlanPattern.of(io.eventplan.runtime.support.FormatPatterns.EMAIL).ecma()))
        .contains("config.dev.formats");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TypeScriptFormatsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
