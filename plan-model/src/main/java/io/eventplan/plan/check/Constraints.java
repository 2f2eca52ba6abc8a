package io.eventplan.plan.check;

import io.eventplan.plan.DiagnosticCode;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.TypeKind;
import io.eventplan.plan.pattern.PatternProblem;
import io.eventplan.plan.pattern.PlanPattern;
import io.eventplan.plan.syntax.YamlMap;
import io.eventplan.plan.syntax.YamlNode;
import io.eventplan.plan.syntax.YamlScalar;
import java.math.BigInteger;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads a property's constraint keys and checks that each applies to its type and makes sense. */
final class Constraints {

  private static final Set<TypeKind> TEXT = EnumSet.of(TypeKind.STRING, TypeKind.URL, TypeKind.EMAIL);
  private static final Set<TypeKind> NUMERIC = EnumSet.of(TypeKind.INTEGER, TypeKind.NUMBER);

  /** Which types each constraint key applies to, and what to use instead elsewhere. */
  private static final Map<String, Set<TypeKind>> APPLIES_TO = new LinkedHashMap<>();
  private static final Map<String, String> INSTEAD = Map.of(
      "min", "for text use min_length, for lists min_items",
      "max", "for text use max_length, for lists max_items",
      "min_length", "for numbers use min, for lists min_items",
      "max_length", "for numbers use max, for lists max_items",
      "min_items", "for text use min_length, for numbers min",
      "max_items", "for text use max_length, for numbers max",
      "values", "values apply to string, integer and number properties",
      "pattern", "pattern applies to string, url and email properties",
      "items", "items apply to array properties",
      "properties", "properties apply to object properties");

  static {
    APPLIES_TO.put("values", EnumSet.of(TypeKind.STRING, TypeKind.INTEGER, TypeKind.NUMBER));
    APPLIES_TO.put("pattern", TEXT);
    APPLIES_TO.put("min_length", TEXT);
    APPLIES_TO.put("max_length", TEXT);
    APPLIES_TO.put("min", NUMERIC);
    APPLIES_TO.put("max", NUMERIC);
    APPLIES_TO.put("items", EnumSet.of(TypeKind.ARRAY));
    APPLIES_TO.put("min_items", EnumSet.of(TypeKind.ARRAY));
    APPLIES_TO.put("max_items", EnumSet.of(TypeKind.ARRAY));
    APPLIES_TO.put("properties", EnumSet.of(TypeKind.OBJECT));
  }

  private final NodeReader nodes;

  Constraints(NodeReader nodes) {
    this.nodes = nodes;
  }

  void reportInapplicable(YamlMap spec, TypeKind kind, String what) {
    for (YamlMap.Entry entry : spec.entries()) {
      Set<TypeKind> kinds = APPLIES_TO.get(entry.key());
      if (kinds != null && !kinds.contains(kind)) {
        nodes.error(
            DiagnosticCode.CONSTRAINT_NOT_APPLICABLE,
            entry.keyLocation(),
            "'" + entry.key() + "' does not apply to " + what + " of type " + kind.planName()
                + " (" + INSTEAD.get(entry.key()) + ").");
      }
    }
  }

  Optional<Integer> minLength(YamlMap spec, String what) {
    return nodes.wholeNumber(spec, "min_length", 0, what);
  }

  Optional<Integer> maxLength(YamlMap spec, String what) {
    return nodes.wholeNumber(spec, "max_length", 0, what);
  }

  boolean lengthsInOrder(YamlMap spec, Optional<Integer> min, Optional<Integer> max) {
    return boundsInOrder(spec, min.map(Integer::doubleValue), max.map(Integer::doubleValue), "min_length", "max_length");
  }

  /** Reports {@code low > high} at the lower key and answers whether the bounds are usable. */
  boolean boundsInOrder(YamlMap spec, Optional<Double> low, Optional<Double> high, String lowKey, String highKey) {
    if (low.isPresent() && high.isPresent() && low.get() > high.get()) {
      nodes.error(
          DiagnosticCode.RANGE_INVALID,
          spec.entry(lowKey).orElseThrow().keyLocation(),
          lowKey + " (" + text(spec, lowKey) + ") is greater than " + highKey + " (" + text(spec, highKey)
              + "), so no value could pass; swap them or fix one.");
      return false;
    }
    return true;
  }

