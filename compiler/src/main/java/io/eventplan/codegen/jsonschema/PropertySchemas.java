package io.eventplan.codegen.jsonschema;

import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.EmailType;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.TypeKind;
import io.eventplan.plan.model.UrlType;
import io.eventplan.plan.pattern.PlanPattern;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Maps plan properties and types to JSON Schema keywords. Every object, at every level, lists its
 * properties and forbids others; every type is explicit, so {@code null} is never valid.
 */
final class PropertySchemas {

  /** Numbers are finite doubles: these bounds reject 1e400, which a double cannot hold. */
  static final double NUMBER_MIN = -Double.MAX_VALUE;
  static final double NUMBER_MAX = Double.MAX_VALUE;

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
      case TIMESTAMP, DATE, UUID -> addFormat(schema, type.kind());
      case URL -> {
        UrlType url = (UrlType) type;
        addFormat(schema, type.kind());
        addTextLimits(schema, url.pattern(), url.minLength(), url.maxLength());
      }
      case EMAIL -> {
        EmailType email = (EmailType) type;
        addFormat(schema, type.kind());
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

  /**
   * A string, and a reference to the format's definition in the schema's {@code $defs} ({@link FormatDefinitions});
   * the type is stated here too, so that the property's own length keywords visibly apply to a string.
   */
  private static void addFormat(ObjectNode schema, TypeKind kind) {
    schema.put("type", "string");
    schema.put("$ref", FormatDefinitions.reference(kind));
  }

  private static void addTextLimits(
      ObjectNode schema, Optional<String> pattern, Optional<Integer> minLength, Optional<Integer> maxLength) {
    // the pattern spelled so that every ECMA-262 engine reads it alike (PlanPattern.ecma)
    pattern.ifPresent(regex -> schema.put("pattern", PlanPattern.of(regex).ecma()));
    minLength.ifPresent(length -> schema.put("minLength", length.longValue()));
    maxLength.ifPresent(length -> schema.put("maxLength", length.longValue()));
  }

  private static void addInteger(ObjectNode schema, IntegerType type) {
    schema.put("type", "integer");
    if (!type.values().isEmpty()) {
      ArrayNode values = schema.putArray("enum");
      type.values().forEach(value -> values.add(value.longValue()));
    }
    // JavaScript's safe integers unless the plan is tighter: every judge reads these bounds exactly
    schema.put("minimum", type.effectiveMin());
    schema.put("maximum", type.effectiveMax());
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
