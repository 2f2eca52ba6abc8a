package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.SharedCollector;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/**
 * The calls beyond track, page, identify and group: screen (the plan event Screen Viewed), alias (a row of
 * aliases, and the reports counting a visitor's anonymous events for the user), identify's anonymousId,
 * and analytics-java's /v1/import.
 */
class SegmentCallsTest {
  @RegisterExtension static final SharedCollector collector = new SharedCollector();

  @Test
  void screenCallsAreTheScreenViewedEvent() {
    for (String path : List.of("/v1/screen", "/v1/s")) {
      HttpResponse<String> response = collector.post(path, """
          {"messageId": "%s", "userId": "u-1", "name": "Home", "category": "Main",
           "properties": {"orientation": "portrait"}}""".formatted("screen" + path));
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
    HttpResponse<String> wrong = collector.post("/v1/screen", """
        {"messageId": "screen-3", "userId": "u-1", "name": "Home", "properties": {"orientation": "upside down"}}""");

    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(collector.json(wrong).get("error").get("violations").get(0).get("rule").asString()).isEqualTo("enum");
    assertThat(collector.sql().rows("SELECT name, category, orientation, user_id FROM screen_viewed"))
        .containsOnly(Map.of("name", "Home", "category", "Main", "orientation", "portrait", "user_id", "u-1"))
        .hasSize(2);
    assertThat(collector.sql().rows("SELECT DISTINCT event_name FROM events")).containsExactly(
        Map.of("event_name", "Screen Viewed"));
  }

  @Test
  void aliasLinksThePreviousIdToTheUser() {
    HttpResponse<String> response = collector.post("/v1/alias", """
        {"type": "alias", "previousId": "anon-1", "userId": "u-1", "timestamp": "2026-03-01T10:00:00+05:00"}""");
    HttpResponse<String> oneLetter = collector.post("/v1/a", """
        {"previousId": "anon-2", "userId": "u-1"}""");
    HttpResponse<String> missing = collector.post("/v1/alias", """
        {"userId": "u-1"}""");

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(oneLetter.statusCode()).as(oneLetter.body()).isEqualTo(200);
    assertThat(collector.sql().rows("SELECT previous_id, user_id, \"timestamp\" FROM aliases WHERE previous_id = 'anon-1'"))
        .containsExactly(Map.of("previous_id", "anon-1", "user_id", "u-1",
            "timestamp", Instant.parse("2026-03-01T05:00:00Z")));
    assertThat(collector.sql().count("aliases")).isEqualTo(2);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(collector.json(missing).get("error").get("violations").get(0).get("path").asString())
        .isEqualTo("/previousId");
    assertThat(collector.sql().count("rejected_events")).isEqualTo(1);
    assertThat(collector.sql().count("events")).as("an alias is not an event").isZero();
  }

  @Test
  void theEarliestAliasOfAPreviousIdCountsWhateverTheOrderOfArrival() {
    String early = "{\"previousId\": \"%s\", \"userId\": \"u-early\", \"timestamp\": \"2026-03-01T10:00:00Z\"}";
    String late = "{\"previousId\": \"%s\", \"userId\": \"u-late\", \"timestamp\": \"2026-03-02T10:00:00Z\"}";
    assertThat(collector.post("/v1/alias", early.formatted("anon-a")).statusCode()).isEqualTo(200);
    assertThat(collector.post("/v1/alias", late.formatted("anon-a")).statusCode()).isEqualTo(200);
    assertThat(collector.post("/v1/alias", late.formatted("anon-b")).statusCode()).isEqualTo(200);
    assertThat(collector.post("/v1/alias", early.formatted("anon-b")).statusCode()).isEqualTo(200);
    // both in one transaction, in either order
    assertThat(collector.post("/v1/batch", "{\"batch\": [" + late.formatted("anon-c").replace("{", "{\"type\": \"alias\", ")
        + ", " + early.formatted("anon-c").replace("{", "{\"type\": \"alias\", ") + "]}").statusCode()).isEqualTo(200);

    assertThat(collector.sql().rows("SELECT previous_id, user_id FROM aliases ORDER BY previous_id")).containsExactly(
        Map.of("previous_id", "anon-a", "user_id", "u-early"), Map.of("previous_id", "anon-b", "user_id", "u-early"),
        Map.of("previous_id", "anon-c", "user_id", "u-early"));
  }

  @Test
  void identifyWithAnAnonymousIdLinksItAndTheReportsCountTheVisitorsEventsForTheUser() {
    assertThat(collector.post("/v1/page", """
        {"anonymousId": "visitor-9", "messageId": "p-1", "name": "Pricing", "timestamp": "2026-03-01T09:00:00Z"}""")
        .statusCode()).isEqualTo(200);
    assertThat(collector.post("/v1/page", """
        {"anonymousId": "visitor-9", "messageId": "p-2", "name": "Sign up", "timestamp": "2026-03-01T09:05:00Z"}""")
        .statusCode()).isEqualTo(200);
    assertThat(summary("u-9")).isEmpty();

    assertThat(collector.post("/v1/identify", """
        {"userId": "u-9", "anonymousId": "visitor-9", "timestamp": "2026-03-01T09:10:00Z",
         "traits": {"email": "nine@example.com"}}""").statusCode()).isEqualTo(200);
    assertThat(collector.post("/v1/track", """
        {"event": "Logged In", "userId": "u-9", "anonymousId": "visitor-9", "messageId": "l-1",
         "timestamp": "2026-03-01T09:11:00Z", "properties": {"type": "password", "url": "https://app.example.com/"}}""")
        .statusCode()).isEqualTo(200);

    assertThat(collector.sql().one("SELECT previous_id, user_id FROM aliases"))
        .isEqualTo(Map.of("previous_id", "visitor-9", "user_id", "u-9"));
    assertThat(summary("u-9")).containsExactly(
        Map.of("event_name", "Logged In", "event_count", 1L),
        Map.of("event_name", "Page Viewed", "event_count", 2L));
  }

  @Test
  void importIsABatchWithOrWithoutItsTrailingSlash() {
    for (String path : List.of("/v1/import/", "/v1/import")) {
      HttpResponse<String> response = collector.post(path, """
          {"batch": [
            {"type": "identify", "messageId": "i%1$s", "userId": "j-1", "traits": {"email": "j@example.com"}},
            {"type": "alias", "messageId": "a%1$s", "previousId": "j-0", "userId": "j-1"},
            {"type": "screen", "messageId": "s%1$s", "userId": "j-1", "name": "Home"},
            {"type": "track", "messageId": "t%1$s", "userId": "j-1", "event": "Logged In",
             "properties": {"type": "sso", "url": "https://app.example.com/"}}],
           "context": {"library": {"name": "analytics-java", "version": "3.5.4"}}, "sequence": 1,
           "sentAt": "2026-03-01T10:00:00Z", "writeKey": "%2$s"}""".formatted(path, RunningCollector.WRITE_KEY));
      assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
      JsonNode body = collector.json(response);
      assertThat(body.get("stored").asInt()).as(response.body()).isEqualTo(4);
    }
    assertThat(collector.sql().count("logged_in")).isEqualTo(2);
    assertThat(collector.sql().count("screen_viewed")).isEqualTo(2);
    assertThat(collector.sql().count("people")).isEqualTo(1);
    assertThat(collector.sql().count("aliases")).isEqualTo(1);
    assertThat(collector.sql().one("SELECT context FROM events WHERE event_name = 'Logged In' LIMIT 1")
        .get("context").toString()).contains("analytics-java");
    String metrics = collector.get("/metrics").body();
    assertThat(metrics).contains("route=\"/v1/import\"").contains("type=\"alias\"").contains("type=\"screen\"");
  }

  private static List<Map<String, Object>> summary(String user) {
    return collector.sql().rows("SELECT event_name, event_count FROM reporting.user_event_summary WHERE user_id = ?"
        + " ORDER BY event_name", user);
  }
}
