package io.eventplan.codegen.warehouse;

import java.math.BigDecimal;

/**
 * SQL constants. Text that is plain stays a standard {@code '...'} string; text with control
 * characters, {@code ${}, or a backslash before a quote or at its end becomes an {@code E'...'}
 * string with escapes, so that a literal never
 * spans lines (Liquibase reads changelogs line by line) and Liquibase never expands a
 * {@code ${property}} inside it.
 */
public final class SqlLiterals {
  private SqlLiterals() {}

  /** A string constant; assumes standard_conforming_strings (on by default since PostgreSQL 9.1). */
  public static String string(String text) {
    if (!needsEscapes(text)) {
      return "'" + text.replace("'", "''") + "'";
    }
    StringBuilder out = new StringBuilder("E'");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '\'' -> out.append("''");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '$' -> out.append("\\u0024");
        case '\0' -> out.append('\uFFFD'); // PostgreSQL text cannot hold NUL
        default -> {
          if (c < 0x20 || c == 0x7F) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append("'").toString();
  }

  /** A numeric constant: {@code 42}, {@code -0.5}, {@code 1.5E+300}. */
  public static String number(BigDecimal value) {
    String plain = value.toPlainString();
    return plain.length() <= 30 ? plain : value.toString();
  }

  private static boolean needsEscapes(String text) {
    // a backslash right before a quote ends the standard string for PostgreSQL, but the JDBC driver's and
    // Liquibase's statement parsers read it as an escaped quote and run past the literal's end
    if (text.contains("${") || text.endsWith("\\") || text.contains("\\'")) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == 0x7F) {
        return true;
      }
    }
    return false;
  }
}
