package io.eventplan.plan.check;

import io.eventplan.plan.DiagnosticCode;
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
import io.eventplan.plan.syntax.YamlMap;
import io.eventplan.plan.syntax.YamlNode;
import io.eventplan.plan.syntax.YamlScalar;
import io.eventplan.plan.syntax.YamlSeq;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Checks that a value written in the plan ({@code values}, {@code examples}) fits a property's type
 * and constraints, and converts it to its Java value. Each misfit is reported where the value is.
 */
final class ValueFit {
  private final Diagnostics diagnostics;

  ValueFit(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** The converted value, or empty after reporting why it does not fit. */
  Optional<Object> fit(YamlNode node, PropertyType type, String where) {
    Optional<Object> value = convert(node, type, where);
    if (value.isPresent() && !meetsConstraints(node, value.get(), type, where)) {
      return Optional.empty();
    }
    return value;
  }

  private Optional<Object> convert(YamlNode node, PropertyType type, String where) {
    return switch (type.kind()) {
      case STRING -> text(node, type, where).map(s -> s);
      case URL -> formatted(node, type, where, Formats::isUrl, "an absolute URL such as https://example.com/page");
      case EMAIL -> formatted(node, type, where, Formats::isEmail, "an e-mail address such as ada@example.com");
      case TIMESTAMP -> formatted(node, type, where, Formats::isTimestamp, "a timestamp with offset such as 2026-11-25T10:00:00Z");
      case DATE -> formatted(node, type, where, Formats::isDate, "a date such as 2026-11-25");
      case UUID -> formatted(node, type, where, Formats::isUuid, "a UUID such as 123e4567-e89b-12d3-a456-426614174000");
      case BOOLEAN -> booleanValue(node, where);
      case INTEGER -> integerValue(node, where);
      case NUMBER -> numberValue(node, where);
      case ARRAY -> arrayValue(node, (ArrayType) type, where);
      case OBJECT -> objectValue(node, (ObjectType) type, where);
    };
  }

  private Optional<String> text(YamlNode node, PropertyType type, String where) {
    if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.STRING) {
      return Optional.of(s.text());
    }
    String hint =
        node instanceof YamlScalar s && s.kind() != YamlScalar.Kind.NULL
            ? "; write it in quotes: '" + s.text() + "'"
            : "";
    mismatch(node, where, node.describe() + " is not text, but the property is of type " + type.planName() + hint);
    return Optional.empty();
  }

  private Optional<Object> formatted(
      YamlNode node, PropertyType type, String where, Predicate<String> valid, String expected) {
    Optional<String> text = text(node, type, where);
    if (text.isPresent() && !valid.test(text.get())) {
      mismatch(node, where, "'" + text.get() + "' is not " + expected);
      return Optional.empty();
    }
    return text.map(s -> s);
  }

  private Optional<Object> booleanValue(YamlNode node, String where) {
    if (node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.BOOLEAN) {
      return Optional.of(Boolean.parseBoolean(s.text()));
    }
    mismatch(node, where, node.describe() + " is not true or false");
    return Optional.empty();
  }

  private Optional<Object> integerValue(YamlNode node, String where) {
    Optional<BigInteger> value = NodeReader.integer(node);
    if (value.isPresent() && IntegerType.isSafe(value.get())) {
      return Optional.of(value.get().longValueExact());
    }
    if (value.isPresent()) {
      diagnostics.error(DiagnosticCode.INTEGER_NOT_SAFE, node.location(), "in " + where + ": " + node.describe()
          + " is beyond the safe integers " + IntegerType.SAFE_MIN + " to " + IntegerType.SAFE_MAX
          + ", which JavaScript cannot hold exactly; use a smaller value, or a string property for 64-bit ids.");
      return Optional.empty();
    }
    mismatch(node, where, node.describe() + " is not a whole number");
    return Optional.empty();
  }

  private Optional<Object> numberValue(YamlNode node, String where) {
    Optional<Double> value = NodeReader.number(node);
    if (value.isPresent()) {
      return Optional.of(value.get());
    }
    mismatch(node, where, node.describe() + " is not a finite number");
    return Optional.empty();
  }

  private Optional<Object> arrayValue(YamlNode node, ArrayType type, String where) {
    if (!(node instanceof YamlSeq seq)) {
      mismatch(node, where, node.describe() + " is not a list");
      return Optional.empty();
    }
    List<Object> items = new ArrayList<>();
    boolean ok = true;
    for (YamlNode item : seq.items()) {
      Optional<Object> converted = fit(item, type.items(), where);
      ok &= converted.isPresent();
      converted.ifPresent(items::add);
    }
    return ok ? Optional.of(List.copyOf(items)) : Optional.empty();
  }

