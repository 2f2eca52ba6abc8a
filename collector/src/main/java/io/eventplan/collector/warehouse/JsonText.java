package io.eventplan.collector.warehouse;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** JSON text for jsonb columns. */
public final class JsonText {
  private static final String NUL = "\u0000";

  private final JsonMapper mapper;

  public JsonText(JsonMapper mapper) {
    this.mapper = mapper;
  }

  public String text(JsonNode node) {
    return mapper.writeValueAsString(node);
  }

  /**
   * JSON text that PostgreSQL's jsonb can always hold: it refuses the character U+0000, so that
   * one is replaced by U+FFFD in names and strings. Used for rejected payloads, which must be kept
   * whatever they contain.
   */
  public String storable(JsonNode node) {
    return text(withoutNul(node));
  }

  static JsonNode withoutNul(JsonNode node) {
    if (node.isString()) {
      return node.stringValue().contains(NUL)
          ? JsonNodeFactory.instance.stringNode(node.stringValue().replace(NUL, "\uFFFD")) : node;
    }
    if (node.isArray()) {
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      node.values().forEach(item -> copy.add(withoutNul(item)));
      return copy;
    }
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.properties().forEach(e -> copy.set(e.getKey().replace(NUL, "\uFFFD"), withoutNul(e.getValue())));
      return copy;
    }
    return node;
  }
}
