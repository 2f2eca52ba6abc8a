package io.eventplan.examples.differential;

import static io.eventplan.examples.differential.ValueGenerator.NODES;
import static io.eventplan.examples.differential.ValueGenerator.number;

import io.eventplan.plan.model.EmailType;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.TypeKind;
import io.eventplan.plan.model.UrlType;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Values that break exactly one rule of a property's type (out of the allowed values, out of range, bad
 * format, too long or short, not matching the pattern, of the wrong JSON type) and keep every other rule:
 * a too-long url is still a url matching the plan's pattern. Empty when the type admits no such value.
 */
final class BrokenValues {
  /** A value and the rule it breaks, named as the Java validators name it. */
  record Broken(JsonNode value, String rule) {}

  private final ValueGenerator values;
  private final Rng rng;

  BrokenValues(ValueGenerator values) {
    this.values = values;
    this.rng = values.rng();
  }

  Broken wrongType(PropertyType type) {
    switch (type.kind()) {
      case INTEGER:
        return new Broken(rng.chance(0.5) ? number(values.numbers().notAnInteger((IntegerType) type))
            : rng.pick(NODES.stringNode("5"), NODES.booleanNode(true), NODES.arrayNode().add(1)), "type");
      case NUMBER:
        return new Broken(rng.pick(NODES.stringNode("1.5"), NODES.booleanNode(false), NODES.objectNode()), "type");
      case BOOLEAN:
        return new Broken(rng.pick(NODES.stringNode("true"), number("1"), number("0"), NODES.arrayNode()), "type");
      case ARRAY:
        return new Broken(rng.pick(NODES.objectNode(), NODES.stringNode("[]"), number("2")), "type");
      case OBJECT:
        return new Broken(rng.pick(NODES.arrayNode(), NODES.stringNode("{}"), NODES.booleanNode(false)), "type");
      default: // the string types
        return new Broken(rng.pick(number("42"), number("-1.5e3"), NODES.booleanNode(true), NODES.arrayNode().add("a"),
            NODES.objectNode().put("value", "a")), "type");
    }
  }

  Optional<Broken> outOfValues(PropertyType type) {
    switch (type.kind()) {
      case STRING: {
        StringType string = (StringType) type;
        if (string.values().isEmpty()) {
          return Optional.empty();
        }
        List<String> near = new ArrayList<>();
        for (String value : string.values()) {
          near.add(value.toUpperCase(Locale.ROOT));
          near.add(value + " ");
          near.add(Normalizer.normalize(value, Normalizer.Form.NFD)); // café with a combining accent
          near.add(value.isEmpty() ? "x" : value.substring(value.offsetByCodePoints(0, 1)));
        }
        return values.texts()
            .find(near, string.minLength().orElse(0), string.maxLength().orElse(string.minLength().orElse(0) + 40),
                text -> !string.values().contains(text)
                    && string.pattern().map(regex -> values.texts().matches(regex, text)).orElse(true))
            .map(text -> new Broken(NODES.stringNode(text), "enum"));
      }
      case INTEGER:
        return ((IntegerType) type).values().isEmpty() ? Optional.empty()
            : values.numbers().integerOutOfValues((IntegerType) type).map(text -> new Broken(number(text), "enum"));
      case NUMBER:
        return ((NumberType) type).values().isEmpty() ? Optional.empty()
            : values.numbers().numberOutOfValues((NumberType) type).map(text -> new Broken(number(text), "enum"));
      default:
        return Optional.empty();
    }
  }

  /** Integers and numbers always have a range: the plan's, or the safe integers, or the doubles. */
  Optional<Broken> outOfRange(PropertyType type) {
    String text;
    if (type instanceof IntegerType integer) {
      text = values.numbers().integerOutOfRange(integer);
    } else if (type instanceof NumberType decimal) {
      text = values.numbers().numberOutOfRange(decimal);
    } else {
      return Optional.empty();
    }
    BigDecimal min = type instanceof IntegerType integer
        ? BigDecimal.valueOf(integer.effectiveMin())
        : ((NumberType) type).min().map(Decimals::shortest).orElse(Decimals.DOUBLE_MAX.negate());
    return Optional.of(new Broken(number(text), new BigDecimal(text).compareTo(min) < 0 ? "minimum" : "maximum"));
  }

  Optional<Broken> badFormat(PropertyType type) {
    FormatValues formats = values.formats();
    switch (type.kind()) {
      case TIMESTAMP:
        return Optional.of(new Broken(NODES.stringNode(rng.pick(FormatValues.BAD_TIMESTAMPS)), "format"));
      case DATE:
        return Optional.of(new Broken(NODES.stringNode(rng.pick(FormatValues.BAD_DATES)), "format"));
      case UUID:
        return Optional.of(new Broken(NODES.stringNode(rng.pick(FormatValues.BAD_UUIDS)), "format"));
      case URL: {
        UrlType url = (UrlType) type;
        List<String> bad = new ArrayList<>(FormatValues.BAD_URLS);
        String valid = formats.url();
        int at = Math.min(valid.length(), valid.indexOf(':') + 4);
        bad.add(valid.substring(0, at) + rng.pick(" ", "ä", "<", "\"", "|", "^", "`", "{") + valid.substring(at));
        return pick(bad, url.pattern(), url.minLength(), url.maxLength(), "format");
      }
      case EMAIL: {
        EmailType email = (EmailType) type;
        List<String> bad = new ArrayList<>(FormatValues.BAD_EMAILS);
        String valid = formats.email();
        bad.add(valid.replace("@", rng.pick("@@", " @", "@.", "@[", "@-", "@\"")));
        return pick(bad, email.pattern(), email.minLength(), email.maxLength(), "format");
      }
      default:
        return Optional.empty();
    }
  }

