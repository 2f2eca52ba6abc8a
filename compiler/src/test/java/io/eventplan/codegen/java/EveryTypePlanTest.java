package io.eventplan.codegen.java;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/** Every type, constraint and awkward name: the generated code compiles, reads values and reports each rule. */
class EveryTypePlanTest {
  private static final String ORDER = "OrderCompletedV2Validator";
  private static final String REQUIRED =
      "\"event_id\":\"123e4567-e89b-12d3-a456-426614174000\",\"class\":\"abc\",\"default\":7,\"enum\":\"c d\"";
  private static GeneratedCode code;

  @BeforeAll
  static void emit() {
    code = GeneratedCode.of(GeneratedCode.load(EveryTypePlan.YAML));
  }

  private static GeneratedCode.Outcome order(String members) {
    return code.validate(ORDER, "{" + REQUIRED + (members.isEmpty() ? "" : "," + members) + "}");
  }

  @Test
  void namesAreSafeJavaIdentifiers() {
    assertThat(componentNames("OrderCompletedV2"))
        .containsExactly(
            "eventId", "class_", "default_", "public_", "enum_", "café", "zähler", "ratio", "happenedAt", "day",
            "ref", "page", "contact", "emoji", "tags", "counts", "lines", "address", "oldField", "toString_");
    assertThat(componentNames("Violation_")).containsExactly("eventId", "token", "path");
    assertThat(code.type("OrderCompletedV2$Enum_").getEnumConstants())
        .extracting(Object::toString)
        .containsExactly("A", "B", "C_D", "C_D_");
    assertThat(code.type("OrderCompletedV2$Address$String_").isEnum()).isTrue();
    assertThat(code.type("LegacyThingSent").isAnnotationPresent(Deprecated.class)).isTrue();
    assertThat(code.source("OrderCompletedV2")).contains("@Deprecated\n  public String oldField()");
    assertThat(code.source("OrderCompletedV2"))
        .contains("Id; see *&#47; and &#92;u0041 and &lt;b&gt; &amp; &#64;param");
  }

  @Test
  void validEventGivesTypedValues() {
    GeneratedCode.Outcome outcome =
        order(
            "\"public\":99.5,\"café\":true,\"zähler\":2.0,\"ratio\":1.5,\"happened_at\":\"2016-12-31T23:59:59Z\","
                + "\"day\":\"2024-02-29\",\"ref\":\"00000000-0000-0000-0000-00000000000A\","
                + "\"page\":\"https://example.com/x\",\"contact\":\"ada@example.com\",\"emoji\":\"😀😀\","
                + "\"tags\":[\"y\",\"x\"],\"counts\":[0,1e2],\"lines\":[{\"qty\":2,\"sku\":\"s1\"}],"
                + "\"address\":{\"city\":\"Zürich\",\"string\":\"s\",\"geo\":{\"lat\":47.4,\"lon\":-8}},"
                + "\"old_field\":\"o\",\"to_string\":\"t\"");
    assertThat(outcome.problems()).isEmpty();
    Object order = outcome.value();
    assertThat(GeneratedCode.get(order, "class_")).isEqualTo("abc");
    assertThat(GeneratedCode.get(order, "default_")).isEqualTo(7L);
    assertThat(GeneratedCode.get(order, "public_")).isEqualTo(99.5);
    assertThat(GeneratedCode.get(order, "enum_")).hasToString("C_D");
    assertThat(GeneratedCode.get(order, "café")).isEqualTo(true);
    assertThat(GeneratedCode.get(order, "zähler")).isEqualTo(2L);
    assertThat(GeneratedCode.get(order, "happenedAt")).isEqualTo(Instant.parse("2016-12-31T23:59:59Z"));
    assertThat(GeneratedCode.get(order, "day")).isEqualTo(LocalDate.of(2024, 2, 29));
    assertThat(GeneratedCode.get(order, "ref")).isEqualTo(UUID.fromString("00000000-0000-0000-0000-00000000000a"));
    assertThat(GeneratedCode.get(order, "page")).isEqualTo(URI.create("https://example.com/x"));
    assertThat(GeneratedCode.get(order, "contact")).isEqualTo("ada@example.com");
    assertThat((List<?>) GeneratedCode.get(order, "tags")).extracting(Object::toString).containsExactly("Y", "X");
    assertThat(GeneratedCode.get(order, "counts")).isEqualTo(List.of(0L, 100L));
    Object line = ((List<?>) GeneratedCode.get(order, "lines")).get(0);
    assertThat(GeneratedCode.get(line, "sku")).isEqualTo("s1");
    assertThat(GeneratedCode.get(line, "qty")).isEqualTo(2L);
    Object geo = GeneratedCode.get(GeneratedCode.get(order, "address"), "geo");
    assertThat(GeneratedCode.get(geo, "lon")).isEqualTo(-8.0);
    assertThat(GeneratedCode.get(order, "toString_")).isEqualTo("t");
    assertThat(order.toString()).startsWith("OrderCompletedV2[eventId=123e4567");
  }

