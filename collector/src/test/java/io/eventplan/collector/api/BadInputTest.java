package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * Hostile and broken bodies: each gets a clear JSON error with a stable code (never a 500), and
 * nothing is stored except the body itself in rejected_events; SQL and HTML in every string field
 * are stored verbatim and never run, and error answers escape them.
 */
class BadInputTest {
  private static final String SQL = "'); DROP TABLE events; --";
  private static final String SCRIPT = "<script>alert(1)</script>";
  private static RunningCollector collector;

  @BeforeAll
  static void start() {
    collector = RunningCollector.start();
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  @AfterEach
  void clear() {
    collector.sql().clear();
  }

  static Stream<Arguments> wrongTypes() {
    List<String> fields = List.of("event", "userId", "anonymousId", "messageId", "timestamp", "properties",
        "context");
    List<String> values = List.of("42", "1.5", "true", "null", "[\"x\"]", "{\"a\": 1}", "\"\"");
    return fields.stream().flatMap(field -> values.stream().map(value -> Arguments.of(field, value)));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("wrongTypes")
  void aWrongTypeInAnyFieldIsRefusedClearlyOrStored(String field, String value) {
    Map<String, String> message = new java.util.LinkedHashMap<>(Map.of("event", "\"Logged Out\"",
        "userId", "\"u-1\"", "messageId", "\"m-1\"", "properties", "{\"reason\": \"manual\"}"));
    message.put(field, value);
    StringBuilder body = new StringBuilder("{");
    message.forEach((k, v) -> body.append(body.length() > 1 ? ", " : "").append('"').append(k).append("\": ").append(v));
    HttpResponse<String> answer = collector.post("/v1/track", body.append('}').toString());

    assertThat(answer.statusCode()).as(answer.body()).isIn(200, 400);
    long events = collector.sql().count("events");
    long rejected = collector.sql().count("rejected_events");
    if (answer.statusCode() == 200) {
      assertThat(events).isEqualTo(1);
      assertThat(rejected).isZero();
    } else {
      assertThat(code(answer)).isEqualTo("event_rejected");
      assertThat(collector.json(answer).get("error").get("violations").size()).isPositive();
      assertThat(events).isZero();
      assertThat(rejected).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"event\": Infinity}", "{\"event\": -Infinity}", "{\"event\": NaN}",
      "{\"properties\": {\"a\": 1, \"a\": 2}}", "{\"event\": \"Logged Out\"}}", "{\"event\": 'single'}",
      "{event: \"x\"}", "{\"event\": \"Logged Out\",}", "{\"event\": \"Logged Out\"", "\"just a string\"", "null",
      "{\"event\": \"Logged Out\"} {\"event\": \"Logged Out\"}", "\u0000", "{\"event\": \"a\u0000b\"}"})
  void malformedJsonIs400AndKeptInRejectedEvents(String body) {
    HttpResponse<String> answer = collector.post("/v1/track", body);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
    assertThat(code(answer)).isEqualTo("malformed_json");
    assertThat(collector.sql().count("events")).isZero();
    assertThat(collector.sql().count("rejected_events")).isEqualTo(1);
  }

  @Test
  void tenThousandLevelsOfNestingAreRefusedCheaply() {
    String deep = "{\"event\": \"Logged Out\", \"userId\": \"u\", \"properties\": "
        + "{\"a\": ".repeat(10_000) + "1" + "}".repeat(10_000) + "}";
    long start = System.nanoTime();
    HttpResponse<String> answer = collector.post("/v1/track", deep.substring(0, Math.min(deep.length(), 32_000)));
    HttpResponse<String> batch = collector.post("/v1/batch", "{\"batch\": [" + "[".repeat(10_000) + "]".repeat(10_000)
        + "]}");

    assertThat(code(answer)).isEqualTo("malformed_json");
    assertThat(code(batch)).isEqualTo("malformed_json");
    assertThat(answer.body()).contains("nesting");
    assertThat(System.nanoTime() - start).isLessThan(5_000_000_000L);
    assertThat(collector.sql().count("events")).isZero();
  }

  @Test
  void aNulCharacterInAStringIsRefusedClearlyNotA500() {
    HttpResponse<String> escaped = collector.post("/v1/track",
        "{\"event\": \"Logged Out\", \"userId\": \"u\\u0000x\", \"messageId\": \"m\\u0000\"}");
    HttpResponse<String> inProperties = collector.post("/v1/track",
        "{\"event\": \"Order Placed\", \"userId\": \"u\", \"properties\": {\"order\": \"O-1\", \"tags\": [\"a\\u0000\"]}}");
    HttpResponse<String> inTraits = collector.post("/v1/identify",
        "{\"userId\": \"u\", \"traits\": {\"email\": \"a@example.com\", \"name\": \"A\\u0000\"}}");

    for (HttpResponse<String> answer : List.of(escaped, inProperties, inTraits)) {
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
      assertThat(code(answer)).isEqualTo("event_rejected");
      assertThat(answer.body()).contains("\\\\u0000").contains("PostgreSQL cannot store");
    }
    assertThat(collector.sql().count("events")).isZero();
    assertThat(collector.sql().count("people")).isZero();
    assertThat(collector.sql().rows("SELECT payload::text AS p FROM rejected_events")).hasSize(3)
        .allSatisfy(row -> assertThat(row.get("p").toString()).contains("\\u0000"));
  }

  @Test
  void hugeNumbersAndStringsAreJudgedNotCrashedOn() {
    String[] properties = {"\"quantity\": 123456789012345678901234567890", "\"total\": 1e400",
        "\"total\": -1e-400", "\"quantity\": 1.0e2", "\"tags\": [\"" + "x".repeat(30_000) + "\"]"};
    for (String property : properties) {
      HttpResponse<String> answer = collector.post("/v1/track", "{\"event\": \"Order Placed\", \"userId\": \"u\", "
          + "\"properties\": {\"order\": \"O-1\", " + property + "}}");
      assertThat(answer.statusCode()).as(property + ": " + answer.body()).isIn(200, 400);
      if (answer.statusCode() == 400) {
        assertThat(code(answer)).isEqualTo("event_rejected");
      }
    }
    HttpResponse<String> hugeUser = collector.post("/v1/track",
        "{\"event\": \"Logged Out\", \"userId\": \"" + "u".repeat(32_000) + "\"}");
    assertThat(hugeUser.statusCode()).as(hugeUser.body()).isIn(200, 400, 413);
    assertThat(collector.sql().count("events") + collector.sql().count("rejected_events")).isEqualTo(6);
  }

  @Test
  void unknownEventsAreRefusedWithUnknownEvent() {
    HttpResponse<String> answer = collector.post("/v1/track", "{\"event\": \"Never Heard Of\", \"userId\": \"u\"}");

    assertThat(code(answer)).isEqualTo("event_rejected");
    assertThat(answer.body()).contains("unknownEvent");
    assertThat(collector.sql().count("rejected_events")).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {SQL, SCRIPT, "\\\\'\\\"`$(reboot)", "Robert'); DELETE FROM people;--", "😀 ünïcödé ∑"})
  void hostileTextInEveryStringFieldIsStoredVerbatim(String text) {
    String json = quote(text);
    String body = "{\"event\": \"Order Placed\", \"userId\": " + json + ", \"anonymousId\": " + json
        + ", \"messageId\": " + json + ", \"context\": {\"page\": {\"url\": \"https://x.example/\"}, \"note\": " + json
        + "}, \"properties\": {\"order\": \"O-1\", \"tags\": [" + json + "], \"shipping\": {\"city\": " + json + "}}}";
    collector.sql().clear();
    HttpResponse<String> answer = collector.post("/v1/track", body);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    Map<String, Object> row = collector.sql().one("SELECT e.user_id, e.anonymous_id, e.context->>'note' AS note, "
        + "o.tags->>0 AS tag, o.shipping->>'city' AS city FROM events e JOIN order_placed o ON o._event_id = e.event_id");
    assertThat(row.values()).allSatisfy(value -> assertThat(value).isEqualTo(text));
    assertThat(collector.sql().count("events")).isEqualTo(1);
  }

  @ParameterizedTest
  @ValueSource(strings = {SQL, SCRIPT})
  void hostileTextIsNeverReflectedUnescapedInErrors(String text) {
    String json = quote(text);
    List<HttpResponse<String>> answers = List.of(
        collector.post("/v1/track", "{\"event\": " + json + ", \"userId\": " + json + "}"),
        collector.post("/v1/track", "{\"event\": \"Logged Out\", \"userId\": \"u\", \"properties\": {\"reason\": "
            + json + "}, \"messageId\": " + json + "}"),
        collector.post("/v1/batch", "{\"batch\": [{\"type\": " + json + "}]}"),
        collector.post("/v1/track", "{\"event\": " + json));
    for (HttpResponse<String> answer : answers) {
      assertThat(answer.statusCode()).isIn(200, 400);
      assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(
          "application/json"));
      assertThat(answer.body()).doesNotContain("<").doesNotContain(">").doesNotContain("'");
    }
    assertThat(collector.sql().count("events")).isZero();
  }

  private static String quote(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static String code(HttpResponse<String> answer) {
    JsonNode error = collector.json(answer).get("error");
    return error == null ? "(no error: " + answer.statusCode() + ")" : error.get("code").asString();
  }
}
