package io.eventplan.codegen.powerbi;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Validates a Power BI JSON file against the Microsoft schema named in its own {@code $schema}, read
 * from the copies under {@code powerbi-json-schemas/} on the test class path (never the network).
 * Public: the generated-examples tests use it on the root plan's files too.
 */
public final class PowerBiSchemas {
  static final String PREFIX = "https://developer.microsoft.com/json-schemas/fabric/";
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
      builder -> builder.schemaIdResolvers(ids -> ids.mapPrefix(PREFIX, "classpath:powerbi-json-schemas/fabric/")));

  private PowerBiSchemas() {}

  /** The schema a file names, e.g. {@code https://developer.microsoft.com/json-schemas/fabric/pbip/...}. */
  public static String schemaOf(String json) {
    JsonNode schema = JSON.readTree(json).get("$schema");
    if (schema == null || !schema.isString()) {
      throw new AssertionError("no $schema member in " + json);
    }
    return schema.asString();
  }

  /** What is wrong with {@code json} by the schema it names; empty when it is valid. */
  public static List<String> problems(String json) {
    String url = schemaOf(json);
    if (!url.startsWith(PREFIX)) {
      throw new AssertionError("$schema " + url + " is not one of Microsoft's fabric schemas");
    }
    Schema schema = REGISTRY.getSchema(SchemaLocation.of(url));
    return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
  }
}