  @Test
  void optionalPropertiesAreNullWhenAbsent() {
    GeneratedCode.Outcome outcome = order("");
    assertThat(outcome.problems()).isEmpty();
    assertThat(GeneratedCode.get(outcome.value(), "public_")).isNull();
    assertThat(GeneratedCode.get(outcome.value(), "tags")).isNull();
    assertThat(GeneratedCode.get(outcome.value(), "address")).isNull();
  }

  @Test
  void eachBrokenRuleIsReportedWithItsPathAndRule() {
    assertRule("{\"class\":\"abc\",\"default\":7,\"enum\":\"a\"}", "/event_id required");
    assertRule(order("\"public\":\"1\"").problems(), "/public type");
    assertRule(order("\"public\":null").problems(), "/public type");
    assertRule(order("\"café\":1").problems(), "/café type");
    assertRule(order("\"zähler\":1.5").problems(), "/zähler type");
    assertRule(order("\"zähler\":4").problems(), "/zähler enum");
    assertRule(order("\"ratio\":1").problems(), "/ratio enum");
    assertRule(order("\"public\":-0.5").problems(), "/public minimum");
    assertRule(order("\"public\":100").problems(), "/public maximum");
    assertRule(order("\"ratio\":1e400").problems(), "/ratio maximum", "/ratio enum");
    assertRule(order("\"ratio\":-1e400").problems(), "/ratio minimum", "/ratio enum");
    assertRule(order("\"zähler\":9223372036854775808").problems(), "/zähler maximum");
    assertRule(order("\"zähler\":-9223372036854775809").problems(), "/zähler minimum");
    assertRule(order("\"happened_at\":\"2024-01-31\"").problems(), "/happened_at format");
    assertRule(order("\"happened_at\":\"2016-12-31T23:59:60Z\"").problems(), "/happened_at format"); // no leap seconds
    assertRule(order("\"day\":\"2023-02-29\"").problems(), "/day format");
    assertRule(order("\"ref\":\"not-a-uuid\"").problems(), "/ref format");
    assertRule(order("\"page\":\"relative/path\"").problems(), "/page format", "/page pattern");
    assertRule(order("\"page\":\"http://example.com\"").problems(), "/page pattern");
    assertRule(order("\"page\":\"https://example.com/aaaaaaaaaaaaaaaaaaaaaaaaa\"").problems(), "/page maxLength");
    assertRule(order("\"contact\":\"a@b\"").problems(), "/contact minLength");
    assertRule(order("\"contact\":\"ada@[127.0.0.1]\"").problems(), "/contact format");
    assertRule(order("\"emoji\":\"😀\"").problems(), "/emoji minLength");
    assertRule(order("\"emoji\":\"😀😀😀\"").problems(), "/emoji maxLength");
    assertRule(order("\"tags\":[]").problems(), "/tags minItems");
    assertRule(order("\"tags\":[\"x\",\"x\",\"y\",\"y\"]").problems(), "/tags maxItems");
    assertRule(order("\"tags\":[\"x\",\"q\"]").problems(), "/tags/1 enum");
    assertRule(order("\"tags\":\"x\"").problems(), "/tags type");
    assertRule(order("\"counts\":[1,-1]").problems(), "/counts/1 minimum");
    assertRule(order("\"lines\":[{\"sku\":\"a\",\"qty\":1},{\"qty\":0}]").problems(), "/lines/1/qty minimum", "/lines/1/sku required");
    assertRule(order("\"address\":{\"city\":\"x\",\"zip\":1}").problems(), "/address/zip additionalProperties");
    assertRule(order("\"address\":{\"city\":\"x\",\"geo\":{\"lat\":1}}").problems(), "/address/geo/lon required");
    assertRule(order("\"address\":[]").problems(), "/address type");
    assertRule(order("\"extra\":{\"deep\":[1,2]},\"a/b~\":1").problems(), "/extra additionalProperties", "/a~1b~0 additionalProperties");
    assertRule(order("\"class\":\"xyz\"").problems(), "/class syntax");
  }

  @Test
  void stringRulesCountCodePointsAndFindPatternsAnywhere() {
    assertRule("{\"event_id\":\"123e4567-e89b-12d3-a456-426614174000\",\"class\":\"A\",\"default\":7,\"enum\":\"a\"}",
        "/class pattern", "/class minLength");
    assertThat(order("\"page\":\"https://ex.com/\",\"emoji\":\"ab\"").problems()).isEmpty();
  }