  private Optional<Object> objectValue(YamlNode node, ObjectType type, String where) {
    if (!(node instanceof YamlMap map)) {
      mismatch(node, where, node.describe() + " is not a mapping");
      return Optional.empty();
    }
    Map<String, Object> fields = new LinkedHashMap<>();
    boolean ok = true;
    for (YamlMap.Entry entry : map.entries()) {
      Optional<PropertyDef> property = type.property(entry.key());
      if (property.isEmpty()) {
        mismatch(entry.value(), where, "the object has no property '" + entry.key() + "'");
        ok = false;
        continue;
      }
      Optional<Object> converted = fit(entry.value(), property.get().type(), where);
      ok &= converted.isPresent();
      converted.ifPresent(v -> fields.put(entry.key(), v));
    }
    for (PropertyDef property : type.properties()) {
      if (property.required() && map.entry(property.name()).isEmpty()) {
        violated(node, where, "the required property '" + property.name() + "' is missing");
        ok = false;
      }
    }
    return ok ? Optional.of(java.util.Collections.unmodifiableMap(fields)) : Optional.empty();
  }

  private boolean meetsConstraints(YamlNode node, Object value, PropertyType type, String where) {
    String problem = constraintProblem(value, type);
    if (problem != null) {
      violated(node, where, problem);
      return false;
    }
    return true;
  }

  /** What is wrong with a value of the right type, or null when it meets every constraint. */
  private static String constraintProblem(Object value, PropertyType type) {
    if (type instanceof StringType t) {
      return textProblem((String) value, t.pattern(), t.minLength(), t.maxLength(), t.values());
    } else if (type instanceof UrlType t) {
      return textProblem((String) value, t.pattern(), t.minLength(), t.maxLength(), List.of());
    } else if (type instanceof EmailType t) {
      return textProblem((String) value, t.pattern(), t.minLength(), t.maxLength(), List.of());
    } else if (type instanceof IntegerType t) {
      long v = (Long) value;
      return rangeProblem(
          v,
          t.min().map(Long::doubleValue),
          t.max().map(Long::doubleValue),
          t.values().isEmpty() || t.values().contains(v));
    } else if (type instanceof NumberType t) {
      double v = (Double) value;
      return rangeProblem(v, t.min(), t.max(), t.values().isEmpty() || t.values().contains(v));
    } else if (type instanceof ArrayType t) {
      return sizeProblem(((List<?>) value).size(), t.minItems(), t.maxItems());
    }
    return null;
  }

  private static String textProblem(String value, Optional<String> pattern, Optional<Integer> min, Optional<Integer> max, List<String> values) {
    int length = value.codePointCount(0, value.length());
    if (!values.isEmpty() && !values.contains(value)) {
      return "'" + value + "' is not one of the allowed values " + values;
    }
    if (min.isPresent() && length < min.get()) {
      return "'" + value + "' is shorter than min_length " + min.get();
    }
    if (max.isPresent() && length > max.get()) {
      return "'" + value + "' is longer than max_length " + max.get();
    }
    if (pattern.isPresent() && !PlanPattern.of(pattern.get()).matches(value)) {
      return "'" + value + "' does not match the pattern " + pattern.get();
    }
    return null;
  }

  private static String rangeProblem(double value, Optional<Double> min, Optional<Double> max, boolean allowed) {
    if (!allowed) {
      return format(value) + " is not one of the allowed values";
    }
    if (min.isPresent() && value < min.get()) {
      return format(value) + " is below min " + format(min.get());
    }
    if (max.isPresent() && value > max.get()) {
      return format(value) + " is above max " + format(max.get());
    }
    return null;
  }

  private static String sizeProblem(int size, Optional<Integer> min, Optional<Integer> max) {
    if (min.isPresent() && size < min.get()) {
      return "the list has " + size + " items, fewer than min_items " + min.get();
    }
    if (max.isPresent() && size > max.get()) {
      return "the list has " + size + " items, more than max_items " + max.get();
    }
    return null;
  }

  private static String format(double value) {
    return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
  }

  private void mismatch(YamlNode node, String where, String problem) {
    diagnostics.error(DiagnosticCode.VALUE_TYPE_MISMATCH, node.location(), "in " + where + ": " + problem + ".");
  }

  private void violated(YamlNode node, String where, String problem) {
    diagnostics.error(DiagnosticCode.VALUE_CONSTRAINT, node.location(), "in " + where + ": " + problem + ".");
  }
}
