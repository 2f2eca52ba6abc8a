package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** CORS: preflight and requests from the allowlisted origin pass; other origins get 403. */
class CorsTest {
  private static RunningCollector collector;

  @BeforeAll
  static void start() {
    collector = RunningCollector.start();
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  @BeforeEach
  void clear() {
    collector.sql().clear();
  }

  private static HttpResponse<String> preflight(String origin) {
    return collector.send(collector.request("/v1/track").header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "authorization, content-type")
        .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).build());
  }

  private static HttpResponse<String> trackFrom(String origin) {
    return collector.send(collector.request("/v1/track").header("Origin", origin)
        .header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("{\"writeKey\": \"" + RunningCollector.WRITE_KEY
            + "\", \"event\": \"Logged Out\", \"userId\": \"u-1\"}")).build());
  }

  @Test
  void preflightFromAnAllowedOriginIsAnswered() {
    HttpResponse<String> response = preflight(RunningCollector.ALLOWED_ORIGIN);

    assertThat(response.statusCode()).isEqualTo(204);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(RunningCollector.ALLOWED_ORIGIN);
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST, OPTIONS");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow())
        .contains("Authorization").contains("Content-Type");
    assertThat(response.headers().allValues("Vary")).contains("Origin");
  }

  @Test
  void preflightFromAnotherOriginIs403() {
    HttpResponse<String> response = preflight("https://evil.example.net");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(collector.json(response).get("error").get("code").asString()).isEqualTo("origin_not_allowed");
  }

  @Test
  void aRequestFromTheAllowedOriginIsStoredWithItsOriginEchoed() {
    HttpResponse<String> response = trackFrom(RunningCollector.ALLOWED_ORIGIN);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(RunningCollector.ALLOWED_ORIGIN);
    assertThat(collector.sql().count("logged_out")).isEqualTo(1);
  }

  @Test
  void aRequestFromAnotherOriginIs403AndNotStored() {
    HttpResponse<String> response = trackFrom("https://evil.example.net");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(collector.sql().count("events")).isZero();
    assertThat(collector.sql().count("rejected_events")).isZero();
  }
}
