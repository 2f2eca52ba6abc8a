package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.SharedCollector;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** POST /v1/batch: valid items stored, rejected ones listed and kept, limits on size and count. */
class BatchTest {
  @RegisterExtension static final SharedCollector collector = new SharedCollector();

  @Test
  void validItemsAreStoredAndRejectedOnesListedWith200() {
    String good = UUID.randomUUID().toString();
    HttpResponse<String> response = collector.post("/v1/batch", """
        {"context": {"page": {"url": "https://app.example.com/"}, "library": {"name": "batch-lib"}},
         "batch": [
          {"type": "track", "event": "Logged In", "messageId": "%s", "userId": "u-1",
           "properties": {"type": "sso"}},
          {"type": "track", "event": "Logged In", "messageId": "bad-1", "userId": "u-1",
           "properties": {"type": "telepathy"}},
          {"type": "identify", "messageId": "i-1", "userId": "u-1", "traits": {"email": "a@example.com"}},
          {"type": "video", "messageId": "v-1", "name": "Home"},
          "not an object",
          {"type": "track", "event": "No Such Event", "messageId": "bad-2"}
         ]}""".formatted(good));

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = collector.json(response);
    assertThat(body.get("received").asInt()).isEqualTo(6);
    assertThat(body.get("stored").asInt()).isEqualTo(2);
    JsonNode rejected = body.get("rejected");
    assertThat(rejected.size()).isEqualTo(4);
    assertThat(rejected.get(0).get("index").asInt()).isEqualTo(1);
    assertThat(rejected.get(0).get("messageId").asString()).isEqualTo("bad-1");
    assertThat(rejected.get(0).get("violations").get(0).get("rule").asString()).isEqualTo("enum");
    assertThat(rejected.get(1).get("index").asInt()).isEqualTo(3);
    assertThat(rejected.get(1).get("violations").get(0).get("rule").asString()).isEqualTo("unsupportedType");
    assertThat(rejected.get(2).get("index").asInt()).isEqualTo(4);
    assertThat(rejected.get(3).get("violations").get(0).get("rule").asString()).isEqualTo("unknownEvent");

    Map<String, Object> event = collector.sql().one("SELECT * FROM events");
    assertThat(event.get("event_id")).isEqualTo(UUID.fromString(good));
    assertThat(event.get("url")).as("batch context merged").isEqualTo("https://app.example.com/");
    assertThat(event.get("context").toString()).contains("batch-lib");
    assertThat(collector.sql().count("logged_in")).isEqualTo(1);
    assertThat(collector.sql().count("people")).isEqualTo(1);
    assertThat(collector.sql().rows("SELECT payload, event_name FROM rejected_events ORDER BY id"))
        .extracting(row -> row.get("payload").toString())
        .satisfiesExactly(
            p -> assertThat(p).contains("\"messageId\":\"bad-1\"").contains("batch-lib"),
            p -> assertThat(p).contains("\"messageId\":\"v-1\""),
            p -> assertThat(p).isEqualTo("\"not an object\""),
            p -> assertThat(p).contains("\"messageId\":\"bad-2\""));
  }

  @Test
  void anItemsOwnContextWinsOverTheBatchContext() {
    collector.post("/v1/batch", """
        {"context": {"page": {"url": "https://app.example.com/batch"}},
         "batch": [{"type": "track", "event": "Logged In", "userId": "u-1", "properties": {"type": "sso"},
                    "context": {"page": {"url": "https://app.example.com/own"}}}]}""");

    assertThat(collector.sql().one("SELECT url FROM logged_in").get("url")).isEqualTo("https://app.example.com/own");
  }

  @Test
  void theSameMessageTwiceInOneBatchOrAcrossBatchesIsStoredOnce() {
    String id = UUID.randomUUID().toString();
    String item = """
        {"type": "track", "event": "Logged In", "messageId": "%s", "userId": "u-1",
         "properties": {"type": "sso"}, "context": {"page": {"url": "https://app.example.com/"}}}"""
        .formatted(id);
    String batch = "{\"batch\": [" + item + "," + item + "]}";

    assertThat(collector.post("/v1/batch", batch).statusCode()).isEqualTo(200);
    assertThat(collector.post("/v1/batch", batch).statusCode()).isEqualTo(200);

    assertThat(collector.sql().count("events")).isEqualTo(1);
    assertThat(collector.sql().count("logged_in")).isEqualTo(1);
  }

