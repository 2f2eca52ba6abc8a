package io.eventplan.codegen.jsonschema;

import io.eventplan.codegen.Decimals;
import java.math.BigDecimal;
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

  private JsonValues() {}

  /** A finite double as the shortest decimal that reads back as the same double: {@link Decimals#shortest}. */
  static DecimalNode number(double value) {
    return DecimalNode.valueOf(shortestDecimal(value));
  }

  static BigDecimal shortestDecimal(double value) {
    return Decimals.shortest(value);
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
