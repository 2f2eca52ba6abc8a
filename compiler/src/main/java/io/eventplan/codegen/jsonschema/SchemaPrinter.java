package io.eventplan.codegen.jsonschema;

import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Prints schemas the same way on every machine: members in insertion order, two-space indentation,
 * '\n' line ends (never the platform's), {@code "name": value}, one array element per line, non-ASCII
 * text as is (UTF-8), and a trailing newline.
 */
final class SchemaPrinter {

  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");

  private static final ObjectWriter WRITER = JsonMapper.builder().build().writer().with(
      new DefaultPrettyPrinter(Separators.createDefaultInstance()
              .withObjectNameValueSpacing(Separators.Spacing.AFTER)
              .withObjectEmptySeparator("")
              .withArrayEmptySeparator(""))
          .withObjectIndenter(INDENTER)
          .withArrayIndenter(INDENTER));

  private SchemaPrinter() {}

  static String print(JsonNode schema) {
    return WRITER.writeValueAsString(schema) + "\n";
  }
}