  Optional<Broken> tooLong(PropertyType type, List<Object> examples) {
    Limits limits = Limits.of(type);
    if (limits == null || limits.max.isEmpty() || limits.hasValues) {
      return Optional.empty();
    }
    int max = limits.max.get();
    return text(type, examples, max + 1, max + 8, limits.pattern, true, "maxLength");
  }

  Optional<Broken> tooShort(PropertyType type, List<Object> examples) {
    Limits limits = Limits.of(type);
    if (limits == null || limits.min.orElse(0) == 0 || limits.hasValues) {
      return Optional.empty();
    }
    return text(type, examples, 0, limits.min.get() - 1, limits.pattern, true, "minLength");
  }

  Optional<Broken> patternMismatch(PropertyType type, List<Object> examples) {
    Limits limits = Limits.of(type);
    if (limits == null || limits.pattern.isEmpty() || limits.hasValues) {
      return Optional.empty();
    }
    return text(type, examples, limits.min.orElse(0), limits.max.orElse(limits.min.orElse(0) + 40), limits.pattern,
        false, "pattern");
  }

  /**
   * A value of the type's format (if any) with [min, max] code points whose match of {@code pattern}
   * is {@code matching}.
   */
  private Optional<Broken> text(PropertyType type, List<Object> examples, int min, int max, Optional<String> pattern,
      boolean matching, String rule) {
    Texts texts = values.texts();
    Predicate<String> wanted =
        text -> pattern.map(regex -> texts.matches(regex, text) == matching).orElse(true);
    List<String> known = new ArrayList<>(ValueGenerator.strings(examples));
    if (type.kind() == TypeKind.STRING) {
      return texts.find(known, min, max, wanted).map(text -> new Broken(NODES.stringNode(text), rule));
    }
    Supplier<String> valid = type.kind() == TypeKind.URL
        ? () -> stretch(values.formats().url(), min, max, true)
        : () -> stretch(values.formats().email(), min, max, false);
    for (int i = 0; i < 200; i++) {
      String candidate = valid.get();
      int length = Texts.length(candidate);
      if (length >= min && length <= max && wanted.test(candidate)) {
        return Optional.of(new Broken(NODES.stringNode(candidate), rule));
      }
    }
    return Optional.empty();
  }

  /** A url or email lengthened to at least {@code min} characters, or one of the shortest ones. */
  private String stretch(String valid, int min, int max, boolean url) {
    if (max < 12) {
      return url ? rng.pick("a:b", "x:y", "http://a", "https://a", "urn:a:b", "mailto:a@b", "https://ab")
          : rng.pick("a@b", "a@bc", "a@b.io", "ab@b.de");
    }
    if (Texts.length(valid) >= min) {
      return valid;
    }
    if (url) {
      return values.formats().longer(valid, min - valid.length() + rng.between(0, max - min));
    }
    String local = "a".repeat(rng.between(1, 64));
    StringBuilder domain = new StringBuilder(valid.substring(valid.indexOf('@') + 1));
    while (local.length() + 1 + domain.length() < min) {
      domain.insert(0, "d".repeat(rng.between(1, 63)) + ".");
    }
    return local + "@" + domain;
  }

  private Optional<Broken> pick(List<String> candidates, Optional<String> pattern, Optional<Integer> minLength,
      Optional<Integer> maxLength, String rule) {
    List<String> fitting = candidates.stream()
        .filter(text -> values.fits(text, pattern, minLength.orElse(0), maxLength.orElse(Integer.MAX_VALUE)))
        .toList();
    return fitting.isEmpty() ? Optional.empty() : Optional.of(new Broken(NODES.stringNode(rng.pick(fitting)), rule));
  }

  /** The text constraints of string, url and email types. */
  private record Limits(Optional<String> pattern, Optional<Integer> min, Optional<Integer> max, boolean hasValues) {
    static Limits of(PropertyType type) {
      if (type instanceof StringType string) {
        return new Limits(string.pattern(), string.minLength(), string.maxLength(), !string.values().isEmpty());
      }
      if (type instanceof UrlType url) {
        return new Limits(url.pattern(), url.minLength(), url.maxLength(), false);
      }
      if (type instanceof EmailType email) {
        return new Limits(email.pattern(), email.minLength(), email.maxLength(), false);
      }
      return null;
    }
  }
}
