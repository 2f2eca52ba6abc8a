package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.SharedCollector;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** CORS: preflight and requests from the allowlisted origin pass; other origins get 403. */
class CorsTest {
  @RegisterExtension static final SharedCollector collector = new SharedCollector();

  private static HttpResponse<String> preflight(String origin) {
    return preflight(origin, "/v1/track", "authorization, content-type");
  }

  private static HttpResponse<String> preflight(String origin, String path, String headers) {
    return collector.send(collector.request(path).header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", headers)
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
    assertThat(response.headers().firstValue("Access-Control-Allow-Methods")).hasValue("GET, POST, OPTIONS");
    assertThat(response.headers().firstValue("Access-Control-Allow-Headers"))
        .hasValue("Authorization, Content-Type, Content-Encoding, X-Retry-Count");
    assertThat(response.headers().firstValue("Vary")).hasValue("Origin, Access-Control-Request-Headers");
  }

  @Test
  void everyHeaderAnalyticsNextSendsIsAllowedOnEveryPathItPostsTo() {
    // what Chromium asked in the research (docs/collector.md): first attempts, retries, a page's own headers
    for (String path : new String[] {"/v1/t", "/v1/i", "/v1/p", "/v1/g", "/v1/a", "/v1/s", "/v1/b", "/v1/import"}) {
      for (String asked : new String[] {"authorization", "authorization,x-retry-count",
          "authorization,content-type,x-custom"}) {
        HttpResponse<String> response = preflight(RunningCollector.ALLOWED_ORIGIN, path, asked);
        assertThat(response.statusCode()).as(path + " " + asked).isEqualTo(204);
        String allowed = response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow().toLowerCase();
        for (String header : asked.split(",")) {
          assertThat(allowed).as(path + " " + asked).contains(header);
        }
      }
    }
  }

  @Test
  void onlyHeaderNamesAreEchoed() {
    assertThat(Cors.allowedHeaders("x-a, bad header, x-b\r\nset-cookie: 1, AUTHORIZATION, " + "x".repeat(65)))
        .isEqualTo("Authorization, Content-Type, Content-Encoding, X-Retry-Count, x-a");
  }

  @Test
  void answersLetThePageReadRetryAfter() {
    HttpResponse<String> stored = trackFrom(RunningCollector.ALLOWED_ORIGIN);
    HttpResponse<String> refused = collector.send(collector.request("/v1/track")
        .header("Origin", RunningCollector.ALLOWED_ORIGIN).header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("{\"event\": \"Logged Out\"}")).build());

    for (HttpResponse<String> response : java.util.List.of(stored, refused)) {
      assertThat(response.headers().firstValue("Access-Control-Expose-Headers")).hasValue("Retry-After");
      assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue(RunningCollector.ALLOWED_ORIGIN);
    }
    assertThat(refused.statusCode()).isEqualTo(401);
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