  @Test
  void oneUserIdentifiedTwiceInOneBatchKeepsBothCallsTraits() {
    HttpResponse<String> response = collector.post("/v1/batch", """
        {"batch": [
          {"type": "identify", "userId": "u-2", "timestamp": "2026-01-01T00:00:00Z",
           "traits": {"email": "x@example.com", "name": "X"}},
          {"type": "identify", "userId": "u-2", "timestamp": "2026-01-02T00:00:00Z",
           "traits": {"email": "y@example.com"}}]}""");

    assertThat(collector.json(response).get("stored").asInt()).isEqualTo(2);
    Map<String, Object> person = collector.sql().one("SELECT email, name FROM people");
    assertThat(person).containsEntry("email", "y@example.com").containsEntry("name", "X");
  }

  @Test
  void moreThan2500ItemsIs400AndTheBodyIsKeptAsOneRejection() {
    StringBuilder batch = new StringBuilder("{\"batch\": [");
    for (int i = 0; i < 2501; i++) {
      batch.append(i == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"Logged Out\",\"userId\":\"u\"}");
    }
    batch.append("]}");

    HttpResponse<String> response = collector.post("/v1/batch", batch.toString());

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(collector.json(response).get("error").get("code").asString()).isEqualTo("too_many_items");
    assertThat(collector.sql().count("events")).isZero();
    assertThat(collector.sql().one("SELECT reasons FROM rejected_events").get("reasons").toString())
        .contains("\"rule\": \"maxItems\"");
  }

  @Test
  void exactly2500ItemsAreAccepted() {
    StringBuilder batch = new StringBuilder("{\"batch\": [");
    for (int i = 0; i < 2500; i++) {
      batch.append(i == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"Logged Out\",\"userId\":\"u\"}");
    }
    batch.append("]}");

    HttpResponse<String> response = collector.post("/v1/batch", batch.toString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(collector.sql().count("events")).isEqualTo(2500);
    assertThat(collector.sql().count("logged_out")).isEqualTo(2500);
  }

  @Test
  void aBatchOver500KbIs413AndStoresNothing() {
    String padding = "x".repeat(20_000);
    StringBuilder batch = new StringBuilder("{\"batch\": [");
    for (int i = 0; i < 26; i++) {
      batch.append(i == 0 ? "" : ",").append("{\"type\":\"track\",\"event\":\"Logged Out\",\"userId\":\"u\","
          + "\"properties\":{\"pad\":\"" + padding + "\"}}");
    }
    batch.append("]}");

    HttpResponse<String> response = collector.post("/v1/batch", batch.toString());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(collector.json(response).get("error").get("code").asString()).isEqualTo("payload_too_large");
    assertThat(collector.sql().count("events") + collector.sql().count("rejected_events")).isZero();
  }

  @Test
  void anItemOver32KbIs413AndStoresNothing() {
    HttpResponse<String> response = collector.post("/v1/batch", """
        {"batch": [{"type":"track","event":"Logged Out","userId":"u"},
                   {"type":"track","event":"Logged Out","userId":"u","properties":{"pad":"%s"}}]}"""
        .formatted("x".repeat(33 * 1024)));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(collector.json(response).get("error").get("message").asString()).contains("item 1");
    assertThat(collector.sql().count("events") + collector.sql().count("rejected_events")).isZero();
  }

  @Test
  void aBodyWithoutABatchArrayIs400AndKept() {
    HttpResponse<String> response = collector.post("/v1/batch", "{\"batch\": {\"type\": \"track\"}}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(collector.json(response).get("error").get("code").asString()).isEqualTo("invalid_batch");
    assertThat(collector.sql().one("SELECT payload FROM rejected_events").get("payload"))
        .isEqualTo("{\"batch\":{\"type\":\"track\"}}");
  }
}
