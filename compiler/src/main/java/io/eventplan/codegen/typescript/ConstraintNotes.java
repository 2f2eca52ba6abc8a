package io.eventplan.codegen.typescript;

import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.EmailType;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.UrlType;
import java.util.Optional;
import java.util.stream.Stream;

/** One JSDoc sentence for the rules of a type that TypeScript cannot express: formats, lengths, patterns, ranges. */
final class ConstraintNotes {

  private ConstraintNotes() {}

  /** The sentence, or empty when the TypeScript type says it all. */
  static String of(PropertyType type) {
    switch (type.kind()) {
      case STRING: {
        StringType string = (StringType) type;
        return text("", string.pattern(), string.minLength(), string.maxLength());
      }
      case INTEGER: {
        IntegerType integer = (IntegerType) type;
        return range("A whole number", integer.min().map(String::valueOf), integer.max().map(String::valueOf));
      }
      case NUMBER: {
        NumberType number = (NumberType) type;
        return range("A finite number", number.min().map(JsText::number), number.max().map(JsText::number));
      }
      case TIMESTAMP:
        return "An RFC 3339 date-time with an offset, e.g. `2026-11-25T10:00:00Z`.";
      case DATE:
        return "An RFC 3339 full-date, e.g. `2026-11-25`.";
      case UUID:
        return "A UUID, e.g. `0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69`.";
      case URL: {
        UrlType url = (UrlType) type;
        return text("An absolute URL", url.pattern(), url.minLength(), url.maxLength());
      }
      case EMAIL: {
        EmailType email = (EmailType) type;
        return text("An e-mail address", email.pattern(), email.minLength(), email.maxLength());
      }
      case ARRAY: {
        ArrayType array = (ArrayType) type;
        String items = array.itemDescription().isBlank() ? "" : " Each item: " + array.itemDescription().strip();
        String count = limits("item", array.minItems(), array.maxItems());
        return (count.isEmpty() ? "" : capitalize(count) + ".") + items;
      }
      default:
        return "";
    }
  }

  private static String range(String what, Optional<String> min, Optional<String> max) {
    if (min.isPresent() && max.isPresent()) {
      return what + " from " + min.get() + " to " + max.get() + ".";
    }
    if (min.isPresent()) {
      return what + ", at least " + min.get() + ".";
    }
    return max.map(m -> what + ", at most " + m + ".").orElse("");
  }

  private static String text(String what, Optional<String> pattern, Optional<Integer> min, Optional<Integer> max) {
    String lengths = limits("character", min, max);
    String matches = pattern.map(p -> "matching `/" + p.replace("`", "\\`") + "/`").orElse("");
    String rules = String.join(", ", Stream.of(lengths, matches).filter(s -> !s.isEmpty()).toList());
    if (what.isEmpty()) {
      return rules.isEmpty() ? "" : capitalize(rules) + ".";
    }
    return what + (rules.isEmpty() ? "." : ", " + rules + ".");
  }

  /** Lengths count Unicode code points, as in JSON Schema; the module documentation says so once. */
  private static String limits(String unit, Optional<Integer> min, Optional<Integer> max) {
    if (min.isPresent() && max.isPresent()) {
      return min.get().equals(max.get())
          ? "exactly " + plural(min.get(), unit)
          : min.get() + " to " + plural(max.get(), unit);
    }
    if (min.isPresent()) {
      return "at least " + plural(min.get(), unit);
    }
    return max.map(m -> "at most " + plural(m, unit)).orElse("");
  }

  private static String plural(int count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
