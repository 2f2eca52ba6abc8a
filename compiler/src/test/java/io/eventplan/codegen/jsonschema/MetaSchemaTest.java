package io.eventplan.codegen.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.SpecificationVersion;
import io.eventplan.plan.model.TrackingPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Every schema generated for the root plan and for the plan using every type and constraint is a
 * valid draft 2020-12 schema, and networknt compiles it (every regex, every keyword).
 */
class MetaSchemaTest {

  static Stream<Arguments> everySchema() {
    List<Arguments> all = new ArrayList<>();
    addAll(all, "root", TestPlans.rootPlan());
    addAll(all, "every-type", TestPlans.everyTypePlan());
    return all.stream();
  }

  private static void addAll(List<Arguments> all, String planLabel, TrackingPlan plan) {
    for (Map.Entry<String, String> schema : TestPlans.schemas(plan).entrySet()) {
      all.add(Arguments.of(planLabel + ": " + schema.getKey(), schema.getValue()));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everySchema")
  void isValidAgainstTheDraft202012MetaSchema(String label, String schemaText) {
    assertThat(Networknt.metaSchemaErrors(schemaText)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everySchema")
  void declaresTheDialectAndAnAbsoluteId(String label, String schemaText) {
    JsonNode schema = Networknt.JSON.readTree(schemaText);

    assertThat(schema.get("$schema").asString()).isEqualTo(SpecificationVersion.DRAFT_2020_12.getDialectId());
    assertThat(schema.get("$id").asString())
        .startsWith("https://eventplan.io/schemas/")
        .endsWith(".json")
        .matches("[\\x21-\\x7E]+"); // a URI: non-ASCII names are percent-encoded
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everySchema")
  void compilesInNetworknt(String label, String schemaText) {
    assertThat(Networknt.compile(schemaText).getValidators()).isNotEmpty();
  }
}
