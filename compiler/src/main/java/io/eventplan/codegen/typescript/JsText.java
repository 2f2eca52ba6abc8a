package io.eventplan.codegen.typescript;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Writes plan text and numbers as JavaScript and TypeScript source: literals, keys and doc comments. */
final class JsText {

  /** A key that needs no quotes in an object literal or an interface (keywords are legal keys since ES5). */
  private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

  private static final RoundingMode[] NEAREST_FIRST = {
    RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING
  };

  private JsText() {}

  /** A double-quoted string literal, valid in JavaScript, TypeScript and JSON. */
  static String string(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          // Line and paragraph separators end lines in older engines; lone surrogates are not UTF-8.
          boolean lone = Character.isSurrogate(c) && !isPair(text, i);
          if (c < 0x20 || c == '\u2028' || c == '\u2029' || lone) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  private static boolean isPair(String text, int i) {
    char c = text.charAt(i);
    return Character.isHighSurrogate(c)
        ? i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
        : i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
  }

  /** A member name of a TypeScript interface: bare when it can be, quoted otherwise. */
  static String memberName(String name) {
    return PLAIN_KEY.matcher(name).matches() ? name : string(name);
  }

  /**
   * A key of a JavaScript object literal. {@code "__proto__": v} would set the literal's prototype
   * instead of defining a member, so that one name is written as a computed key.
   */
  static String objectKey(String name) {
    if (name.equals("__proto__")) {
      return "[\"__proto__\"]";
    }
    return memberName(name);
  }

  /** A list of string literals separated by {@code separator}. */
  static String strings(List<String> values, String separator) {
    return values.stream().map(JsText::string).collect(Collectors.joining(separator));
  }

  /** A finite double as the shortest decimal that reads back as the same double, e.g. {@code 0.1}, {@code 1E-7}. */
  static String number(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JavaScript source has no literal for " + value);
    }
    if (value == 0) {
      return "0";
    }
    // BigDecimal rather than Double.toString, whose digits differ between JDK 17 and 19+.
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits <= 17; digits++) {
      for (RoundingMode mode : NEAREST_FIRST) {
        BigDecimal candidate = exact.round(new MathContext(digits, mode));
        if (candidate.doubleValue() == value) {
          BigDecimal stripped = candidate.stripTrailingZeros();
          return stripped.scale() < 0 && stripped.precision() - stripped.scale() <= 21
              ? stripped.setScale(0).toPlainString()
              : stripped.toString();
        }
      }
    }
    throw new AssertionError("17 significant digits always identify a double: " + exact);
  }

  /** A JSDoc comment of {@code lines} at {@code indent}, on one line when short; empty lines are paragraph breaks. */
  static String docComment(List<String> lines, String indent) {
    if (lines.size() == 1 && !lines.get(0).contains("\n") && indent.length() + lines.get(0).length() <= 110) {
      return indent + "/** " + lines.get(0).replace("*/", "*\\/").strip() + " */\n";
    }
    StringBuilder out = new StringBuilder(indent).append("/**\n");
    for (String line : lines) {
      for (String part : line.split("\n", -1)) {
        String safe = part.replace("*/", "*\\/").stripTrailing();
        out.append(indent).append(safe.isEmpty() ? " *" : " * " + safe).append('\n');
      }
    }
    return out.append(indent).append(" */\n").toString();
  }
}
