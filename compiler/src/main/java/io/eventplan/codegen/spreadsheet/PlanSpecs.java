package io.eventplan.codegen.spreadsheet;

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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A checked property written back as the keys of its plan spec, in the plan's spelling (for the export). */
public final class PlanSpecs {
  private PlanSpecs() {}

  /** Every key of a property: its type's keys, then required, description, examples and flags. */
  public static Map<String, Object> of(PropertyDef property, boolean withRequired) {
    Map<String, Object> spec = of(property.type());
    if (withRequired && property.required()) {
      spec.put("required", true);
    }
    if (!property.description().isEmpty()) {
      spec.put("description", property.description());
    }
    if (!property.examples().isEmpty()) {
      spec.put("examples", new ArrayList<>(property.examples()));
    }
    if (property.pii()) {
      spec.put("pii", true);
    }
    if (property.deprecated()) {
      spec.put("deprecated", true);
    }
    property.references().ifPresent(r -> spec.put("references", r.planName()));
    return spec;
  }

  /** The keys of a type: {@code type}, {@code items}, {@code properties}, {@code values} and its limits. */
  public static Map<String, Object> of(PropertyType type) {
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("type", type.planName());
    switch (type.kind()) {
      case STRING:
        StringType string = (StringType) type;
        values(spec, string.values());
        lengths(spec, string.pattern(), string.minLength(), string.maxLength());
        break;
      case URL:
        UrlType url = (UrlType) type;
        lengths(spec, url.pattern(), url.minLength(), url.maxLength());
        break;
      case EMAIL:
        EmailType email = (EmailType) type;
        lengths(spec, email.pattern(), email.minLength(), email.maxLength());
        break;
      case INTEGER:
        IntegerType integer = (IntegerType) type;
        values(spec, integer.values());
        integer.min().ifPresent(v -> spec.put("min", v));
        integer.max().ifPresent(v -> spec.put("max", v));
        break;
      case NUMBER:
        NumberType number = (NumberType) type;
        values(spec, number.values());
        number.min().ifPresent(v -> spec.put("min", v));
        number.max().ifPresent(v -> spec.put("max", v));
        break;
      case ARRAY:
        ArrayType array = (ArrayType) type;
        Map<String, Object> items = of(array.items());
        if (!array.itemDescription().isEmpty()) {
          items.put("description", array.itemDescription());
        }
        spec.put("items", items);
        array.minItems().ifPresent(v -> spec.put("min_items", v.longValue()));
        array.maxItems().ifPresent(v -> spec.put("max_items", v.longValue()));
        break;
      case OBJECT:
        Map<String, Object> fields = new LinkedHashMap<>();
        ((ObjectType) type).properties().forEach(p -> fields.put(p.name(), of(p, true)));
        spec.put("properties", fields);
        break;
      default:
        break;
    }
    return spec;
  }

  private static void values(Map<String, Object> spec, List<?> values) {
    if (!values.isEmpty()) {
      spec.put("values", new ArrayList<>(values));
    }
  }

  private static void lengths(Map<String, Object> spec, Optional<String> pattern, Optional<Integer> min,
      Optional<Integer> max) {
    pattern.ifPresent(p -> spec.put("pattern", p));
    min.ifPresent(v -> spec.put("min_length", v.longValue()));
    max.ifPresent(v -> spec.put("max_length", v.longValue()));
  }
}
