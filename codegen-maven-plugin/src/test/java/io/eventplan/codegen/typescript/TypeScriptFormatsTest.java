package io.eventplan.codegen.typescript;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The dev-only module of exact format checks: the same for every plan, and in step with the Java validators' list of domains. */
class TypeScriptFormatsTest {

  @Test
  void theFormatsModuleIsTheSameForEveryPlan() {
    TypeScriptPlans.Snippet root = TypeScriptPlans.emit(TypeScriptPlans.rootPlan());
    TypeScriptPlans.Snippet everyType = TypeScriptPlans.emit(TypeScriptPlans.everyTypePlan());

    assertThat(everyType.formats()).isEqualTo(root.formats());
    assertThat(everyType.formatsDeclarations()).isEqualTo(root.formatsDeclarations());
    assertThat(root.formats()).contains("export const formats = {").contains(" xn--p1ai ");
    assertThat(root.module()).doesNotContain("TOP_LEVEL_DOMAINS").contains("config.dev.formats");
  }

  @Test
  void topLevelDomainsAreThoseOfTheJavaValidators() throws IOException {
    String java = resource("/io/eventplan/codegen/java/Formats.java.txt");
    Matcher list = Pattern.compile("Arrays\\.asList\\(\\((.*?)\\)\\.split\\(\" \"\\)", Pattern.DOTALL).matcher(java);
    assertThat(list.find()).as("the list of top-level domains in Formats.java.txt").isTrue();
    StringBuilder words = new StringBuilder();
    Matcher literal = Pattern.compile("\"([^\"]*)\"").matcher(list.group(1));
    while (literal.find()) {
      words.append(literal.group(1));
    }

    assertThat(split(RuntimeSource.topLevelDomains())).isEqualTo(split(words.toString())).hasSizeGreaterThan(1000);
  }

  private static List<String> split(String text) {
    return Arrays.asList(text.trim().split("\\s+"));
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = TypeScriptFormatsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
