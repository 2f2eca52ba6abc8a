package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POST /v1/m, analytics-next's telemetry: answered 200 without a write key, counted in /metrics, not stored. */
class TelemetryTest {
  /** The body analytics-next 1.84.3 sent in the research (docs/collector.md). */
  private static final String REPORT = """
      {"series":[{"type":"Counter","metric":"analytics_js.invoke","value":1,
                  "tags":{"library":"analytics.js","library_version":"npm:next-1.84.3"}},
                 {"type":"Counter","metric":"analytics_js.invoke","value":1,
                  "tags":{"library":"analytics.js","library_version":"npm:next-1.84.3"}}]}""";

  private static RunningCollector collector;

  @BeforeAll
  static void start() {
    collector = RunningCollector.start();
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  private static HttpResponse<String> report(String body) {
    return collector.send(collector.request("/v1/m").header("Content-Type", "text/plain")
        .header("Origin", RunningCollector.ALLOWED_ORIGIN).POST(HttpRequest.BodyPublishers.ofString(body)).build());
  }

  @Test
  void reportsAreCountedNotStored() {
    HttpResponse<String> response = report(REPORT);
    HttpResponse<String> malformed = report("{\"series\": [");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(RunningCollector.ALLOWED_ORIGIN);
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(collector.json(malformed).get("error").get("code").asString()).isEqualTo("malformed_json");
    String metrics = collector.get("/metrics").body();
    assertThat(metrics).contains("eventplan_telemetry_reports_total 1.0").contains("eventplan_telemetry_series_total 2.0");
    assertThat(collector.sql().count("events")).isZero();
    assertThat(collector.sql().count("rejected_events")).isZero();
  }
}
