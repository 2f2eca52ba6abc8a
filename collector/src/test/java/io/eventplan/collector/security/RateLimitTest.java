package io.eventplan.collector.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.config.RateLimit;
import io.eventplan.collector.support.RunningCollector;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rate limit per client address (one request per 5 s, bursts of 10: slow enough that the
 * test's own pace refills nothing): past the burst, 429 rate_limited
 * with Retry-After and nothing stored; with X-Forwarded-For trusted, each forwarded address has
 * its own bucket and the client-supplied entries before the proxy's are ignored.
 */
class RateLimitTest {
  private static final String EVENT = "{\"event\": \"Logged Out\", \"userId\": \"u-1\"}";
  private static RunningCollector collector;

  @BeforeAll
  static void start() {
    collector = RunningCollector.start(setup -> setup.withRateLimit(new RateLimit(0.2, 10, true)));
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  @Test
  void pastTheBurstAnAddressGets429WithRetryAfterAndNothingIsStored() {
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (int i = 0; i < 15; i++) {
      answers.add(send("203.0.113.7"));
    }

    assertThat(answers.subList(0, 10)).allSatisfy(a -> assertThat(a.statusCode()).isEqualTo(200));
    HttpResponse<String> limited = answers.get(14);
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After"))
        .hasValueSatisfying(seconds -> assertThat(Integer.parseInt(seconds)).isBetween(1, 5));
    assertThat(collector.json(limited).get("error").get("code").asString()).isEqualTo("rate_limited");
    long stored = answers.stream().filter(a -> a.statusCode() == 200).count();
    assertThat(collector.sql().count("events")).isEqualTo(stored);

    assertThat(send("198.51.100.1").statusCode()).as("another address has its own bucket").isEqualTo(200);
    assertThat(send("198.51.100.2, 203.0.113.7").statusCode()).as("only the proxy's entry counts")
        .isEqualTo(429);
    assertThat(send("203.0.113.7, 198.51.100.3").statusCode()).as("a forged first entry changes nothing")
        .isEqualTo(200);
  }

  private static HttpResponse<String> send(String forwardedFor) {
    return collector.send(collector.request("/v1/track").header("Content-Type", "application/json")
        .header("Authorization", RunningCollector.basic(RunningCollector.WRITE_KEY))
        .header("X-Forwarded-For", forwardedFor).POST(HttpRequest.BodyPublishers.ofString(EVENT)).build());
  }
}
