package io.eventplan.codegen.jsonschema;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Turns plan values (bounds, allowed values, examples) into JSON nodes whose printed numbers are exact. */
final class JsonValues {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Whole numbers of up to this many digits print plainly (100, not 1E+2); longer ones, like 1E+21, keep the exponent, as in JavaScript. */
  private static final int MAX_PLAIN_INTEGER_DIGITS = 21;

  private static final RoundingMode[] NEAREST_FIRST = {
    RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING
  };

  private JsonValues() {}

  /**
   * A finite double as the shortest decimal that reads back as the same double. Computed with
   * BigDecimal rather than {@link Double#toString}, whose digits differ between JDK 17 and 19+ for
   * some values: the schemas must be byte-identical on every machine.
   */
  static DecimalNode number(double value) {
    return DecimalNode.valueOf(shortestDecimal(value));
  }

  static BigDecimal shortestDecimal(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON has no representation for " + value);
    }
    if (value == 0) {
      return BigDecimal.ZERO; // -0.0 too: JSON Schema compares numbers by value
    }
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits <= 17; digits++) {
      // The nearest decimal first; next to a power of two the rounding interval is lopsided, so the
      // decimal on the other side of the value may read back when the nearest does not.
      for (RoundingMode mode : NEAREST_FIRST) {
        BigDecimal candidate = exact.round(new MathContext(digits, mode));
        if (candidate.doubleValue() == value) {
          return tidy(candidate);
        }
      }
    }
    throw new AssertionError("17 significant digits always identify a double: " + exact);
  }

  private static BigDecimal tidy(BigDecimal decimal) {
    BigDecimal stripped = decimal.stripTrailingZeros();
    if (stripped.scale() < 0 && stripped.precision() - stripped.scale() <= MAX_PLAIN_INTEGER_DIGITS) {
      return stripped.setScale(0);
    }
    return stripped;
  }

  /** An example or allowed value as the checker converted it: String, Long, Double, Boolean, List or Map. */
  static JsonNode of(Object value) {
    if (value instanceof String text) {
      return NODES.stringNode(text);
    }
    if (value instanceof Long whole) {
      return NODES.numberNode(whole.longValue());
    }
    if (value instanceof Integer whole) {
      return NODES.numberNode(whole.longValue());
    }
    if (value instanceof Double fraction) {
      return number(fraction);
    }
    if (value instanceof Boolean flag) {
      return NODES.booleanNode(flag);
    }
    if (value instanceof List<?> items) {
      ArrayNode array = NODES.arrayNode();
      items.forEach(item -> array.add(of(item)));
      return array;
    }
    if (value instanceof Map<?, ?> fields) {
      ObjectNode object = NODES.objectNode();
      fields.forEach((name, field) -> object.set((String) name, of(field)));
      return object;
    }
    throw new IllegalArgumentException("not a plan value: " + value.getClass().getName());
  }
}