  @Test
  void integersAcceptIntegralFloatsAndRejectOthers() {
    assertThat(order("\"zähler\":3.0").problems()).isEmpty();
    assertThat(order("\"zähler\":1e0").problems()).isEmpty();
    assertRule(order("\"zähler\":\"1\"").problems(), "/zähler type");
    assertThat(withDefault("1.0e2")).isEmpty();
    assertRule(withDefault("101"), "/default maximum");
    assertRule(withDefault("0"), "/default minimum");
    assertRule(withDefault("1e19"), "/default maximum");
    assertRule(withDefault("-1e400"), "/default minimum");
    assertRule(withDefault("100.5"), "/default type");
  }

  @Test
  void everyViolationIsReportedAtOnce() {
    GeneratedCode.Outcome outcome =
        code.validate(
            ORDER,
            "{\"class\":\"ABCDEFG\",\"default\":null,\"enum\":\"z\",\"day\":\"x\",\"tags\":[1],\"extra\":true}");
    assertThat(outcome.value()).isNull();
    assertThat(outcome.briefs())
        .containsExactly(
            "/class pattern", "/class maxLength", "/default type", "/enum enum", "/day format", "/tags/0 type",
            "/extra additionalProperties", "/event_id required");
  }

  @Test
  void malformedOrNonObjectJsonIsASyntaxViolation() {
    assertRule("{\"event_id\":", " syntax");
    assertRule("[1,2]", " syntax");
    assertRule("", " syntax");
    assertRule("null", " syntax");
    assertRule("{\"event_id\":\"123e4567-e89b-12d3-a456-426614174000\",\"class\":\"abc\",\"default\":7,\"enum\":\"a\"} {}", " syntax");
    assertThat(code.validate(ORDER, "{\"class\":\"abc\"").problems()).extracting(GeneratedCode.Problem::rule).contains("syntax");
  }

  @Test
  void readsEventsOneAfterTheOtherFromAParser() {
    String first = "{" + REQUIRED + "}";
    String second = "{\"class\":\"abc\",\"default\":7,\"enum\":\"a\",\"ratio\":[1]}";
    try (JsonParser parser =
        new JsonFactory().createParser(ObjectReadContext.empty(), (first + "\n" + second).getBytes(StandardCharsets.UTF_8))) {
      Object validator = code.newInstance(ORDER);
      Object valid = GeneratedCode.call(validator, "validate", new Class<?>[] {JsonParser.class}, parser);
      assertThat(GeneratedCode.get(valid, "isValid")).isEqualTo(true);
      Object invalid = GeneratedCode.call(validator, "validate", new Class<?>[] {JsonParser.class}, parser);
      assertThat((List<?>) GeneratedCode.get(invalid, "violations"))
          .extracting(v -> GeneratedCode.get(v, "path") + " " + GeneratedCode.get(v, "rule"))
          .containsExactly("/ratio type", "/event_id required");
      assertThat(parser.nextToken()).isNull();
    }
  }

  @Test
  void traitsAndRegistry() {
    assertThat(code.validate("PeopleTraitsValidator", "{\"email\":\"ada@example.com\"}").problems()).isEmpty();
    assertRule(code.validate("CompanyTraitsValidator", "{}").problems(), "/name required");
    Object registry = code.newInstance("EventRegistry");
    assertThat(GeneratedCode.get(registry, "planName")).isEqualTo("Every Type");
    assertThat(GeneratedCode.get(registry, "planVersion")).isEqualTo(3);
    assertThat(((java.util.Map<?, ?>) GeneratedCode.get(registry, "validators")).keySet()).extracting(Object::toString)
        .containsExactly("Order Completed", "Violation", "Legacy Thing Sent");
    Object validator = GeneratedCode.call(registry, "validator", new Class<?>[] {String.class}, "Violation");
    Object found = ((java.util.Optional<?>) validator).orElseThrow();
    assertThat(GeneratedCode.get(found, "eventName")).isEqualTo("Violation");
    assertThat(GeneratedCode.call(registry, "validator", new Class<?>[] {String.class}, "violation"))
        .isEqualTo(java.util.Optional.empty());
    assertThat(GeneratedCode.get(GeneratedCode.get(registry, "people"), "eventName")).isEqualTo("people");
    assertThat(GeneratedCode.get(GeneratedCode.get(registry, "companies"), "eventName")).isEqualTo("companies");
  }

  private static List<GeneratedCode.Problem> withDefault(String number) {
    return code.validate(ORDER, "{" + REQUIRED.replace("\"default\":7", "\"default\":" + number) + "}").problems();
  }

  private static List<String> componentNames(String record) {
    return Arrays.stream(code.type(record).getRecordComponents()).map(RecordComponent::getName).toList();
  }

  private static void assertRule(String json, String... expected) {
    assertRule(code.validate(ORDER, json).problems(), expected);
  }

  private static void assertRule(List<GeneratedCode.Problem> problems, String... expected) {
    assertThat(problems).extracting(GeneratedCode.Problem::brief).containsExactly(expected);
  }
}
