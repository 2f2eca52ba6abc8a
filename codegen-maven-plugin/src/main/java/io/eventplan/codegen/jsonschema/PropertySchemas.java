package io.eventplan.codegen.jsonschema;

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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps plan properties and types to JSON Schema keywords. Every object, at every level, lists its
 * properties and forbids others; every type is explicit, so {@code null} is never valid.
 */
final class PropertySchemas {

  /** Integers are 64-bit, as in Java and PostgreSQL; the schema says so unless the plan is tighter. */
  static final long INTEGER_MIN = Long.MIN_VALUE;
  static final long INTEGER_MAX = Long.MAX_VALUE;
  /** Numbers are finite doubles: these bounds reject 1e400, which a double cannot hold. */
  static final double NUMBER_MIN = -Double.MAX_VALUE;
  static final double NUMBER_MAX = Double.MAX_VALUE;

  /**
   * The bare prefixes {@code scheme:}, {@code scheme://} and {@code //}. They are not URIs
   * ({@link java.net.URI} cannot parse them, so the Java validators reject them), but networknt's
   * {@code uri} format accepts any of them that matches this (with its scheme characters), so url
   * properties rule them out explicitly. Some JDKs (25) strip control characters and spaces around
   * the input that networknt matches, so those are allowed around the prefix here too.
   */
  static final String BARE_URI_PREFIX =
      "^[\\x00-\\x20]*(?:(?:[A-Za-z0-9+,.-]*:)?//|[A-Za-z0-9+,.-]+:)[\\x00-\\x20]*$";

  private PropertySchemas() {}

  /**
   * Adds {@code type: object}, {@code properties}, {@code required} (when any is) and
   * {@code additionalProperties: false} for {@code properties} to {@code schema}.
   */
  static void addObjectKeywords(ObjectNode schema, List<PropertyDef> properties) {
    schema.put("type", "object");
    ObjectNode members = schema.putObject("properties");
    for (PropertyDef property : properties) {
      members.set(property.name(), property(property));
    }
    List<String> required = properties.stream().filter(PropertyDef::required).map(PropertyDef::name).toList();
    if (!required.isEmpty()) {
      ArrayNode names = schema.putArray("required");
      required.forEach(names::add);
    }
    schema.put("additionalProperties", false);
  }

  /** The schema of one property: its description, deprecation, type with constraints, and examples. */
  static ObjectNode property(PropertyDef property) {
    ObjectNode schema = JsonValues.NODES.objectNode();
    if (!property.description().isBlank()) {
      schema.put("description", property.description());
    }
    if (property.deprecated()) {
      schema.put("deprecated", true);
    }
    addTypeKeywords(schema, property.type());
    if (!property.examples().isEmpty()) {
      ArrayNode examples = schema.putArray("examples");
      property.examples().forEach(example -> examples.add(JsonValues.of(example)));
    }
    return schema;
  }

  private static void addTypeKeywords(ObjectNode schema, PropertyType type) {
    switch (type.kind()) {
      case STRING -> addString(schema, (StringType) type);
      case INTEGER -> addInteger(schema, (IntegerType) type);
      case NUMBER -> addNumber(schema, (NumberType) type);
      case BOOLEAN -> schema.put("type", "boolean");
      case TIMESTAMP -> addFormat(schema, "date-time");
      case DATE -> addFormat(schema, "date");
      case UUID -> addFormat(schema, "uuid");
      case URL -> {
        UrlType url = (UrlType) type;
        addFormat(schema, "uri");
        ObjectNode notBare = schema.putObject("not");
        notBare.put("$comment", "not a bare 'scheme:', 'scheme://' or '//', which some uri format checks accept");
        notBare.put("pattern", BARE_URI_PREFIX);
        addTextLimits(schema, url.pattern(), url.minLength(), url.maxLength());
      }
      case EMAIL -> {
        EmailType email = (EmailType) type;
        addFormat(schema, "email");
        addTextLimits(schema, email.pattern(), email.minLength(), email.maxLength());
      }
      case ARRAY -> addArray(schema, (ArrayType) type);
      case OBJECT -> addObjectKeywords(schema, ((ObjectType) type).properties());
      default -> throw new IllegalStateException("no JSON Schema mapping for type " + type.planName());
    }
  }

  private static void addString(ObjectNode schema, StringType type) {
    schema.put("type", "string");
    if (!type.values().isEmpty()) {
      ArrayNode values = schema.putArray("enum");
      type.values().forEach(values::add);
    }
    addTextLimits(schema, type.pattern(), type.minLength(), type.maxLength());
  }

  private static void addFormat(ObjectNode schema, String format) {
    schema.put("type", "string");
    schema.put("format", format);
  }

  private static void addTextLimits(
      ObjectNode schema, Optional<String> pattern, Optional<Integer> minLength, Optional<Integer> maxLength) {
    pattern.ifPresent(regex -> schema.put("pattern", regex));
    minLength.ifPresent(length -> schema.put("minLength", length.longValue()));
    maxLength.ifPresent(length -> schema.put("maxLength", length.longValue()));
  }

  private static void addInteger(ObjectNode schema, IntegerType type) {
    schema.put("type", "integer");
    if (!type.values().isEmpty()) {
      ArrayNode values = schema.putArray("enum");
      type.values().forEach(value -> values.add(value.longValue()));
    }
    schema.put("minimum", type.min().orElse(INTEGER_MIN).longValue());
    schema.put("maximum", type.max().orElse(INTEGER_MAX).longValue());
  }

  private static void addNumber(ObjectNode schema, NumberType type) {
    schema.put("type", "number");
    if (!type.values().isEmpty()) {
      ArrayNode values = schema.putArray("enum");
      type.values().forEach(value -> values.add(JsonValues.number(value)));
    }
    // Plan bounds are finite doubles, so any of them is at least as tight as the double range.
    schema.set("minimum", JsonValues.number(type.min().orElse(NUMBER_MIN)));
    schema.set("maximum", JsonValues.number(type.max().orElse(NUMBER_MAX)));
  }

  private static void addArray(ObjectNode schema, ArrayType type) {
    schema.put("type", "array");
    ObjectNode items = schema.putObject("items");
    if (!type.itemDescription().isBlank()) {
      items.put("description", type.itemDescription());
    }
    addTypeKeywords(items, type.items());
    type.minItems().ifPresent(count -> schema.put("minItems", count.longValue()));
    type.maxItems().ifPresent(count -> schema.put("maxItems", count.longValue()));
  }
}
