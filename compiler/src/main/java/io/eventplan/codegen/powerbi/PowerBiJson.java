package io.eventplan.codegen.powerbi;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds and prints the Power BI JSON files the same way on every machine: members in insertion
 * order, two-space indentation, '\n' line ends, UTF-8 text as is, and a trailing newline. JSON has
 * no comments, so these files carry no header.
 */
final class PowerBiJson {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final ObjectWriter WRITER = MAPPER.writer().with(
      new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
          .withObjectIndenter(INDENTER)
          .withArrayIndenter(INDENTER));

  private PowerBiJson() {}

  /** A new object whose first member is {@code $schema}. */
  static ObjectNode withSchema(String schemaUrl) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("$schema", schemaUrl);
    return node;
  }

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static String print(ObjectNode node) {
    return WRITER.writeValueAsString(node) + "\n";
  }
}