  Optional<Long> integerBound(YamlMap spec, String key, String what) {
    Optional<YamlNode> node = spec.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<BigInteger> value = NodeReader.integer(node.get());
    if (value.isPresent() && IntegerType.isSafe(value.get())) {
      return Optional.of(value.get().longValueExact());
    }
    if (value.isPresent()) {
      nodes.error(DiagnosticCode.INTEGER_NOT_SAFE, node.get().location(),
          "'" + key + "' of " + what + " is " + value.get() + ", beyond the safe integers " + IntegerType.SAFE_MIN
              + " to " + IntegerType.SAFE_MAX + " that JavaScript holds exactly, so the snippet, the JSON Schema and"
              + " the collector would judge values near it differently; use a bound within that range (an integer"
              + " without one is limited to it anyway), or a string property for 64-bit ids.");
      return Optional.empty();
    }
    nodes.error(DiagnosticCode.VALUE_TYPE_MISMATCH, node.get().location(),
        "'" + key + "' of " + what + " must be a whole number (the property is an integer), but it is "
            + node.get().describe() + ".");
    return Optional.empty();
  }

  Optional<Double> numberBound(YamlMap spec, String key, String what) {
    Optional<YamlNode> node = spec.get(key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    Optional<Double> value = NodeReader.number(node.get());
    if (value.isEmpty()) {
      nodes.error(DiagnosticCode.VALUE_TYPE_MISMATCH, node.get().location(),
          "'" + key + "' of " + what + " must be a finite number, but it is " + node.get().describe() + ".");
    }
    return value;
  }

  /** The {@code pattern}, if it is in the plan's pattern syntax (docs/tracking-plan-format.md#patterns). */
  Optional<String> pattern(YamlMap spec, String what) {
    Optional<YamlNode> node = spec.get("pattern");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    if (!(node.get() instanceof YamlScalar s) || s.kind() != YamlScalar.Kind.STRING) {
      nodes.error(DiagnosticCode.INVALID_VALUE, node.get().location(),
          "'pattern' of " + what + " must be a regular expression in quotes, but it is " + node.get().describe() + ".");
      return Optional.empty();
    }
    PlanPattern.Parsed parsed = PlanPattern.parse(s.text());
    if (parsed.problem() != null) {
      PatternProblem problem = parsed.problem();
      String at = " (at index " + problem.index() + ")";
      switch (problem.kind()) {
        case INVALID -> nodes.error(DiagnosticCode.PATTERN_INVALID, s.location(),
            "the pattern of " + what + " is not a valid regular expression: it has " + problem.message() + at
                + ". Fix the expression (the syntax is ECMAScript's, see docs/tracking-plan-format.md#patterns).");
        case NOT_PORTABLE -> nodes.error(DiagnosticCode.PATTERN_NOT_PORTABLE, s.location(),
            "the pattern of " + what + " uses " + problem.message() + at
                + "; rewrite it with the syntax of docs/tracking-plan-format.md#patterns.");
        case NOT_LINEAR -> nodes.error(DiagnosticCode.PATTERN_NOT_LINEAR, s.location(),
            "the pattern of " + what + " uses " + problem.message() + at
                + ", which cannot be matched in linear time, so one event could keep the collector busy for"
                + " minutes; rewrite the pattern without it.");
        case TOO_LARGE -> nodes.error(DiagnosticCode.PATTERN_TOO_LARGE, s.location(),
            "the pattern of " + what + " has " + problem.message() + at + "; use smaller repetition counts, or"
                + " min_length and max_length for lengths.");
        default -> throw new IllegalStateException(problem.kind().name());
      }
      return Optional.empty();
    }
    return Optional.of(s.text());
  }

  private static String text(YamlMap spec, String key) {
    return spec.get(key).map(n -> n instanceof YamlScalar s ? s.text() : n.describe()).orElse("");
  }
}
