package io.eventplan.collector.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** /health/live, /health/ready and /metrics of a running collector. */
class HealthAndMetricsTest {
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
  void liveAndReadyAnswer200WhenTheDatabaseIsMigrated() {
    HttpResponse<String> live = collector.get("/health/live");
    HttpResponse<String> ready = collector.get("/health/ready");

    assertThat(live.statusCode()).isEqualTo(200);
    assertThat(live.body()).isEqualTo("{\"status\":\"up\"}");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).isEqualTo("{\"status\":\"up\",\"checks\":{\"database\":\"up\",\"migrations\":\"applied\"}}");
    assertThat(collector.sql().count("databasechangelog")).isEqualTo(19); // 14 from the lock, 2 core, 3 reporting
  }

  @Test
  void metricsCountAcceptedAndRejectedEventsBatchSizesAndLatency() {
    collector.post("/v1/track", "{\"event\": \"Logged Out\", \"userId\": \"u\"}");
    collector.post("/v1/track", "{\"event\": \"Logged Out\", \"userId\": \"u\", \"properties\": {\"reason\": \"x\"}}");
    collector.post("/v1/track", "{\"event\": \"Nope\"}");

    HttpResponse<String> metrics = collector.get("/metrics");

    assertThat(metrics.statusCode()).isEqualTo(200);
    assertThat(metrics.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
    assertThat(metrics.body())
        .contains("eventplan_events_accepted_total{type=\"track\"} 1.0")
        .contains("eventplan_events_rejected_total{reason=\"enum\"} 1.0")
        .contains("eventplan_events_rejected_total{reason=\"unknownEvent\"} 1.0")
        .contains("eventplan_group_commit_events_count")
        .contains("eventplan_group_commit_seconds_count")
        .contains("eventplan_request_seconds_count{route=\"/v1/track\",status=\"200\"} 1")
        .contains("eventplan_request_seconds_count{route=\"/v1/track\",status=\"400\"} 2")
        .contains("eventplan_writer_queue_events")
        .contains("jvm_memory_used_bytes");
    assertThat(collector.sql().count("events")).isEqualTo(1);
    assertThat(collector.sql().count("rejected_events")).isEqualTo(2);
  }
}
