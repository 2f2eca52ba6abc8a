package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.SharedCollector;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** POST /v1/track over HTTP: what is answered, and what is in the warehouse afterwards. */
class TrackTest {
  @RegisterExtension static final SharedCollector collector = new SharedCollector();

  static String loggedIn(String messageId, String type) {
    return """
        {"type": "track", "event": "Logged In", "messageId": "%s", "userId": "u-1", "anonymousId": "anon-9",
         "timestamp": "2026-03-01T10:15:30.123Z", "sentAt": "2026-03-01T10:15:31Z",
         "properties": {"type": "%s"},
         "context": {"page": {"url": "https://app.example.com/login"}, "library": {"name": "test"}}}
        """.formatted(messageId, type);
  }

  @Test
  void validEventIsAnswered200AndStoredInEventsAndItsTypedTable() {
    String id = UUID.randomUUID().toString();

    HttpResponse<String> response = collector.post("/v1/track", loggedIn(id, "password"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(collector.json(response).get("success").asBoolean()).isTrue();
    Map<String, Object> event = collector.sql().one("SELECT * FROM events");
    assertThat(event.get("event_id")).isEqualTo(UUID.fromString(id));
    assertThat(event.get("event_name")).isEqualTo("Logged In");
    assertThat(event.get("user_id")).isEqualTo("u-1");
    assertThat(event.get("anonymous_id")).isEqualTo("anon-9");
    assertThat(event.get("url")).isEqualTo("https://app.example.com/login");
    assertThat(event.get("timestamp")).isEqualTo(Instant.parse("2026-03-01T10:15:30.123Z"));
    assertThat(event.get("event_version")).isEqualTo(1);
    assertThat(event.get("plan_version")).isEqualTo(5);
    assertThat(event.get("properties").toString()).contains("\"type\": \"password\"").contains("\"event_id\"");
    assertThat(event.get("context").toString()).contains("\"library\"");
    Map<String, Object> typed = collector.sql().one("SELECT * FROM logged_in");
    assertThat(typed.get("_event_id")).isEqualTo(UUID.fromString(id));
    assertThat(typed.get("_anonymous_id")).isEqualTo("anon-9");
    assertThat(typed.get("_plan_version")).isEqualTo(5);
    assertThat(typed.get("_received_at")).isEqualTo(event.get("received_at"));
    assertThat(typed.get("event_id")).isEqualTo(UUID.fromString(id));
    assertThat(typed.get("timestamp")).isEqualTo(Instant.parse("2026-03-01T10:15:30.123Z"));
    assertThat(typed.get("user_id")).isEqualTo("u-1");
    assertThat(typed.get("url")).isEqualTo("https://app.example.com/login");
    assertThat(typed.get("type")).isEqualTo("password");
    assertThat(collector.sql().count("rejected_events")).isZero();
  }

  @Test
  void sameMessageIdTwiceStoresOneEvent() {
    String id = UUID.randomUUID().toString();

    assertThat(collector.post("/v1/track", loggedIn(id, "password")).statusCode()).isEqualTo(200);
    assertThat(collector.post("/v1/track", loggedIn(id, "password")).statusCode()).isEqualTo(200);

    assertThat(collector.sql().count("events")).isEqualTo(1);
    assertThat(collector.sql().count("logged_in")).isEqualTo(1);
  }

  @Test
  void nonUuidMessageIdsBecomeStableEventIds() {
    String body = loggedIn("node-next-1700000000000-abc", "sso");

    assertThat(collector.post("/v1/track", body).statusCode()).isEqualTo(200);
    assertThat(collector.post("/v1/track", body).statusCode()).isEqualTo(200);

    Map<String, Object> event = collector.sql().one("SELECT event_id FROM events");
    assertThat(((UUID) event.get("event_id")).version()).isEqualTo(5);
    assertThat(collector.sql().count("logged_in")).isEqualTo(1);
  }

  @Test
  void invalidEventIs400WithEveryViolationAndKeptInRejectedEvents() {
    String body = """
        {"event": "Logged In", "messageId": "m-1", "timestamp": "2026-03-01T10:15:30Z",
         "properties": {"type": "carrier_pigeon", "color": "red"},
         "context": {"page": {"url": "https://app.example.com/login"}}}
        """;

    HttpResponse<String> response = collector.post("/v1/track", body);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode error = collector.json(response).get("error");
    assertThat(error.get("code").asString()).isEqualTo("event_rejected");
    assertThat(error.get("event").asString()).isEqualTo("Logged In");
    assertThat(error.get("violations").toString())
        .contains("\"path\":\"/type\",\"rule\":\"enum\"")
        .contains("\"path\":\"/color\",\"rule\":\"additionalProperties\"")
        .contains("\"path\":\"/user_id\",\"rule\":\"required\"");
    assertThat(collector.sql().count("events")).isZero();
    assertThat(collector.sql().count("logged_in")).isZero();
    Map<String, Object> rejected = collector.sql().one("SELECT * FROM rejected_events");
    assertThat(rejected.get("event_name")).isEqualTo("Logged In");
    assertThat(rejected.get("plan_version")).isEqualTo(5);
    assertThat(rejected.get("source_ip").toString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1", "::1");
    assertThat(rejected.get("payload").toString()).contains("\"messageId\":\"m-1\"").contains("carrier_pigeon");
    assertThat(rejected.get("reasons").toString()).contains("\"rule\": \"enum\"").contains("additionalProperties")
        .contains("required");
  }

  @Test
  void unknownEventIs400AndKeptInRejectedEvents() {
    HttpResponse<String> response = collector.post("/v1/track", """
        {"event": "Moon Landed", "userId": "u-1", "properties": {}}""");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(collector.json(response).get("error").get("violations").get(0).get("rule").asString())
        .isEqualTo("unknownEvent");
    assertThat(collector.sql().count("events")).isZero();
    Map<String, Object> rejected = collector.sql().one("SELECT event_name, reasons FROM rejected_events");
    assertThat(rejected.get("event_name")).isEqualTo("Moon Landed");
    assertThat(rejected.get("reasons").toString()).contains("unknownEvent");
  }
}
