package io.eventplan.codegen.spreadsheet;

import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.TypeKind;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Data Type column: the spellings spreadsheets use ("Text", "Date/Time", "Bool", "array of
 * string", "string[]"...) mapped to the plan's types, and the plan's types written back.
 */
final class TypeSpellings {
  private static final Map<String, TypeKind> WORDS = new LinkedHashMap<>();
  private static final Pattern ARRAY_OF = Pattern.compile(
      "(?:array|list)\\s*(?:of\\s+|<\\s*|\\(\\s*|\\[\\s*)(.+?)\\s*[>)\\]]?\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern SUFFIX_ARRAY = Pattern.compile("(.+?)\\s*\\[\\s*]", Pattern.CASE_INSENSITIVE);

  static {
    for (TypeKind kind : TypeKind.values()) {
      WORDS.put(kind.planName(), kind);
    }
    words(TypeKind.STRING, "text", "str", "varchar", "char", "enum", "strings", "texts");
    words(TypeKind.INTEGER, "int", "integers", "long", "whole number", "int64", "int32", "bigint");
    words(TypeKind.NUMBER, "float", "double", "decimal", "numeric", "numbers", "currency", "money", "real");
    words(TypeKind.BOOLEAN, "bool", "booleans", "yes/no", "true/false", "flag");
    words(TypeKind.TIMESTAMP, "date/time", "datetime", "date-time", "date time", "time stamp", "iso 8601",
        "iso-8601", "iso8601", "instant");
    words(TypeKind.DATE, "day", "calendar date");
    words(TypeKind.UUID, "guid");
    words(TypeKind.URL, "uri", "link", "web address");
    words(TypeKind.EMAIL, "e-mail", "email address", "e-mail address");
    words(TypeKind.ARRAY, "list", "arrays");
    words(TypeKind.OBJECT, "map", "dict", "dictionary", "json", "hash", "struct", "objects");
  }

  private TypeSpellings() {}

  private static void words(TypeKind kind, String... spellings) {
    for (String spelling : spellings) {
      WORDS.put(spelling, kind);
    }
  }

  /**
   * The spec keys of a Data Type cell: {@code {type: string}}, or {@code {type: array, items: {type:
   * string}}}; empty when the cell is not a type eventplan knows.
   */
  static Optional<Map<String, Object>> parse(String cell) {
    String text = cell.strip().replaceAll("\\s+", " ");
    Matcher arrayOf = ARRAY_OF.matcher(text);
    Matcher suffix = SUFFIX_ARRAY.matcher(text);
    String itemText = arrayOf.matches() ? arrayOf.group(1) : suffix.matches() ? suffix.group(1) : null;
    if (itemText != null) {
      return parse(itemText).map(items -> {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("type", "array");
        spec.put("items", items);
        return spec;
      });
    }
    TypeKind kind = WORDS.get(text.toLowerCase(Locale.ROOT));
    if (kind == null) {
      return Optional.empty();
    }
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("type", kind.planName());
    return Optional.of(spec);
  }

  /** Whether the cell is one of the plan's own type names (then the import has nothing to report). */
  static boolean isPlanSpelling(String cell) {
    String text = cell.strip();
    return TypeKind.fromPlanName(text).isPresent()
        || (text.startsWith("array of ") && isPlanSpelling(text.substring("array of ".length())));
  }

  /** How the export writes a type: {@code string}, {@code array of string}, {@code array of array of integer}. */
  static String write(PropertyType type) {
    if (type instanceof ArrayType) {
      return "array of " + write(((ArrayType) type).items());
    }
    return type.planName();
  }
}
