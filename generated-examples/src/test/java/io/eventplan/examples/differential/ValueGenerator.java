package io.eventplan.examples.differential;

import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.EmailType;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.UrlType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.util.RawValue;

/**
 * Random valid values for any property type of the plan model, honouring every constraint; optional
 * properties are sometimes left out, and members come in random order.
 */
final class ValueGenerator {
  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Rng rng;
  private final Texts texts;
  private final FormatValues formats;
  private final NumberValues numbers;

  ValueGenerator(Rng rng) {
    this.rng = rng;
    this.texts = new Texts(rng);
    this.formats = new FormatValues(rng);
    this.numbers = new NumberValues(rng);
  }

  Rng rng() {
    return rng;
  }

  Texts texts() {
    return texts;
  }

  FormatValues formats() {
    return formats;
  }

  NumberValues numbers() {
    return numbers;
  }

  /** A number written exactly as {@code text}. */
  static JsonNode number(String text) {
    return NODES.rawValueNode(new RawValue(text));
  }

  ObjectNode object(List<PropertyDef> properties) {
    List<PropertyDef> present = new ArrayList<>();
    for (PropertyDef property : properties) {
      if (property.required() || rng.chance(0.6)) {
        present.add(property);
      }
    }
    if (rng.chance(0.5)) {
      Collections.shuffle(present, new Random(rng.nextLong()));
    }
    ObjectNode object = NODES.objectNode();
    for (PropertyDef property : present) {
      object.set(property.name(), value(property.type(), property.examples()));
    }
    return object;
  }

  JsonNode value(PropertyType type, List<Object> examples) {
    switch (type.kind()) {
      case STRING:
        return NODES.stringNode(string((StringType) type, examples));
      case INTEGER:
        return number(numbers.validInteger((IntegerType) type));
      case NUMBER:
        return number(numbers.validNumber((NumberType) type));
      case BOOLEAN:
        return NODES.booleanNode(rng.chance(0.5));
      case TIMESTAMP:
        return NODES.stringNode(formats.timestamp());
      case DATE:
        return NODES.stringNode(formats.date());
      case UUID:
        return NODES.stringNode(formats.uuid());
      case URL: {
        UrlType url = (UrlType) type;
        return NODES.stringNode(formatted(formats::url, url.pattern(), url.minLength(), url.maxLength(), examples));
      }
      case EMAIL: {
        EmailType email = (EmailType) type;
        return NODES.stringNode(formatted(formats::email, email.pattern(), email.minLength(), email.maxLength(), examples));
      }
      case ARRAY:
        return array((ArrayType) type, examples);
      case OBJECT:
        return object(((ObjectType) type).properties());
      default:
        throw new IllegalArgumentException("unknown type " + type.planName());
    }
  }

  /** A valid array with {@code count} items. */
  ArrayNode array(ArrayType type, List<Object> examples, int count) {
    ArrayNode array = NODES.arrayNode();
    List<Object> itemExamples = itemExamples(examples);
    for (int i = 0; i < count; i++) {
      array.add(value(type.items(), itemExamples));
    }
    return array;
  }

  /** The examples of an array's items: the items of the array's examples. */
  static List<Object> itemExamples(List<Object> arrayExamples) {
    List<Object> items = new ArrayList<>();
    for (Object example : arrayExamples) {
      if (example instanceof List<?> list) {
        items.addAll(list);
      }
    }
    return items;
  }

  static List<String> strings(List<Object> examples) {
    return examples.stream().filter(String.class::isInstance).map(String.class::cast).toList();
  }

  private ArrayNode array(ArrayType type, List<Object> examples) {
    int min = type.minItems().orElse(0);
    int max = type.maxItems().orElse(min + 4);
    return array(type, examples, rng.between(min, max));
  }

  private String string(StringType type, List<Object> examples) {
    if (!type.values().isEmpty()) {
      return rng.pick(type.values());
    }
    int min = type.minLength().orElse(0);
    int max = type.maxLength().orElse(rng.chance(0.05) ? min + 300 : min + 20);
    if (type.pattern().isEmpty()) {
      return texts.random(min, max);
    }
    String regex = type.pattern().get();
    return texts.find(strings(examples), min, max, text -> texts.matches(regex, text))
        .orElseThrow(() -> new IllegalStateException(
            "found no string of " + min + ".." + max + " code points matching " + regex + "; give the property examples"));
  }

  /** A valid url or email that also satisfies the plan's pattern and lengths: a random one, or an example. */
  private String formatted(Supplier<String> valid, Optional<String> pattern, Optional<Integer> minLength,
      Optional<Integer> maxLength, List<Object> examples) {
    List<String> known = strings(examples);
    for (int i = 0; i < 200; i++) {
      String candidate = !known.isEmpty() && rng.chance(0.1) ? rng.pick(known) : valid.get();
      if (fits(candidate, pattern, minLength.orElse(0), maxLength.orElse(Integer.MAX_VALUE))) {
        return candidate;
      }
    }
    throw new IllegalStateException("found no value matching " + pattern + " of " + minLength + ".." + maxLength
        + " characters; give the property examples");
  }

  /** Whether {@code text} has [min, max] code points and matches {@code pattern}, if any. */
  boolean fits(String text, Optional<String> pattern, int min, int max) {
    int length = Texts.length(text);
    return length >= min && length <= max && pattern.map(regex -> texts.matches(regex, text)).orElse(true);
  }
}
