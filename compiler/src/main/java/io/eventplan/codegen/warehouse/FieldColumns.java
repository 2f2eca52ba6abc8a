package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.lock.FieldSnapshot;
import io.eventplan.plan.naming.SqlNames;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The column and CHECK constraints of one property or trait: its PostgreSQL type, NOT NULL when
 * required, and one named CHECK per rule the plan gives (values, ranges, lengths in code points,
 * a translatable pattern, item counts, JSON shape, finite numbers and dates).
 */
final class FieldColumns {
  private FieldColumns() {}

  /** The PostgreSQL type of a plan type. */
  static String sqlType(String planType) {
    return switch (planType) {
      case "string", "url", "email" -> "text";
      case "integer" -> "bigint";
      case "number" -> "double precision";
      case "boolean" -> "boolean";
      case "timestamp" -> "timestamptz";
      case "date" -> "date";
      case "uuid" -> "uuid";
      case "array", "object" -> "jsonb";
      default -> throw new IllegalArgumentException("unknown plan type " + planType);
    };
  }

  static ColumnSpec column(FieldSnapshot field) {
    return new ColumnSpec(SqlNames.column(field.name()), sqlType(field.type()), field.required(), "", comment(field));
  }

  /** The column comment: the description, marked when the property is deprecated. */
  static String comment(FieldSnapshot field) {
    if (!field.deprecated()) {
      return field.description();
    }
    return field.description().isEmpty() ? "Deprecated." : "Deprecated. " + field.description();
  }

  static List<CheckSpec> checks(String table, FieldSnapshot field) {
    String column = SqlNames.column(field.name());
    String c = SqlNames.quote(column);
    List<CheckSpec> checks = new ArrayList<>();
    Rules rules = new Rules(table, column, checks);
    if (!field.values().isEmpty()) {
      String list = field.values().stream().map(FieldColumns::literal).collect(Collectors.joining(", "));
      rules.add("values", c + " IN (" + list + ")");
    }
    field.min().ifPresent(v -> rules.add("min", c + " >= " + SqlLiterals.number(v)));
    field.max().ifPresent(v -> rules.add("max", c + " <= " + SqlLiterals.number(v)));
    field.minLength().ifPresent(v -> rules.add("min_length", "char_length(" + c + ") >= " + v));
    field.maxLength().ifPresent(v -> rules.add("max_length", "char_length(" + c + ") <= " + v));
    field.pattern().flatMap(PosixPattern::translate)
        .ifPresent(p -> rules.add("pattern", c + " ~ " + SqlLiterals.string(p)));
    switch (field.type()) {
      case "number" -> rules.add("finite", c + " NOT IN ('NaN', 'Infinity', '-Infinity')");
      case "timestamp", "date" -> rules.add("finite", "isfinite(" + c + ")");
      case "array" -> {
        rules.add("type", "jsonb_typeof(" + c + ") = 'array'");
        field.minItems().ifPresent(v -> rules.add("min_items", arrayLength(c) + " >= " + v + " END"));
        field.maxItems().ifPresent(v -> rules.add("max_items", arrayLength(c) + " <= " + v + " END"));
      }
      case "object" -> rules.add("type", "jsonb_typeof(" + c + ") = 'object'");
      default -> {
        // text, integers, booleans and uuids need nothing beyond their type
      }
    }
    return checks;
  }

  /** Whether the plan's pattern could not be translated, so only the collector enforces it. */
  static boolean patternCollectorOnly(FieldSnapshot field) {
    return field.pattern().isPresent() && PosixPattern.translate(field.pattern().get()).isEmpty();
  }

  /** CASE keeps jsonb_array_length away from non-arrays, which the type rule refuses anyway. */
  private static String arrayLength(String c) {
    return "CASE WHEN jsonb_typeof(" + c + ") = 'array' THEN jsonb_array_length(" + c + ")";
  }

  private static String literal(Object value) {
    return value instanceof BigDecimal d ? SqlLiterals.number(d) : SqlLiterals.string((String) value);
  }

  /** Names each rule's constraint after its table, column and rule. */
  private record Rules(String table, String column, List<CheckSpec> checks) {
    void add(String rule, String expression) {
      checks.add(new CheckSpec(ConstraintNames.check(table, column, rule), column, expression));
    }
  }
}
