package io.eventplan.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.eventplan.codegen.GeneratedFile;
import io.eventplan.codegen.jsonschema.JsonSchemaEmitter;
import io.eventplan.plan.model.TrackingPlan;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers are judged by the value written, as JSON Schema (and networknt) judge them, not by the double or
 * long the text rounds to: near a bound, an allowed value or the 64-bit range, both give the same verdict.
 */
class ExactNumbersTest {
  private static final String VALIDATOR = "NumbersSentValidator";
  private static final SchemaRegistry NETWORKNT = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private static GeneratedCode code;
  private static Schema schema;

  @BeforeAll
  static void emit() {
    TrackingPlan plan =
        GeneratedCode.load(
            String.join(
                "\n",
                "plan: {name: Numbers, version: 1}",
                "events:",
                "  Numbers Sent:",
                "    properties:",
                "      bounded: {type: number, min: -0.5, max: 99.5}",
                "      any: {type: number}",
                "      allowed: {type: number, values: [0.5, 1.5, 100]}",
                "      whole: {type: integer}",
                "      small: {type: integer, min: -3, max: 9007199254740990}",
                "      level: {type: integer, values: [1, 2]}",
                ""));
    code = GeneratedCode.of(plan);
    GeneratedFile file = new JsonSchemaEmitter().emit(plan, GeneratedCode.CONTEXT).get(0);
    schema = NETWORKNT.getSchema(file.content(), InputFormat.JSON);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "bounded | -0.50000000000000000001 | minimum",
        "bounded | -0.49999999999999999999 | ",
        "bounded | -0.5 | ",
        "bounded | -5E-1 | ",
        "bounded | 99.50000000000000000001 | maximum",
        "bounded | 99.49999999999999999999 | ",
        "bounded | 99.5000 | ",
        "any | 1.7976931348623157E308 | ",
        "any | 1.7976931348623158E308 | maximum",
        "any | 1.79769313486231570000000001E+308 | maximum",
        "any | -1.7976931348623158E308 | minimum",
        "any | 1E-400 | ",
        "allowed | 0.50000000000000000001 | enum",
        "allowed | 0.5000 | ",
        "allowed | 5e-1 | ",
        "allowed | 100.0 | ",
        "allowed | 1E+2 | ",
        "allowed | 1.4999999999999999999 | enum",
        "whole | 1.0000000000000000001 | type",
        "whole | 1E-400 | type",
        "whole | 9007199254740991.0 | ",
        "whole | 9.007199254740991e15 | ",
        "whole | -9007199254740991.0 | ",
        "whole | 9007199254740992 | maximum",
        "whole | -9007199254740992 | minimum",
        "whole | 9223372036854775807.0 | maximum",
        "whole | -9223372036854775808.0 | minimum",
        "whole | 9223372036854775808 | maximum",
        "whole | -9223372036854775809 | minimum",
        "small | 9007199254740990.0 | ",
        "small | 9007199254740990.0000000000000001 | type",
        "small | 9007199254740991.0 | maximum",
        "small | -3.0000000000000000001 | type",
        "small | -4.0 | minimum",
        "level | 1.0000000000000000001 | type",
        "level | 2.0 | ",
      })
  void javaAndNetworkntJudgeTheWrittenValue(String property, String number, String rule) {
    String json = "{\"" + property + "\":" + number + "}";
    List<String> expected = rule == null ? List.of() : List.of("/" + property + " " + rule);

    assertThat(code.validate(VALIDATOR, json).briefs()).isEqualTo(expected);
    assertThat(schema.validate(json, InputFormat.JSON).isEmpty()).as("networknt accepts %s", json)
        .isEqualTo(rule == null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1e19, maximum", "-1e19, minimum", "9.223372036854775808e18, maximum", "1e400, maximum"})
  void integersBeyondSixtyFourBitsWrittenWithAnExponentAreOutOfRange(String number, String rule) {
    // networknt throws on most of these instead of giving a verdict (see docs/event-envelope.md)
    assertThat(code.validate(VALIDATOR, "{\"whole\":" + number + "}").briefs()).containsExactly("/whole " + rule);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"9007199254740991.0, 9007199254740991", "1E+3, 1000", "-9007199254740991.0, -9007199254740991"})
  void integersWrittenWithAFractionKeepEveryDigit(String number, long expected) {
    GeneratedCode.Outcome outcome = code.validate(VALIDATOR, "{\"whole\":" + number + "}");

    assertThat(outcome.problems()).isEmpty();
    assertThat(GeneratedCode.get(outcome.value(), "whole")).isEqualTo(expected);
  }
}
