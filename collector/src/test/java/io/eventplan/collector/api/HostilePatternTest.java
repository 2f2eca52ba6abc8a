package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The test plan's {@code remark} carries {@code ^(.*a){12}$}, {@code ^(\w+\s?)*$} and {@code ^([a-z0-9]+[-.]?)+[a-z0-9]@}:
 * a backtracking engine spends minutes on one such value of a few kilobytes. Over HTTP, a 30 KB value is judged
 * (and refused, for it matches none) at once. The bound is loose, for a loaded machine; docs/performance.md has the
 * measured times.
 */
class HostilePatternTest {
  private static RunningCollector collector;

  @BeforeAll
  static void start() {
    collector = RunningCollector.start();
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "ab ", "a-"})
  void aThirtyKilobyteValueUnderEveryHostilePatternIsAnsweredAtOnce(String unit) {
    String value = unit.repeat(30_000 / unit.length()) + "!";
    String body = """
        {"type": "track", "event": "Order Placed", "messageId": "%s", "userId": "u-1",
         "timestamp": "2026-03-01T10:15:30Z", "properties": {"order": "O-1", "remark": "%s"}}
        """.formatted(UUID.randomUUID(), value);

    long start = System.nanoTime();
    HttpResponse<String> response = collector.post("/v1/track", body);
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("/remark").contains("pattern");
    assertThat(took).isLessThan(Duration.ofSeconds(2));
    assertThat(collector.sql().count("rejected_events")).isPositive();
  }
}
