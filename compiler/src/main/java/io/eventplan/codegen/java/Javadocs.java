package io.eventplan.codegen.java;

import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.UrlType;
import io.eventplan.plan.model.EmailType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Plan text made safe for Javadoc, and one-line summaries of a type's constraints. */
final class Javadocs {

  private Javadocs() {}

  /**
   * Escapes text for a Javadoc comment: HTML specials, a comment end, and backslashes (javac reads
   * {@code \}{@code u} escapes even in comments).
   */
  static String escape(String text) {
    return text.strip()
        .replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("*/", "*&#47;")
        .replace("@", "&#64;")
        .replace("\\", "&#92;");
  }

  /** {@code string, 3 to 20 characters, pattern ^a} for Javadoc (already escaped). */
  static String constraints(PropertyType type) {
    List<String> parts = new ArrayList<>();
    parts.add(type.planName());
    switch (type.kind()) {
      case STRING:
        StringType string = (StringType) type;
        if (!string.values().isEmpty()) {
          parts.add("one of " + String.join(", ", string.values()));
        }
        addText(parts, string.pattern(), string.minLength(), string.maxLength());
        break;
      case URL:
        UrlType url = (UrlType) type;
        addText(parts, url.pattern(), url.minLength(), url.maxLength());
        break;
      case EMAIL:
        EmailType email = (EmailType) type;
        addText(parts, email.pattern(), email.minLength(), email.maxLength());
        break;
      case INTEGER:
        IntegerType integer = (IntegerType) type;
        addValues(parts, integer.values());
        integer.min().ifPresent(min -> parts.add("at least " + min));
        integer.max().ifPresent(max -> parts.add("at most " + max));
        break;
      case NUMBER:
        NumberType number = (NumberType) type;
        addValues(parts, number.values());
        number.min().ifPresent(min -> parts.add("at least " + min));
        number.max().ifPresent(max -> parts.add("at most " + max));
        break;
      case ARRAY:
        ArrayType array = (ArrayType) type;
        parts.add("of " + constraints(array.items()));
        array.minItems().ifPresent(min -> parts.add("at least " + min + " items"));
        array.maxItems().ifPresent(max -> parts.add("at most " + max + " items"));
        break;
      default:
        break;
    }
    return escape(String.join(", ", parts));
  }

  private static void addText(
      List<String> parts, Optional<String> pattern, Optional<Integer> minLength, Optional<Integer> maxLength) {
    minLength.ifPresent(min -> parts.add("at least " + min + " characters"));
    maxLength.ifPresent(max -> parts.add("at most " + max + " characters"));
    pattern.ifPresent(regex -> parts.add("matching " + regex));
  }

  private static void addValues(List<String> parts, List<?> values) {
    if (!values.isEmpty()) {
      parts.add("one of " + values.stream().map(String::valueOf).collect(Collectors.joining(", ")));
    }
  }
}
