package io.eventplan.codegen.typescript;

import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Maps plan types to TypeScript types: literal unions for allowed values, inline object types with {@code ?:} members. */
final class TypeExpressions {

  private TypeExpressions() {}

  /** The members of an object type, one per property, each preceded by its JSDoc, at {@code indent}. */
  static String members(List<PropertyDef> properties, String indent) {
    StringBuilder out = new StringBuilder();
    for (PropertyDef property : properties) {
      List<String> doc = documentation(property);
      if (!doc.isEmpty()) {
        out.append(JsText.docComment(doc, indent));
      }
      out.append(indent).append(JsText.memberName(property.name())).append(property.required() ? ": " : "?: ")
          .append(of(property.type(), indent)).append(";\n");
    }
    return out.toString();
  }

  /** The JSDoc lines of a property: its description, the rules TypeScript cannot express, and {@code @deprecated}. */
  static List<String> documentation(PropertyDef property) {
    List<String> lines = new ArrayList<>();
    if (!property.description().isBlank()) {
      lines.add(property.description().strip());
    }
    String rules = ConstraintNotes.of(property.type());
    if (!rules.isEmpty()) {
      lines.add(rules);
    }
    if (property.deprecated()) {
      lines.add("@deprecated");
    }
    return lines;
  }

  /** The TypeScript type of a plan type; object types span lines indented from {@code indent}. */
  static String of(PropertyType type, String indent) {
    switch (type.kind()) {
      case STRING: {
        List<String> values = ((StringType) type).values();
        return values.isEmpty() ? "string" : JsText.strings(values, " | ");
      }
      case INTEGER: {
        List<Long> values = ((IntegerType) type).values();
        return values.isEmpty() ? "number" : values.stream().map(String::valueOf).collect(Collectors.joining(" | "));
      }
      case NUMBER: {
        List<Double> values = ((NumberType) type).values();
        return values.isEmpty() ? "number" : values.stream().map(JsText::number).collect(Collectors.joining(" | "));
      }
      case BOOLEAN:
        return "boolean";
      case TIMESTAMP:
      case DATE:
      case UUID:
      case URL:
      case EMAIL:
        return "string";
      case ARRAY:
        return "ReadonlyArray<" + of(((ArrayType) type).items(), indent) + ">";
      case OBJECT: {
        List<PropertyDef> properties = ((ObjectType) type).properties();
        return properties.isEmpty() ? "Record<string, never>" : "{\n" + members(properties, indent + "  ") + indent + "}";
      }
      default:
        throw new IllegalStateException("no TypeScript type for " + type.planName());
    }
  }
}
