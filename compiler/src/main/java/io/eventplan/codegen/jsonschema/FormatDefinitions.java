package io.eventplan.codegen.jsonschema;

import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.TypeKind;
import io.eventplan.plan.pattern.TypePatterns;
import io.eventplan.plan.pattern.PlanPattern;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * The text types (timestamp, date, uuid, url, email) as schema definitions: {@code $defs/<type>} holds the type's
 * {@link TypePatterns pattern}, and each property of the type refers to it. A {@code format} keyword would leave
 * the meaning to each validator's format checks, which disagree (ajv-formats and networknt on e-mail addresses and
 * date-times); a pattern means the same to all of them.
 */
final class FormatDefinitions {
  private static final Map<TypeKind, String> TITLES = Map.of(
      TypeKind.TIMESTAMP, "RFC 3339 date-time with an offset, without leap seconds",
      TypeKind.DATE, "RFC 3339 full-date of a day that exists",
      TypeKind.UUID, "UUID in its 8-4-4-4-12 hexadecimal text form",
      TypeKind.URL, "absolute URI (RFC 3986) in ASCII",
      TypeKind.EMAIL, "valid e-mail address as the HTML standard defines it");

  private FormatDefinitions() {}

  /** The reference a property of type {@code kind} carries: {@code #/$defs/timestamp}. */
  static String reference(TypeKind kind) {
    return "#/$defs/" + kind.planName();
  }

  /** Adds {@code $defs} with the definition of each text type {@code properties} use (at any depth), if any. */
  static void add(ObjectNode schema, List<PropertyDef> properties) {
    Set<TypeKind> used = EnumSet.noneOf(TypeKind.class);
    properties.forEach(property -> collect(property.type(), used));
    used.retainAll(TITLES.keySet());
    if (used.isEmpty()) {
      return;
    }
    ObjectNode definitions = schema.putObject("$defs");
    for (TypeKind kind : used) {
      ObjectNode definition = definitions.putObject(kind.planName());
      definition.put("title", TITLES.get(kind));
      definition.put("type", "string");
      definition.put("pattern", PlanPattern.of(TypePatterns.of(kind).orElseThrow()).ecma());
    }
  }

  private static void collect(PropertyType type, Set<TypeKind> used) {
    used.add(type.kind());
    if (type instanceof ArrayType array) {
      collect(array.items(), used);
    } else if (type instanceof ObjectType object) {
      object.properties().forEach(property -> collect(property.type(), used));
    }
  }
}
