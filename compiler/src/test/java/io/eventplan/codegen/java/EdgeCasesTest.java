package io.eventplan.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Shapes at the edges: no properties, more than 64 properties, patterns that need escaping. */
class EdgeCasesTest {
  private static GeneratedCode code;

  @BeforeAll
  static void emit() {
    String many =
        IntStream.range(0, 70)
            .mapToObj(i -> "      p" + i + ": {type: integer" + (i == 66 ? ", required: true" : "") + "}")
            .collect(Collectors.joining("\n"));
    code =
        GeneratedCode.of(
            GeneratedCode.load(
                String.join(
                    "\n",
                    "plan: {name: Edges, version: 1}",
                    "events:",
                    "  Page Viewed: {}",
                    "  Many Props Sent:",
                    "    properties:",
                    many,
                    "  Text Checked:",
                    "    properties:",
                    "      code: {type: string, pattern: '\\d{2}\"[\\\\/]$'}",
                    "      score: {type: number, values: [1, 2.5]}",
                    "")));
  }

  @Test
  void anEventWithoutPropertiesAcceptsOnlyTheEmptyObject() {
    assertThat(code.validate("PageViewedValidator", "{}").problems()).isEmpty();
    assertThat(code.validate("PageViewedValidator", "{\"x\":1}").briefs()).containsExactly("/x additionalProperties");
  }

  @Test
  void moreThanSixtyFourPropertiesKeepTheirOwnRequiredAndDuplicateBits() {
    assertThat(code.validate("ManyPropsSentValidator", "{\"p66\":1}").problems()).isEmpty();
    assertThat(code.validate("ManyPropsSentValidator", "{\"p2\":1}").briefs()).containsExactly("/p66 required");
    assertThat(code.validate("ManyPropsSentValidator", "{\"p66\":1,\"p65\":1,\"p65\":2,\"p1\":0,\"p1\":0}").briefs())
        .containsExactly("/p65 syntax", "/p1 syntax");
  }

  @Test
  void patternsWithQuotesAndBackslashesWork() {
    assertThat(code.validate("TextCheckedValidator", "{\"code\":\"x12\\\"/\"}").problems()).isEmpty();
    assertThat(code.validate("TextCheckedValidator", "{\"code\":\"12\\\"x\"}").briefs()).containsExactly("/code pattern");
    assertThat(code.validate("TextCheckedValidator", "{\"score\":2.5}").problems()).isEmpty();
    assertThat(code.validate("TextCheckedValidator", "{\"score\":1}").problems()).isEmpty();
    assertThat(code.validate("TextCheckedValidator", "{\"score\":2}").briefs()).containsExactly("/score enum");
  }
}
