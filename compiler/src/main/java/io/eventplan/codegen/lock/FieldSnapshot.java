package io.eventplan.codegen.lock;

import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.EmailType;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.UrlType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What the warehouse and senders depend on in one property, trait, object field or array item:
 * its name, type and every constraint, in a normalized form that compares equal across a JSON
 * round trip. Numbers (values, min, max) are {@link #canonical} {@link BigDecimal}s.
 *
 * @param type the plan's type name, e.g. {@code string}
 * @param values the allowed set: {@link String}s for text types, {@link BigDecimal}s for numbers
 * @param items the element spec of an array
 * @param fields the fields of an object
 */
public record FieldSnapshot(
    String name,
    String type,
    boolean required,
    boolean deprecated,
    String description,
    List<Object> values,
    Optional<BigDecimal> min,
    Optional<BigDecimal> max,
    Optional<String> pattern,
    Optional<Integer> minLength,
    Optional<Integer> maxLength,
    Optional<Integer> minItems,
    Optional<Integer> maxItems,
    Optional<FieldSnapshot> items,
    List<FieldSnapshot> fields) {

  public FieldSnapshot {
    values = values.stream().map(FieldSnapshot::normalize).toList();
    min = min.map(FieldSnapshot::canonical);
    max = max.map(FieldSnapshot::canonical);
    fields = List.copyOf(fields);
  }

  /** The snapshot of a checked property or trait. */
  public static FieldSnapshot of(PropertyDef property) {
    return of(property.name(), property.type(), property.required(), property.deprecated(), property.description());
  }

  static FieldSnapshot of(String name, PropertyType type, boolean required, boolean deprecated, String description) {
    Builder b = new Builder(name, type.planName(), required, deprecated, description);
    switch (type.kind()) {
      case STRING -> {
        StringType t = (StringType) type;
        b.values = List.copyOf(t.values());
        b.pattern = t.pattern();
        b.minLength = t.minLength();
        b.maxLength = t.maxLength();
      }
      case URL -> {
        UrlType t = (UrlType) type;
        b.pattern = t.pattern();
        b.minLength = t.minLength();
        b.maxLength = t.maxLength();
      }
      case EMAIL -> {
        EmailType t = (EmailType) type;
        b.pattern = t.pattern();
        b.minLength = t.minLength();
        b.maxLength = t.maxLength();
      }
      case INTEGER -> {
        IntegerType t = (IntegerType) type;
        b.values = t.values().stream().map(v -> (Object) BigDecimal.valueOf(v)).toList();
        b.min = t.min().map(BigDecimal::valueOf);
        b.max = t.max().map(BigDecimal::valueOf);
      }
      case NUMBER -> {
        NumberType t = (NumberType) type;
        b.values = t.values().stream().map(v -> (Object) decimal(v)).toList();
        b.min = t.min().map(FieldSnapshot::decimal);
        b.max = t.max().map(FieldSnapshot::decimal);
      }
      case ARRAY -> {
        ArrayType t = (ArrayType) type;
        b.items = Optional.of(of("items", t.items(), false, false, t.itemDescription()));
        b.minItems = t.minItems();
        b.maxItems = t.maxItems();
      }
      case OBJECT -> b.fields = ((ObjectType) type).properties().stream().map(FieldSnapshot::of).toList();
      case BOOLEAN, TIMESTAMP, DATE, UUID -> {
        // no constraints besides the type itself
      }
    }
    return b.build();
  }

  /** Whether values of this field are numbers (integer or number). */
  public boolean numeric() {
    return type.equals("integer") || type.equals("number");
  }

  public Optional<FieldSnapshot> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  static BigDecimal decimal(double value) {
    return new BigDecimal(Double.toString(value));
  }

  /** One representation per number, so 1, 1.0 and 1.00 compare equal: no trailing zeros, scale >= 0. */
  public static BigDecimal canonical(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static Object normalize(Object value) {
    if (value instanceof BigDecimal d) {
      return canonical(d);
    }
    if (value instanceof String) {
      return value;
    }
    throw new IllegalArgumentException("a value must be a String or a BigDecimal: " + value);
  }

  /** Collects the optional parts of a snapshot; used by the plan and lock readers. */
  static final class Builder {
    final String name;
    final String type;
    final boolean required;
    final boolean deprecated;
    final String description;
    List<Object> values = List.of();
    Optional<BigDecimal> min = Optional.empty();
    Optional<BigDecimal> max = Optional.empty();
    Optional<String> pattern = Optional.empty();
    Optional<Integer> minLength = Optional.empty();
    Optional<Integer> maxLength = Optional.empty();
    Optional<Integer> minItems = Optional.empty();
    Optional<Integer> maxItems = Optional.empty();
    Optional<FieldSnapshot> items = Optional.empty();
    List<FieldSnapshot> fields = List.of();

    Builder(String name, String type, boolean required, boolean deprecated, String description) {
      this.name = name;
      this.type = type;
      this.required = required;
      this.deprecated = deprecated;
      this.description = description;
    }

    FieldSnapshot build() {
      return new FieldSnapshot(
          name, type, required, deprecated, description, values, min, max, pattern, minLength, maxLength,
          minItems, maxItems, items, fields);
    }
  }
}
