package io.eventplan.examples.differential;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.regex.JoniRegularExpressionFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.JsonNodeException;
import tools.jackson.databind.json.JsonMapper;

/**
 * networknt json-schema-validator on the generated JSON Schemas, read from the classpath: draft 2020-12 with
 * patterns read as ECMA-262 (Joni), as JSON Schema says and docs/event-envelope.md says a tool must run to agree
 * with the collector. The schemas carry no {@code format}, so format assertions make no difference.
 */
final class NetworkntJudge implements Judge {
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
      builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
          .regularExpressionFactory(JoniRegularExpressionFactory.getInstance()).build()));

  private final String resourceRoot;
  private final Map<String, Schema> schemas = new HashMap<>();
  private int exceptions;

  /** @param resourceRoot the classpath folder holding {@code eventplan/schemas/}, "" or {@code every-type/} */
  NetworkntJudge(String resourceRoot) {
    this.resourceRoot = resourceRoot;
  }

  /** The schema's classpath resource, e.g. {@code eventplan/schemas/events/logged_in.json}. */
  String resource(Target target) {
    return resourceRoot + "eventplan/schemas/" + target.schemaFile();
  }

  @Override
  public Verdict judge(Target target, byte[] json) {
    Schema schema = schemas.computeIfAbsent(target.schemaFile(), file -> load(resource(target)));
    try {
      return Verdict.of(schema.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON).stream()
          .map(error -> new Verdict.Reason(error.getInstanceLocation().toString(), error.getKeyword(), error.getMessage()))
          .toList());
    } catch (JsonNodeException e) {
      if (!e.getMessage().contains("not in 64-bit `long` range")) {
        throw e;
      }
      // networknt 3.0.9 compares an integer against the schema's 64-bit bounds with asLong(), which throws for
      // an integral number beyond 64 bits written with a fraction or exponent (1e19, 9223372036854775808.0).
      // Such a value is outside [-2^63, 2^63 - 1], so the bounds reject it: the verdict networknt fails to give
      // is "invalid" (see docs/event-envelope.md).
      exceptions++;
      return Verdict.of(List.of(new Verdict.Reason("", "minimum/maximum", "networknt threw: " + e.getOriginalMessage())));
    }
  }

  /** How many payloads networknt threw on instead of judging them. */
  int exceptions() {
    return exceptions;
  }

  private static Schema load(String resource) {
    try (InputStream in = NetworkntJudge.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("no schema " + resource + " on the classpath");
      }
      JsonNode node = JSON.readTree(in.readAllBytes());
      Schema schema = REGISTRY.getSchema(SchemaLocation.of(node.get("$id").asString()), node);
      schema.initializeValidators();
      return schema;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
