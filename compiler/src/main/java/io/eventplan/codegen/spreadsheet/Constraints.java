package io.eventplan.codegen.spreadsheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The Constraints column eventplan adds to the template: the plan keys the template has no column
 * for ({@code pattern}, {@code min}, {@code items}, {@code pii}, an event's {@code version}...), as a
 * YAML flow mapping such as {@code {min: 1, max: 100}}.
 */
final class Constraints {
  static final Set<String> KEYS = Set.of("type", "items", "properties", "values", "required", "description",
      "examples", "pattern", "min_length", "max_length", "min", "max", "min_items", "max_items", "pii",
      "deprecated", "references", "version");

  private Constraints() {}

  /** The keys of a Constraints cell; what cannot be read becomes a comment in {@code comments}. */
  static Map<String, Object> parse(String cell, int line, List<String> comments) {
    Map<String, Object> keys = new LinkedHashMap<>();
    if (cell.isBlank()) {
      return keys;
    }
    Object parsed;
    try {
      parsed = new Load(LoadSettings.builder().build()).loadFromString(cell);
    } catch (YamlEngineException e) {
      comments.add("import: Constraints (line " + line + ") is not a YAML mapping such as {min: 1}: " + cell);
      return keys;
    }
    if (!(parsed instanceof Map)) {
      comments.add("import: Constraints (line " + line + ") is not a YAML mapping such as {min: 1}: " + cell);
      return keys;
    }
    for (Map.Entry<?, ?> entry : ((Map<?, ?>) parsed).entrySet()) {
      String key = String.valueOf(entry.getKey());
      if (KEYS.contains(key)) {
        keys.put(key, normalize(entry.getValue()));
      } else {
        comments.add("import: Constraints key " + key + " (line " + line + ") is not a plan key: "
            + YamlText.flow(normalize(entry.getValue())));
      }
    }
    return keys;
  }

  /** Integers as Long, floats as Double, maps and lists recursively, so the YAML writer sees few types. */
  private static Object normalize(Object value) {
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return ((Number) value).longValue();
    }
    if (value instanceof Float) {
      return ((Float) value).doubleValue();
    }
    if (value instanceof Map) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<?, ?>) value).forEach((k, v) -> out.put(String.valueOf(k), normalize(v)));
      return out;
    }
    if (value instanceof List) {
      List<Object> out = new ArrayList<>();
      ((List<?>) value).forEach(v -> out.add(normalize(v)));
      return out;
    }
    return value;
  }
}
