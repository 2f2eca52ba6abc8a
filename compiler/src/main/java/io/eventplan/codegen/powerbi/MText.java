package io.eventplan.codegen.powerbi;

/** Power Query M text literals: {@code "} doubled, {@code #(} and control characters as M escapes. */
final class MText {
  private MText() {}

  /** {@code value} as an M text literal, e.g. {@code "Last logged in"}. */
  static String literal(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"') {
        out.append("\"\"");
      } else if (c == '#' && i + 1 < value.length() && value.charAt(i + 1) == '(') {
        out.append("#(#)"); // M reads "#(" as the start of an escape; "#(#)" is a literal '#'
      } else if (Character.isISOControl(c)) {
        out.append(String.format("#(%04X)", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('"').toString();
  }
}
