package io.eventplan.codegen.spreadsheet;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Renders values as YAML text: scalars plain when that is unambiguous, otherwise double-quoted with
 * JSON-style escapes; lists and maps in flow style ({@code [a, b]}, {@code {min: 1}}).
 */
public final class YamlText {
  private static final Pattern PLAIN = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_ .\\-/()'&+]*");
  private static final Set<String> RESERVED = Set.of(
      "true", "false", "yes", "no", "on", "off", "null", "y", "n", "~");

  private YamlText() {}

  /** One value: a String, Boolean, Long, Integer, Double, List or Map. */
  public static String flow(Object value) {
    if (value instanceof Map) {
      StringBuilder out = new StringBuilder("{");
      String separator = "";
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        out.append(separator).append(scalar(String.valueOf(entry.getKey()))).append(": ").append(flow(entry.getValue()));
        separator = ", ";
      }
      return out.append('}').toString();
    }
    if (value instanceof List) {
      StringBuilder out = new StringBuilder("[");
      String separator = "";
      for (Object item : (List<?>) value) {
        out.append(separator).append(flow(item));
        separator = ", ";
      }
      return out.append(']').toString();
    }
    if (value == null) {
      return "null";
    }
    if (value instanceof String) {
      return scalar((String) value);
    }
    if (value instanceof Double) {
      double d = (Double) value;
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) + ".0" : Double.toString(d);
    }
    return value.toString();
  }

  /** A string as a YAML scalar that reads back as exactly that string. */
  static String scalar(String text) {
    if (PLAIN.matcher(text).matches() && !text.endsWith(" ") && !text.contains(" #")
        && !RESERVED.contains(text.toLowerCase(Locale.ROOT))) {
      return text;
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\t':
          out.append("\\t");
          break;
        case '\r':
          out.append("\\r");
          break;
        default:
          if (c < 0x20 || c == 0x7F || c == '\u0085' || c == '\u2028' || c == '\u2029') {
            out.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }

  /** A comment line's text: one line, whatever the input. */
  static String comment(String text) {
    return text.replace("\r\n", " / ").replace('\n', ' ').replace('\r', ' ');
  }
}
