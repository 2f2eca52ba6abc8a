package io.eventplan.codegen.catalog;

import io.eventplan.codegen.spreadsheet.PlanSpecs;
import io.eventplan.codegen.spreadsheet.YamlText;
import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One property as the catalog shows it.
 *
 * @param type e.g. {@code string} or {@code array of uuid}
 * @param values the allowed values, as written in the plan
 * @param constraints every other key of the spec (pattern, lengths, range, items, fields, flags), as YAML
 */
record PropertyRow(String name, String type, boolean required, List<String> values, String constraints,
    String description, boolean common) {

  static PropertyRow of(PropertyDef property) {
    Map<String, Object> spec = PlanSpecs.of(property, false);
    spec.remove("type");
    spec.remove("description");
    Object values = spec.remove("values");
    List<String> allowed = new ArrayList<>();
    if (values instanceof List) {
      ((List<?>) values).forEach(v -> allowed.add(v instanceof String ? (String) v : YamlText.flow(v)));
    }
    if (property.type() instanceof ArrayType && isTypeOnly(spec.get("items"))) {
      spec.remove("items");
    }
    return new PropertyRow(property.name(), typeName(property.type()), property.required(), allowed,
        spec.isEmpty() ? "" : YamlText.flow(spec), property.description(), property.common());
  }

  private static boolean isTypeOnly(Object items) {
    if (!(items instanceof Map)) {
      return false;
    }
    Map<?, ?> map = (Map<?, ?>) items;
    return map.keySet().stream().allMatch(k -> k.equals("type") || (k.equals("items") && isTypeOnly(map.get("items"))));
  }

  static String typeName(PropertyType type) {
    return type instanceof ArrayType ? "array of " + typeName(((ArrayType) type).items()) : type.planName();
  }
}
