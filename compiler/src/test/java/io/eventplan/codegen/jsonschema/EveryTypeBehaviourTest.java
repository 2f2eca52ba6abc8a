package io.eventplan.codegen.jsonschema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The schema of the every-type plan's {@code Order Completed}, run by networknt with format assertions
 * on: valid envelopes pass, and an envelope breaking any one rule fails with that rule's keyword.
 */
class EveryTypeBehaviourTest {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Only the required members. */
  private static final String MINIMAL = """
      {"event_id": "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69", "timestamp": "2024-05-01T09:30:00Z",
       "user_id": "u1", "class": "economy", "default": false, "order": 3}
      """;

  /** Every member, each valid. */
  private static final String FULL = """
      {"event_id": "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a69", "timestamp": "2024-05-01T11:30:00+02:00",
       "user_id": "u1", "url": "https://shop.example.com/checkout?step=2", "class": "first class",
       "default": true, "order": 500, "user": "ada@example.com", "select": -0.5, "code": "AB123",
       "größe": "😀😀😀", "名前": "Ada", "level": 2, "ratio": 2.5, "count": 9007199254740991,
       "amount": -1.7976931348623157E308, "birthday": "2024-02-29",
       "session_id": "0B6F3A52-7D3C-4E5B-9A8E-2F1C0D4B5A69", "homepage": "https://example.com/",
       "tags": ["red", "green", "red"], "lines": [{"sku": "A1", "quantity": 1, "unit_price": 0}],
       "address": {"city": "Paris", "geo": {"lat": 90}}, "legacy_code": "X", "placed_at": "2024-05-01T09:30:00.123Z"}
      """;

  private static Schema schema;

  @BeforeAll
  static void compile() {
    String text = TestPlans.schemas(TestPlans.everyTypePlan()).get("eventplan/schemas/events/order_completed.json");
    schema = Networknt.compile(text);
  }

  @Test
  void minimalEnvelopePasses() {
    assertThat(errors(MINIMAL)).isEmpty();
  }

  @Test
  void fullEnvelopePasses() {
    assertThat(errors(FULL)).isEmpty();
  }

