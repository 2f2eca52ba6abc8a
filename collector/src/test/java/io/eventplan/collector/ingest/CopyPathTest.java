package io.eventplan.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The writer's two ways in: a new event goes in by COPY; a group holding an event stored before
 * makes COPY fail and is written again with idempotent INSERTs. Both must store the very same
 * values, for every type and for text that COPY's format must escape.
 */
class CopyPathTest {
  private static final String AWKWARD = "tab\there, line\nbreak, cr\r, back\\slash \\N, quote ' \" and ü €";
  private static RunningCollector collector;

  @BeforeAll
  static void start() {
    collector = RunningCollector.start();
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  @Test
  void copyAndInsertStoreTheSameValuesForEveryType() {
    String copied = UUID.randomUUID().toString();
    assertThat(collector.post("/v1/track", order(copied)).statusCode()).isEqualTo(200);

    // a batch repeating the stored event: COPY meets the repeated id, the group is written with INSERTs
    String inserted = UUID.randomUUID().toString();
    HttpResponse<String> batch = collector.post("/v1/batch",
        "{\"batch\": [" + order(copied) + ", " + order(inserted) + "]}");
    assertThat(batch.statusCode()).isEqualTo(200);
    assertThat(batch.body()).doesNotContain("\"rejected\":[{");

    assertThat(collector.sql().count("events")).isEqualTo(2);
    assertThat(collector.sql().count("rejected_events")).isZero();
    Map<String, Object> viaCopy = typedRow(copied);
    Map<String, Object> viaInsert = typedRow(inserted);
    assertThat(viaCopy.get("order")).isEqualTo("O-" + AWKWARD.length());
    assertThat(viaCopy.get("tags")).isEqualTo(viaInsert.get("tags"));
    viaCopy.remove("_event_id");
    viaCopy.remove("event_id");
    viaCopy.remove("_received_at");
    viaInsert.remove("_event_id");
    viaInsert.remove("event_id");
    viaInsert.remove("_received_at");
    assertThat(viaCopy).isEqualTo(viaInsert);
    assertThat(viaCopy.get("shipping").toString()).contains("\\t").contains("\\\\N");
    assertThat(viaCopy.get("timestamp").toString()).isEqualTo("2024-01-30T19:30:00.123456Z");

    Map<String, Object> eventsRow = collector.sql().one(
        "SELECT to_char(\"timestamp\" AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') AS at, properties::text AS p "
            + "FROM events WHERE event_id = CAST(? AS uuid)", copied);
    assertThat(eventsRow.get("at")).isEqualTo("2024-01-30 19:30:00.123456");
    assertThat(eventsRow.get("p").toString()).contains("back\\\\slash");
  }

  private static Map<String, Object> typedRow(String eventId) {
    return collector.sql().one("SELECT *, \"timestamp\" AT TIME ZONE 'UTC' || 'Z' AS utc FROM order_placed "
        + "WHERE _event_id = CAST(? AS uuid)", eventId);
  }

  /** An Order Placed event with every type; its timestamp's offset is beyond what PostgreSQL reads. */
  private static String order(String messageId) {
    String awkward = AWKWARD.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t")
        .replace("\n", "\\n").replace("\r", "\\r");
    return "{\"type\": \"track\", \"event\": \"Order Placed\", \"userId\": \"u-1\", \"messageId\": \"" + messageId
        + "\", \"timestamp\": \"2024-01-31T12:00:00.123456+16:30\", \"properties\": {\"order\": \"O-"
        + AWKWARD.length() + "\", \"select\": true, \"total\": 12.5e3, \"quantity\": 7, \"placed_on\": \"2024-02-29\","
        + " \"coupon_id\": \"0b6f1a5e-3c39-4c39-9a43-1f7a4a9b2c10\", \"contact\": \"a@example.com\","
        + " \"tags\": [\"" + awkward + "\", \"x\"], \"shipping\": {\"default\": false, \"city\": \"" + awkward + "\"}},"
        + " \"context\": {\"page\": {\"url\": \"https://example.com/p?q=1\"}}}";
  }
}
