package io.eventplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The JSON Schema of the tracking plan format ({@code docs/tracking-plan.schema.json}), which editors use
 * for autocompletion, must be a valid 2020-12 schema, must accept the project's own {@code tracking-plan.yaml},
 * and must reject plans that break the format's shape.
 */
class FormatSchemaTest {

    /** The tests run from the module directory ({@code plan-model}); the files live at the repository root. */
    private static final Path REPO_ROOT = Path.of("..");
    private static final Path SCHEMA_FILE = REPO_ROOT.resolve(Path.of("docs", "tracking-plan.schema.json"));
    private static final Path PLAN_FILE = REPO_ROOT.resolve("tracking-plan.yaml");
    private static final String SCHEMA_ID = "https://eventplan.io/schemas/tracking-plan.schema.json";
    private static final String MODELINE_PREFIX = "# yaml-language-server: $schema=";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final YAMLMapper YAML = YAMLMapper.builder().build();
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);

    private static JsonNode schemaNode;
    private static Schema formatSchema;

    @BeforeAll
    static void loadSchema() throws IOException {
        schemaNode = JSON.readTree(Files.readString(SCHEMA_FILE, StandardCharsets.UTF_8));
        formatSchema = REGISTRY.getSchema(SchemaLocation.of(SCHEMA_ID), schemaNode);
        formatSchema.initializeValidators(); // fails here if a $ref does not resolve
    }

    @Test
    void schemaIsAValidDraft202012Schema() {
        Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));

        assertThat(describe(metaSchema.validate(schemaNode))).isEmpty();
        assertThat(schemaNode.get("$schema").asString()).isEqualTo(SpecificationVersion.DRAFT_2020_12.getDialectId());
        assertThat(schemaNode.get("$id").asString()).isEqualTo(SCHEMA_ID);
    }

    @Test
    void rootTrackingPlanValidates() throws IOException {
        JsonNode plan = YAML.readTree(Files.readString(PLAN_FILE, StandardCharsets.UTF_8));

        assertThat(describe(formatSchema.validate(plan))).isEmpty();
    }

    @Test
    void rootTrackingPlanPointsEditorsAtTheSchema() throws IOException {
        String firstLine = Files.readAllLines(PLAN_FILE, StandardCharsets.UTF_8).get(0);

        assertThat(firstLine).startsWith(MODELINE_PREFIX);
        Path target = PLAN_FILE.resolveSibling(firstLine.substring(MODELINE_PREFIX.length()).trim());
        assertThat(target.normalize()).isEqualTo(SCHEMA_FILE.normalize());
    }

    @Test
    void refinementOfACommonPropertyNeedsNoType() {
        List<String> errors = validateYaml("""
                plan: {name: Test, version: 1}
                common_properties:
                  user_id: {type: string, max_length: 255}
                events:
                  Thing Done:
                    properties:
                      user_id: {required: true, description: The user who did it.}
                      tags: {type: array, items: {type: string}, max_items: 5}
                """);

        assertThat(errors).isEmpty();
    }

    @Test
    void unknownTopLevelKeyIsRejected() {
        List<String> errors = validateYaml("""
                plan: {name: Test, version: 1}
                events: {}
                evnts: {}
                """);

        assertThat(errors).anySatisfy(error -> assertThat(error).contains("additionalProperties").contains("evnts"));
    }

    @Test
    void unknownTypeNameIsRejected() {
        List<String> errors = validateYaml("""
                plan: {name: Test, version: 1}
                events:
                  Thing Done:
                    properties:
                      amount: {type: strng}
                """);

        assertThat(errors).anySatisfy(error -> assertThat(error).contains("enum").contains("amount").contains("type"));
    }

    @Test
    void constraintThatDoesNotApplyToTheTypeIsRejected() {
        List<String> errors = validateYaml("""
                plan: {name: Test, version: 1}
                events:
                  Thing Done:
                    properties:
                      label: {type: string, min: 1}
                """);

        assertThat(errors).anySatisfy(error -> assertThat(error).contains("propertyNames").contains("label"));
    }

    @Test
    void arrayWithoutItemsIsRejected() {
        List<String> errors = validateYaml("""
                plan: {name: Test, version: 1}
                events:
                  Thing Done:
                    properties:
                      tags: {type: array}
                """);

        assertThat(errors).anySatisfy(error -> assertThat(error).contains("required").contains("items"));
    }

    private static List<String> validateYaml(String yaml) {
        return describe(formatSchema.validate(YAML.readTree(yaml)));
    }

    /** One readable line per error: keyword, location in the plan, message. */
    private static List<String> describe(List<com.networknt.schema.Error> errors) {
        return errors.stream()
                .map(error -> "[" + error.getKeyword() + "] " + error.getInstanceLocation() + ": " + error.getMessage())
                .collect(Collectors.toList());
    }
}
