package io.eventplan.plan.check;

import io.eventplan.plan.DiagnosticCode;
import io.eventplan.plan.Location;
import io.eventplan.plan.model.ArrayType;
import io.eventplan.plan.model.BooleanType;
import io.eventplan.plan.model.DateType;
import io.eventplan.plan.model.EmailType;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.ObjectType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.Reference;
import io.eventplan.plan.model.StringType;
import io.eventplan.plan.model.TimestampType;
import io.eventplan.plan.model.TypeKind;
import io.eventplan.plan.model.UrlType;
import io.eventplan.plan.model.UuidType;
import io.eventplan.plan.syntax.YamlMap;
import io.eventplan.plan.syntax.YamlNode;
import io.eventplan.plan.syntax.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Reads one property spec (of an event, a trait list, an object or an array's items) into the model. */
final class PropertyReader {

  /** Every key a property spec may have, in the order the docs list them. */
  static final List<String> KEYS =
      List.of(
          "type", "description", "required", "values", "examples", "pattern", "min", "max",
          "min_length", "max_length", "min_items", "max_items", "items", "properties", "pii",
          "deprecated", "references");

  private final NodeReader nodes;
  private final ValueFit valueFit;
  private final Constraints constraints;

  PropertyReader(NodeReader nodes) {
    this.nodes = nodes;
    this.valueFit = new ValueFit(nodes.diagnostics());
    this.constraints = new Constraints(nodes);
  }

  /**
   * Reads {@code name: spec}. {@code where} names the owner for messages ("event 'Logged In'").
   * {@code isItem} is true for an array's {@code items}, where {@code required} makes no sense.
   */
  Optional<PropertyDef> read(String name, Location nameLocation, YamlNode specNode, String where, boolean common, boolean isItem) {
    String what = isItem ? "the items of " + where : "property '" + name + "' of " + where;
    Optional<YamlMap> maybeSpec = nodes.map(specNode, what, "for example {type: string}");
    if (maybeSpec.isEmpty()) {
      return Optional.empty();
    }
    YamlMap spec = maybeSpec.get();
    nodes.onlyKnownKeys(spec, KEYS, what);
    Optional<TypeKind> kind = typeKind(spec, what, nameLocation);
    if (kind.isEmpty()) {
      return Optional.empty();
    }
    if (isItem && spec.entry("required").isPresent()) {
      nodes.error(
          DiagnosticCode.CONSTRAINT_NOT_APPLICABLE,
          spec.entry("required").get().keyLocation(),
          "'required' does not apply to " + what + "; use min_items on the array instead.");
    }
    constraints.reportInapplicable(spec, kind.get(), what);
    Optional<PropertyType> type = buildType(spec, kind.get(), what);
    if (type.isEmpty()) {
      return Optional.empty();
    }
    Optional<Reference> references = references(spec, kind.get(), what);
    List<Object> examples = examples(spec, type.get(), what);
    return Optional.of(
        new PropertyDef(
            name,
            type.get(),
            nodes.bool(spec, "required", what).orElse(false),
            nodes.text(spec, "description", what).orElse(""),
            examples,
            nodes.bool(spec, "pii", what).orElse(false),
            nodes.bool(spec, "deprecated", what).orElse(false),
            references,
            common,
            nameLocation));
  }

  /** The spec's {@code type}, reporting a missing or unknown one. */
  Optional<TypeKind> typeKind(YamlMap spec, String what, Location fallback) {
    Optional<YamlMap.Entry> entry = spec.entry("type");
    if (entry.isEmpty()) {
      nodes.error(
          DiagnosticCode.MISSING_KEY,
          spec.entries().isEmpty() ? fallback : spec.location(),
          what + " has no 'type'; add one of: " + String.join(", ", TypeKind.planNames()) + ".");
      return Optional.empty();
    }
    YamlNode node = entry.get().value();
    String given = node instanceof YamlScalar s ? s.text() : node.describe();
    Optional<TypeKind> kind =
        node instanceof YamlScalar s && s.kind() == YamlScalar.Kind.STRING
            ? TypeKind.fromPlanName(s.text())
            : Optional.empty();
    if (kind.isEmpty()) {
      nodes.error(
          DiagnosticCode.UNKNOWN_TYPE,
          node.location(),
          "unknown type '" + given + "' for " + what + "."
              + Suggestions.didYouMean(given, TypeKind.planNames())
              + " Types: " + String.join(", ", TypeKind.planNames()) + ".");
    }
    return kind;
  }

  private Optional<PropertyType> buildType(YamlMap spec, TypeKind kind, String what) {
    return switch (kind) {
      case STRING -> stringType(spec, what);
      case INTEGER -> integerType(spec, what);
      case NUMBER -> numberType(spec, what);
      case BOOLEAN -> Optional.of(new BooleanType());
      case TIMESTAMP -> Optional.of(new TimestampType());
      case DATE -> Optional.of(new DateType());
      case UUID -> Optional.of(new UuidType());
      case URL -> textFormatType(spec, what, UrlType::new);
      case EMAIL -> textFormatType(spec, what, EmailType::new);
      case ARRAY -> arrayType(spec, what);
      case OBJECT -> objectType(spec, what);
    };
  }

  /** Builds url and email types, which share pattern and length constraints. */
  private Optional<PropertyType> textFormatType(YamlMap spec, String what, TextTypeFactory factory) {
    Optional<Integer> min = constraints.minLength(spec, what);
    Optional<Integer> max = constraints.maxLength(spec, what);
    Optional<String> pattern = constraints.pattern(spec, what);
    return constraints.lengthsInOrder(spec, min, max)
        ? Optional.of(factory.create(pattern, min, max))
        : Optional.empty();
  }

  /** The constructor shape shared by {@link UrlType} and {@link EmailType}. */
  private interface TextTypeFactory {
    PropertyType create(Optional<String> pattern, Optional<Integer> minLength, Optional<Integer> maxLength);
  }

  private Optional<PropertyType> stringType(YamlMap spec, String what) {
    StringType bare =
        new StringType(List.of(), constraints.pattern(spec, what), constraints.minLength(spec, what), constraints.maxLength(spec, what));
    if (!constraints.lengthsInOrder(spec, bare.minLength(), bare.maxLength())) {
      return Optional.empty();
    }
    List<String> values = allowedValues(spec, bare, what, String.class);
    return Optional.of(new StringType(values, bare.pattern(), bare.minLength(), bare.maxLength()));
  }

  private Optional<PropertyType> integerType(YamlMap spec, String what) {
    Optional<Long> min = constraints.integerBound(spec, "min", what);
    Optional<Long> max = constraints.integerBound(spec, "max", what);
    if (!constraints.boundsInOrder(spec, min.map(Long::doubleValue), max.map(Long::doubleValue), "min", "max")) {
      return Optional.empty();
    }
    IntegerType bare = new IntegerType(List.of(), min, max);
    return Optional.of(new IntegerType(allowedValues(spec, bare, what, Long.class), min, max));
  }

  private Optional<PropertyType> numberType(YamlMap spec, String what) {
    Optional<Double> min = constraints.numberBound(spec, "min", what);
    Optional<Double> max = constraints.numberBound(spec, "max", what);
    if (!constraints.boundsInOrder(spec, min, max, "min", "max")) {
      return Optional.empty();
    }
    NumberType bare = new NumberType(List.of(), min, max);
    return Optional.of(new NumberType(allowedValues(spec, bare, what, Double.class), min, max));
  }

  private Optional<PropertyType> arrayType(YamlMap spec, String what) {
    Optional<YamlMap.Entry> items = spec.entry("items");
    if (items.isEmpty()) {
      nodes.error(
          DiagnosticCode.MISSING_KEY,
          spec.location(),
          what + " is an array but has no 'items'; add for example items: {type: string}.");
      return Optional.empty();
    }
    Optional<Integer> minItems = nodes.wholeNumber(spec, "min_items", 0, what);
    Optional<Integer> maxItems = nodes.wholeNumber(spec, "max_items", 0, what);
    if (!constraints.boundsInOrder(spec, minItems.map(Integer::doubleValue), maxItems.map(Integer::doubleValue), "min_items", "max_items")) {
      return Optional.empty();
    }
    Optional<PropertyDef> item = read("items", items.get().keyLocation(), items.get().value(), what, false, true);
    return item.map(i -> new ArrayType(i.type(), i.description(), minItems, maxItems));
  }

  private Optional<PropertyType> objectType(YamlMap spec, String what) {
    Optional<YamlNode> propertiesNode = spec.get("properties");
    if (propertiesNode.isEmpty()) {
      nodes.error(
          DiagnosticCode.MISSING_KEY,
          spec.location(),
          what + " is an object but has no 'properties'; list its fields, e.g. properties: {id: {type: string}}.");
      return Optional.empty();
    }
    Optional<YamlMap> map = nodes.map(propertiesNode.get(), "'properties' of " + what, "name: {type: ...}");
    if (map.isEmpty()) {
      return Optional.empty();
    }
    List<PropertyDef> fields = new ArrayList<>();
    boolean ok = true;
    for (YamlMap.Entry entry : map.get().entries()) {
      Optional<PropertyDef> field = read(entry.key(), entry.keyLocation(), entry.value(), what, false, false);
      ok &= field.isPresent();
      field.ifPresent(fields::add);
    }
    return ok ? Optional.of(new ObjectType(fields)) : Optional.empty();
  }

  /** The {@code values} list, each entry checked against the bare type; duplicates reported. */
  private <T> List<T> allowedValues(YamlMap spec, PropertyType bare, String what, Class<T> valueClass) {
    Optional<YamlNode> node = spec.get("values");
    if (node.isEmpty()) {
      return List.of();
    }
    Optional<List<YamlNode>> items = nodes.list(node.get(), "'values' of " + what, "for example [a, b, c]");
    if (items.isEmpty()) {
      return List.of();
    }
    if (items.get().isEmpty()) {
      nodes.error(DiagnosticCode.INVALID_VALUE, node.get().location(),
          "'values' of " + what + " is empty, so no value would be allowed; list the allowed values or remove 'values'.");
    }
    List<T> values = new ArrayList<>();
    for (YamlNode item : items.get()) {
      Optional<Object> value = valueFit.fit(item, bare, "'values' of " + what);
      if (value.isEmpty()) {
        continue;
      }
      T typed = valueClass.cast(value.get());
      if (values.contains(typed)) {
        nodes.error(DiagnosticCode.DUPLICATE_VALUE, item.location(),
            "the value " + (typed instanceof String ? "'" + typed + "'" : typed) + " is listed twice in 'values' of " + what + "; remove one.");
      } else {
        values.add(typed);
      }
    }
    return List.copyOf(values);
  }

  private List<Object> examples(YamlMap spec, PropertyType type, String what) {
    Optional<YamlNode> node = spec.get("examples");
    if (node.isEmpty()) {
      return List.of();
    }
    Optional<List<YamlNode>> items = nodes.list(node.get(), "'examples' of " + what, "for example [value1, value2]");
    List<Object> examples = new ArrayList<>();
    items.ifPresent(list -> list.forEach(item -> valueFit.fit(item, type, "'examples' of " + what).ifPresent(examples::add)));
    return examples;
  }

  private Optional<Reference> references(YamlMap spec, TypeKind kind, String what) {
    Optional<YamlMap.Entry> entry = spec.entry("references");
    if (entry.isEmpty()) {
      return Optional.empty();
    }
    if (!Set.of(TypeKind.STRING, TypeKind.UUID, TypeKind.INTEGER).contains(kind)) {
      nodes.error(DiagnosticCode.CONSTRAINT_NOT_APPLICABLE, entry.get().keyLocation(),
          "'references' does not apply to " + what + " of type " + kind.planName()
              + "; only string, uuid and integer properties can hold an id.");
      return Optional.empty();
    }
    YamlNode value = entry.get().value();
    String given = value instanceof YamlScalar s ? s.text() : value.describe();
    for (Reference reference : Reference.values()) {
      if (reference.planName().equals(given)) {
        return Optional.of(reference);
      }
    }
    nodes.error(DiagnosticCode.UNKNOWN_REFERENCE, value.location(),
        what + " references '" + given + "', which is not something a property can reference."
            + Suggestions.didYouMean(given, List.of("people", "companies"))
            + " Use 'people' (a user id) or 'companies' (a company id).");
    return Optional.empty();
  }
}
