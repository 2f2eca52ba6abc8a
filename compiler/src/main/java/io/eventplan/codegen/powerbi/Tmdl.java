package io.eventplan.codegen.powerbi;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * TMDL's lexical rules: object names in single quotes when they are not plain identifiers ({@code '}
 * doubled inside), text property values in double quotes when they could be misread ({@code "}
 * doubled inside), and {@code ///} description lines.
 */
final class Tmdl {
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
  // TMDL's own words are quoted too, so that no name can be read as a keyword
  private static final Set<String> KEYWORDS = Set.of("annotation", "calculationGroup", "calculationItem",
      "column", "culture", "database", "expression", "extendedProperty", "hierarchy", "level", "measure",
      "model", "partition", "perspective", "ref", "relationship", "role", "table", "true", "false");
  private static final Pattern PLAIN_TEXT =
      Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_ ./()-]*[A-Za-z0-9_)]|[A-Za-z0-9_]");

  private Tmdl() {}

  /** An object name as a declaration or reference takes it: {@code logged_in_users}, {@code 'Last logged in'}. */
  static String name(String name) {
    if (PLAIN_NAME.matcher(name).matches() && !KEYWORDS.contains(name)) {
      return name;
    }
    return "'" + name.replace("'", "''") + "'";
  }

  /** A text property value: as is when unambiguous, otherwise in double quotes. */
  static String text(String value) {
    if (PLAIN_TEXT.matcher(value).matches()) {
      return value;
    }
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  /**
   * {@code ///} lines that make {@code text} the description of the object declared right after
   * them, at {@code indent} tabs. Line breaks in the text become separate lines.
   */
  static String description(int indent, List<String> paragraphs) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : paragraphs) {
      if (paragraph == null) {
        continue;
      }
      for (String line : paragraph.split("\r\n|\r|\n", -1)) {
        String stripped = line.strip();
        if (!stripped.isEmpty()) { // blank lines are left out: a description line needs text
          out.append("\t".repeat(indent)).append("/// ").append(stripped).append('\n');
        }
      }
    }
    return out.toString();
  }
}
