package io.eventplan.codegen.spreadsheet;

import io.eventplan.plan.model.TypeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the raw Data Type and Property values cells of an imported property into plan keys: the
 * type (spelled the plan's way, or guessed from the values), the allowed values or examples in that
 * type, and the keys the plan requires for arrays and objects.
 */
final class PropertySpecs {
  private final String file;
  private final List<ImportGuess> guesses;

  PropertySpecs(String file, List<ImportGuess> guesses) {
    this.file = file;
    this.guesses = guesses;
  }

  /** Rewrites {@code property.spec} into its final form and order. */
  void resolve(String eventName, ImportedProperty property) {
    String what = "property \"" + property.name + "\" of \"" + eventName + "\"";
    Map<String, Object> given = new LinkedHashMap<>(property.spec);
    Optional<String> examplesText = CellValues.examplesText(property.valuesCell);
    CellValues.ValueList values = CellValues.split(examplesText.orElse(property.valuesCell));
    Map<String, Object> type = type(property, what, given, values.values());
    String kind = (String) type.get("type");
    Map<String, Object> spec = new LinkedHashMap<>(type);
    // the Constraints column's full item spec wins over the item type the Data Type column names
    if (given.containsKey("items")) {
      spec.put("items", given.remove("items"));
    }
    if (kind.equals("array") && !given.containsKey("items") && !type.containsKey("items")) {
      spec.put("items", new LinkedHashMap<>(Map.of("type", "string")));
      guess(property.line, what + " is an array without an item type; its items were typed string");
    }
    if (kind.equals("object") && !given.containsKey("properties")) {
      spec.put("properties", new LinkedHashMap<>());
      guess(property.line, what + " is an object without fields; it was given properties: {}");
    }
    given.remove("type");
    if (!values.values().isEmpty()) {
      values(property, what, kind, values, examplesText.isPresent()).forEach(spec::putIfAbsent);
    }
    if (given.containsKey("references")) {
      property.comments.add("import: references: " + given.remove("references")
          + " dropped: the sheet has no people or companies section");
      guess(property.line, what + ": references dropped (the sheet carries no people or companies traits)");
    }
    given.forEach(spec::putIfAbsent);
    property.spec.clear();
    property.spec.putAll(spec);
  }

  private Map<String, Object> type(
      ImportedProperty property, String what, Map<String, Object> given, List<String> values) {
    String cell = property.typeCell;
    if (!cell.isEmpty()) {
      Optional<Map<String, Object>> parsed = TypeSpellings.parse(cell);
      if (parsed.isPresent()) {
        if (!TypeSpellings.isPlanSpelling(cell)) {
          guess(property.line, what + ": Data Type \"" + cell + "\" read as " + YamlText.flow(parsed.get()));
        }
        return parsed.get();
      }
      property.comments.add("import: Data Type \"" + cell + "\" is not a type eventplan knows");
    } else if (given.get("type") instanceof String) {
      Map<String, Object> type = new LinkedHashMap<>();
      type.put("type", given.get("type"));
      return type;
    }
    String guessed = guessFromValues(values);
    guess(property.line, what + (cell.isEmpty() ? " has no Data Type" : ": Data Type \"" + cell + "\" is unknown")
        + "; typed " + guessed + (values.isEmpty() ? "" : " from its values"));
    Map<String, Object> type = new LinkedHashMap<>();
    type.put("type", guessed);
    return type;
  }

  private static String guessFromValues(List<String> values) {
    if (values.isEmpty()) {
      return "string";
    }
    if (values.stream().allMatch(v -> v.matches("[-+]?\\d{1,18}"))) {
      return "integer";
    }
    if (values.stream().allMatch(PropertySpecs::isNumber)) {
      return "number";
    }
    if (values.stream().allMatch(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false"))) {
      return "boolean";
    }
    return "string";
  }

  /** {@code values:} or {@code examples:} in the property's type, or a comment when the type has none. */
  private Map<String, Object> values(
      ImportedProperty property, String what, String kind, CellValues.ValueList list, boolean examples) {
    String key = examples ? "examples" : "values";
    int line = property.valuesLine;
    Map<String, Object> out = new LinkedHashMap<>();
    List<Object> typed = new ArrayList<>();
    for (String value : list.values()) {
      Optional<Object> converted = convert(kind, value, examples);
      if (converted.isEmpty()) {
        property.comments.add("import: Property values \"" + property.valuesCell.replace('\n', ' ').strip()
            + "\" (line " + line + ") not kept: " + (kind.equals("boolean") ? "a boolean allows only true and false"
                : "a " + kind + " property " + (examples ? "cannot have these examples" : "cannot list allowed values")));
        guess(line, what + ": its Property values were not kept (see the comment in the plan)");
        return out;
      }
      typed.add(converted.get());
    }
    if (list.values().size() > 1 && list.separator() != CellValues.Separator.NEW_LINES) {
      guess(line, what + ": " + list.values().size() + " " + key + " split at " + list.separator().words);
    }
    if (list.hadDuplicates()) {
      guess(line, what + ": repeated " + key + " kept once");
    }
    if (examples) {
      guess(line, what + ": Property values starting with \"e.g.\" became examples, not allowed values");
    }
    out.put(key, typed);
    return out;
  }

  private static Optional<Object> convert(String kind, String value, boolean examples) {
    switch (TypeKind.fromPlanName(kind).orElse(TypeKind.STRING)) {
      case STRING:
        return Optional.of(value);
      case INTEGER:
        try {
          return Optional.of(Long.parseLong(value.replace("+", "")));
        } catch (NumberFormatException e) {
          return Optional.empty();
        }
      case NUMBER:
        return isNumber(value) ? Optional.of(Double.parseDouble(value)) : Optional.empty();
      case TIMESTAMP:
      case DATE:
      case UUID:
      case URL:
      case EMAIL:
        return examples ? Optional.of(value) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private static boolean isNumber(String value) {
    return value.matches("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  }

  private void guess(int line, String message) {
    guesses.add(new ImportGuess(file, line, message));
  }
}
