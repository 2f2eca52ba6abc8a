package io.eventplan.codegen.typescript;

import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.EmailType;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.UrlType;
import io.eventplan.plan.pattern.PlanPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Writes the dev-mode rules as JavaScript object literals in the JSON Schema vocabulary that the runtime's checker reads. */
final class RuleTable {

  private RuleTable() {}

  /**
   * The rules of a flat envelope with {@code properties}, one property per line at {@code indent}. The
   * checker forbids other members at every level and admits null for no type, as the schemas do, so the
   * tables need no {@code additionalProperties}. Number bounds are left out when the plan has none: the
   * checker rejects non-finite numbers anyway.
   */
  static String envelope(List<PropertyDef> properties, String indent) {
    StringBuilder out = new StringBuilder("{type: \"object\", properties: {");
    String inner = indent + "  ";
    for (int i = 0; i < properties.size(); i++) {
      PropertyDef property = properties.get(i);
      out.append(i == 0 ? "\n" : ",\n").append(inner)
          .append(JsText.objectKey(property.name())).append(": ").append(rules(property.type()));
    }
    out.append(properties.isEmpty() ? "}" : "\n" + indent + "}");
    appendRequired(out, properties);
    return out.append('}').toString();
  }

  /** The rules of one value, on one line. */
  static String rules(PropertyType type) {
    List<String> members = new ArrayList<>();
    switch (type.kind()) {
      case STRING -> {
        StringType string = (StringType) type;
        members.add("type: \"string\"");
        if (!string.values().isEmpty()) {
          members.add("enum: [" + JsText.strings(string.values(), ", ") + "]");
        }
        addTextLimits(members, string.pattern(), string.minLength(), string.maxLength());
      }
      case INTEGER -> {
        IntegerType integer = (IntegerType) type;
        members.add("type: \"integer\"");
        if (!integer.values().isEmpty()) {
          members.add("enum: [" + integer.values().stream().map(String::valueOf).collect(Collectors.joining(", ")) + "]");
        }
        // safe integers (the checker refuses bounds beyond them), so JavaScript reads the bounds exactly
        members.add("minimum: " + integer.effectiveMin());
        members.add("maximum: " + integer.effectiveMax());
      }
      case NUMBER -> {
        NumberType number = (NumberType) type;
        members.add("type: \"number\"");
        if (!number.values().isEmpty()) {
          members.add("enum: [" + number.values().stream().map(JsText::number).collect(Collectors.joining(", ")) + "]");
        }
        number.min().ifPresent(min -> members.add("minimum: " + JsText.number(min)));
        number.max().ifPresent(max -> members.add("maximum: " + JsText.number(max)));
      }
      case BOOLEAN -> members.add("type: \"boolean\"");
      case TIMESTAMP -> addFormat(members, "date-time");
      case DATE -> addFormat(members, "date");
      case UUID -> addFormat(members, "uuid");
      case URL -> {
        UrlType url = (UrlType) type;
        addFormat(members, "uri");
        addTextLimits(members, url.pattern(), url.minLength(), url.maxLength());
      }
      case EMAIL -> {
        EmailType email = (EmailType) type;
        addFormat(members, "email");
        addTextLimits(members, email.pattern(), email.minLength(), email.maxLength());
      }
      case ARRAY -> {
        ArrayType array = (ArrayType) type;
        members.add("type: \"array\"");
        members.add("items: " + rules(array.items()));
        array.minItems().ifPresent(count -> members.add("minItems: " + count));
        array.maxItems().ifPresent(count -> members.add("maxItems: " + count));
      }
      case OBJECT -> {
        List<PropertyDef> properties = ((ObjectType) type).properties();
        members.add("type: \"object\"");
        members.add("properties: {" + properties.stream()
            .map(p -> JsText.objectKey(p.name()) + ": " + rules(p.type()))
            .collect(Collectors.joining(", ")) + "}");
        List<String> required = requiredNames(properties);
        if (!required.isEmpty()) {
          members.add("required: [" + JsText.strings(required, ", ") + "]");
        }
      }
      default -> throw new IllegalStateException("no dev-mode rules for type " + type.planName());
    }
    return "{" + String.join(", ", members) + "}";
  }

  private static void addFormat(List<String> members, String format) {
    members.add("type: \"string\"");
    members.add("format: \"" + format + "\"");
  }

  private static void addTextLimits(
      List<String> members, Optional<String> pattern, Optional<Integer> minLength, Optional<Integer> maxLength) {
    pattern.ifPresent(regex -> members.add("pattern: " + JsText.string(PlanPattern.of(regex).ecma())));
    minLength.ifPresent(length -> members.add("minLength: " + length));
    maxLength.ifPresent(length -> members.add("maxLength: " + length));
  }

  private static void appendRequired(StringBuilder out, List<PropertyDef> properties) {
    List<String> required = requiredNames(properties);
    if (!required.isEmpty()) {
      out.append(", required: [").append(JsText.strings(required, ", ")).append(']');
    }
  }

  private static List<String> requiredNames(List<PropertyDef> properties) {
    return properties.stream().filter(PropertyDef::required).map(PropertyDef::name).toList();
  }
}
