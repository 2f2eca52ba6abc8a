package io.eventplan.codegen.jsonschema;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** networknt json-schema-validator as the tests use it: draft 2020-12, format assertions on. */
final class Networknt {

  static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * In 2020-12 {@code format} is only an annotation unless the validator is told to assert it; the
   * collector's validators do assert it, so the schemas are tested that way.
   */
  static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));

  private Networknt() {}

  /** The schema compiled, with every keyword's validator built (which fails on a bad regex). */
  static Schema compile(String schemaText) {
    JsonNode node = JSON.readTree(schemaText);
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(node.get("$id").asString()), node);
    schema.initializeValidators();
    return schema;
  }

  /** The errors of {@code schemaText} itself against the 2020-12 meta-schema. */
  static List<String> metaSchemaErrors(String schemaText) {
    Schema metaSchema = REGISTRY.getSchema(SchemaLocation.of(SpecificationVersion.DRAFT_2020_12.getDialectId()));
    return describe(metaSchema.validate(JSON.readTree(schemaText)));
  }

  /** One line per error: {@code [keyword] /instance/location: message}. */
  static List<String> describe(List<Error> errors) {
    return errors.stream()
        .map(error -> "[" + error.getKeyword() + "] " + error.getInstanceLocation() + ": " + error.getMessage())
        .toList();
  }
}