  static Stream<Arguments> validVariants() {
    return Stream.of(
        variant("an integral 1.0 is an integer", p -> p.put("order", new BigDecimal("1.0"))),
        variant("the smallest safe integer", p -> p.put("count", -9_007_199_254_740_991L)),
        variant("the largest double", p -> p.put("amount", new BigDecimal("1.7976931348623157E308"))),
        variant("an enum number written 1", p -> p.put("ratio", 1)),
        variant("an enum number written 1.0", p -> p.put("ratio", new BigDecimal("1.0"))),
        variant("a length of 2 code points", p -> p.put("größe", "é😀")),
        variant("a pattern matching inside the value", p -> p.put("user", "ada.lovelace@example.com")),
        variant("an empty array of objects", p -> p.set("lines", NODES.arrayNode())),
        variant("a deprecated property left out", p -> p.remove("legacy_code")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("validVariants")
  void validVariantPasses(String label, Consumer<ObjectNode> change) {
    assertThat(errors(mutate(FULL, change))).isEmpty();
  }

  static Stream<Arguments> brokenRules() {
    return Stream.of(
        broken("required", "missing event_id", p -> p.remove("event_id")),
        broken("required", "missing user_id, refined to required", p -> p.remove("user_id")),
        broken("required", "missing keyword-named class", p -> p.remove("class")),
        broken("required", "missing nested address.city", p -> object(p, "address").remove("city")),
        broken("required", "missing doubly nested geo.lat", p -> object(object(p, "address"), "geo").remove("lat")),
        broken("required", "missing sku in an array item", p -> item(p, "lines").remove("sku")),
        broken("type", "integer as a string", p -> p.put("order", "3")),
        broken("type", "integer with a fraction", p -> p.put("order", new BigDecimal("3.5"))),
        broken("type", "boolean as a string", p -> p.put("default", "true")),
        broken("type", "number as a string", p -> p.put("select", "1")),
        broken("type", "array as a string", p -> p.put("tags", "red")),
        broken("type", "object as a string", p -> p.put("address", "Paris")),
        broken("type", "string as a number", p -> p.put("user_id", 42)),
        broken("type", "null for a required property", p -> p.putNull("user_id")),
        broken("type", "null for an optional property", p -> p.putNull("url")),
        broken("type", "null inside an array", p -> p.withArray("tags").addNull()),
        broken("type", "null for a nested object", p -> object(p, "address").putNull("geo")),
        broken("enum", "string out of values", p -> p.put("class", "premium")),
        broken("enum", "integer out of values", p -> p.put("level", 4)),
        broken("enum", "number out of values", p -> p.put("ratio", 0.7)),
        broken("enum", "array item out of values", p -> p.withArray("tags").add("blue")),
        broken("pattern", "string not matching", p -> p.put("code", "ab123")),
        broken("pattern", "email not matching", p -> p.put("user", "ada@example.org")),
        broken("pattern", "url not matching", p -> p.put("homepage", "http://example.com/")),
        broken("minLength", "string too short", p -> p.put("größe", "a")),
        broken("minLength", "url too short", p -> p.put("homepage", "https://a")),
        broken("maxLength", "string too long in code points", p -> p.put("größe", "😀😀😀😀")),
        broken("maxLength", "common property too long", p -> p.put("user_id", "u".repeat(256))),
        broken("minimum", "integer below min", p -> p.put("order", 0)),
        broken("minimum", "number below min", p -> p.put("select", new BigDecimal("-0.51"))),
        broken("minimum", "integer below the safe integers", p -> p.put("count", -9_007_199_254_740_992L)),
        broken("minimum", "integer below 64 bits", p -> p.put("count", BigInteger.ONE.shiftLeft(63).negate().subtract(BigInteger.ONE))),
        // networknt reads -1e400 as -Infinity, which its type check rejects before the bound is looked at.
        broken("type", "number below the doubles", p -> p.put("amount", new BigDecimal("-1e400"))),
        // networknt compares bounds with the exact decimal text, not with the double the text rounds to.
        broken("minimum", "number below min only in its 21st digit", p -> p.put("select", new BigDecimal("-0.50000000000000000001"))),
        broken("minimum", "nested number below min", p -> object(object(p, "address"), "geo").put("lat", -90.5)),
        broken("minimum", "array item below min", p -> item(p, "lines").put("quantity", 0)),
        broken("maximum", "integer above max", p -> p.put("order", 501)),
        broken("maximum", "number above max", p -> p.put("select", new BigDecimal("99.76"))),
        broken("maximum", "integer above the safe integers", p -> p.put("count", 9_007_199_254_740_992L)),
        broken("maximum", "integer above 64 bits", p -> p.put("count", BigInteger.ONE.shiftLeft(63))),
        broken("type", "number above the doubles", p -> p.put("amount", new BigDecimal("1e400"))),
        broken("maximum", "number above the largest double only in its 17th digit",
            p -> p.put("amount", new BigDecimal("1.7976931348623158E308"))),
        broken("pattern", "uuid too short", p -> p.put("event_id", "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a6")),
        broken("pattern", "uuid not hex", p -> p.put("session_id", "0b6f3a52-7d3c-4e5b-9a8e-2f1c0d4b5a6z")),
        broken("pattern", "timestamp without offset", p -> p.put("timestamp", "2024-05-01T09:30:00")),
        broken("pattern", "timestamp with a space", p -> p.put("placed_at", "2024-05-01 09:30:00Z")),
        broken("pattern", "date that does not exist", p -> p.put("birthday", "2023-02-29")),
        broken("pattern", "date with a time", p -> p.put("birthday", "2024-06-03T10:00:00Z")),
        broken("pattern", "relative url", p -> p.put("url", "/checkout")),
        broken("pattern", "url with a space", p -> p.put("homepage", "https://exa mple.com/x")),
        broken("pattern", "email with two @", p -> p.put("user", "ada@@example.com")),
        broken("additionalProperties", "extra member", p -> p.put("coupon", "X")),
        broken("additionalProperties", "event name as a member", p -> p.put("event", "Order Completed")),
        broken("additionalProperties", "extra nested member", p -> object(p, "address").put("zip", "75001")),
        broken("additionalProperties", "extra doubly nested member", p -> object(object(p, "address"), "geo").put("lon", 2.35)),
        broken("additionalProperties", "extra member in an array item", p -> item(p, "lines").put("note", "x")),
        broken("minItems", "empty array", p -> p.set("tags", NODES.arrayNode())),
        broken("maxItems", "array too long", p -> p.withArray("tags").add("green")),
        broken("maxItems", "array of objects too long", p -> {
          ArrayNode lines = p.withArray("lines");
          for (int i = 0; i < 10; i++) {
            lines.add(NODES.objectNode().put("sku", "S" + i).put("quantity", 1));
          }
        }));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("brokenRules")
  void envelopeBreakingOneRuleFailsWithThatRule(String keyword, String label, Consumer<ObjectNode> change) {
    List<String> keywords = errors(mutate(FULL, change)).stream().map(Error::getKeyword).toList();

    assertThat(keywords).contains(keyword);
  }

  private static Arguments variant(String label, Consumer<ObjectNode> change) {
    return Arguments.of(label, change);
  }

  private static Arguments broken(String keyword, String label, Consumer<ObjectNode> change) {
    return Arguments.of(keyword, label, change);
  }

  private static ObjectNode object(ObjectNode parent, String name) {
    return (ObjectNode) parent.get(name);
  }

  private static ObjectNode item(ObjectNode parent, String arrayName) {
    return (ObjectNode) parent.get(arrayName).get(0);
  }

  /** The payload after {@code change}, as JSON text, so that networknt parses it like any input. */
  private static String mutate(String payload, Consumer<ObjectNode> change) {
    ObjectNode tree = (ObjectNode) Networknt.JSON.readTree(payload);
    change.accept(tree);
    return Networknt.JSON.writeValueAsString(tree);
  }

  private static List<Error> errors(String payload) {
    return schema.validate(payload, InputFormat.JSON);
  }
}
