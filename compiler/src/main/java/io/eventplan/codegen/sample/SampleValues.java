package io.eventplan.codegen.sample;

import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.EmailType;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.UrlType;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A value that the plan accepts for a property: its first allowed value, else its first example (the checker has
 * made sure both satisfy the property's constraints), else a value of the type made to fit its lengths and bounds.
 * A text with a {@code pattern} and neither values nor examples has no value here: nothing guesses a match.
 */
final class SampleValues {
  static final String TIMESTAMP = "2026-01-31T12:00:00Z";
  static final String DATE = "2026-01-31";
  static final String UUID = "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69";
  static final String URL = "https://example.com/";
  static final String EMAIL_DOMAIN = "@example.com";

  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private SampleValues() {}

  /** A valid value of {@code property}, or empty when none can be made without guessing. */
  static Optional<JsonNode> of(PropertyDef property) {
    return of(property.type(), property.examples(), textFor(property.name()));
  }

  /** The object of {@code properties}' required members, or empty when one of them has no value. */
  static Optional<ObjectNode> requiredMembers(List<PropertyDef> properties) {
    ObjectNode object = NODES.objectNode();
    for (PropertyDef property : properties) {
      if (property.required()) {
        Optional<JsonNode> value = of(property);
        if (value.isEmpty()) {
          return Optional.empty();
        }
        object.set(property.name(), value.get());
      }
    }
    return Optional.of(object);
  }

  private static Optional<JsonNode> of(PropertyType type, List<Object> examples, String text) {
    switch (type.kind()) {
      case STRING: {
        StringType string = (StringType) type;
        if (!string.values().isEmpty()) {
          return Optional.of(NODES.stringNode(string.values().get(0)));
        }
        return example(examples).or(() -> string.pattern().isPresent() ? Optional.empty()
            : Optional.of(NODES.stringNode(fitted(text, string.minLength(), string.maxLength()))));
      }
      case INTEGER: {
        IntegerType integer = (IntegerType) type;
        if (!integer.values().isEmpty()) {
          return Optional.of(NODES.numberNode(integer.values().get(0)));
        }
        long value = Math.max(integer.effectiveMin(), Math.min(integer.effectiveMax(), 1L));
        return example(examples).or(() -> Optional.of(NODES.numberNode(value)));
      }
      case NUMBER: {
        NumberType number = (NumberType) type;
        if (!number.values().isEmpty()) {
          return Optional.of(NODES.numberNode(number.values().get(0)));
        }
        double value = Math.max(number.min().orElse(1.0), Math.min(number.max().orElse(1.0), 1.0));
        return example(examples).or(() -> Optional.of(NODES.numberNode(value)));
      }
      case BOOLEAN:
        return Optional.of(NODES.booleanNode(true));
      case TIMESTAMP:
        return example(examples).or(() -> Optional.of(NODES.stringNode(TIMESTAMP)));
      case DATE:
        return example(examples).or(() -> Optional.of(NODES.stringNode(DATE)));
      case UUID:
        return example(examples).or(() -> Optional.of(NODES.stringNode(UUID)));
      case URL: {
        UrlType url = (UrlType) type;
        return example(examples).or(() -> url.pattern().isPresent() || url.maxLength().orElse(URL.length()) < URL.length()
            ? Optional.empty() : Optional.of(NODES.stringNode(fitted(URL, url.minLength(), Optional.empty()))));
      }
      case EMAIL: {
        EmailType email = (EmailType) type;
        return example(examples).or(() -> email.pattern().isPresent() ? Optional.empty() : email(email));
      }
      case ARRAY:
        return example(examples).or(() -> array((ArrayType) type, text));
      case OBJECT:
        return example(examples).or(() -> requiredMembers(((ObjectType) type).properties()).map(o -> o));
      default:
        throw new IllegalArgumentException("unknown type " + type.kind());
    }
  }

  private static Optional<JsonNode> example(List<Object> examples) {
    return examples.isEmpty() ? Optional.empty() : Optional.of(MAPPER.valueToTree(examples.get(0)));
  }

  /** As many elements as the array needs, at least one when it may have one, each the items' sample. */
  private static Optional<JsonNode> array(ArrayType array, String text) {
    int count = Math.min(Math.max(array.minItems().orElse(0), 1), array.maxItems().orElse(Integer.MAX_VALUE));
    ArrayNode elements = NODES.arrayNode();
    if (count == 0) {
      return Optional.of(elements);
    }
    Optional<JsonNode> element = of(array.items(), List.of(), text);
    if (element.isEmpty()) {
      return Optional.empty();
    }
    for (int i = 0; i < count; i++) {
      elements.add(element.get().deepCopy());
    }
    return Optional.of(elements);
  }

  /** {@code ada@example.com}, its local part lengthened or shortened to fit. */
  private static Optional<JsonNode> email(EmailType email) {
    int min = email.minLength().orElse(0);
    int max = email.maxLength().orElse(Integer.MAX_VALUE);
    int local = Math.max(3, min - EMAIL_DOMAIN.length());
    if (local + EMAIL_DOMAIN.length() > max) {
      local = max - EMAIL_DOMAIN.length();
    }
    if (local < 1) {
      return Optional.empty();
    }
    return Optional.of(NODES.stringNode("ada".repeat(local).substring(0, local) + EMAIL_DOMAIN));
  }

  /** {@code text} cut to {@code max} code points or padded with 'x' to {@code min}. */
  private static String fitted(String text, Optional<Integer> min, Optional<Integer> max) {
    String fitted = text;
    if (max.isPresent() && fitted.codePointCount(0, fitted.length()) > max.get()) {
      fitted = fitted.substring(0, fitted.offsetByCodePoints(0, max.get()));
    }
    int length = fitted.codePointCount(0, fitted.length());
    if (min.isPresent() && length < min.get()) {
      fitted = fitted + "x".repeat(min.get() - length);
    }
    return fitted;
  }

  /** A readable text for a property: an id looks like one. */
  private static String textFor(String name) {
    return name.equals("user_id") ? "user-1" : name.endsWith("_id") ? "id-1" : "example";
  }
}
