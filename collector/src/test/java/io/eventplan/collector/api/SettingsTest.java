package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * GET /v1/projects/{writeKey}/settings: what analytics-next loads from its cdnURL. A known key gets
 * settings that point the library at this collector and nowhere else; an unknown one 404.
 */
class SettingsTest {
  private static RunningCollector collector;
  private static RunningCollector configured;

  @BeforeAll
  static void start() {
    collector = RunningCollector.start();
    configured = RunningCollector.start(setup ->
        setup.withPublicUrl(Optional.of(URI.create("https://events.example.com/collect"))));
  }

  @AfterAll
  static void stop() {
    collector.close();
    configured.close();
  }

  private static HttpResponse<String> settings(RunningCollector target, String path, String... headers) {
    HttpRequest.Builder request = target.request(path).GET();
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return target.send(request.build());
  }

  @Test
  void aKnownKeyGetsSettingsPointingAtTheHostItAsked() {
    HttpResponse<String> response = settings(collector, "/v1/projects/" + RunningCollector.WRITE_KEY + "/settings");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
    JsonNode body = collector.json(response);
    String host = "localhost:" + collector.collector().port();
    assertThat(body.get("integrations").propertyNames()).containsExactly("Segment.io");
    JsonNode segment = body.get("integrations").get("Segment.io");
    assertThat(segment.get("apiKey").asString()).isEqualTo(RunningCollector.WRITE_KEY);
    assertThat(segment.get("apiHost").asString()).isEqualTo(host + "/v1");
    assertThat(segment.get("protocol").asString()).isEqualTo("http");
    assertThat(body.get("remotePlugins").isArray()).isTrue();
    assertThat(body.get("remotePlugins").size()).isZero();
    assertThat(body.get("metrics").get("host").asString()).isEqualTo(host + "/v1");
    assertThat(body.get("metrics").get("sampleRate").asDouble()).as("analytics-next would send it over https").isZero();
    assertThat(body.get("edgeFunction").size()).isZero();
    assertThat(body.get("enabledMiddleware").size()).isZero();
  }

  @Test
  void withoutV1AndForTheOtherKeyToo() {
    HttpResponse<String> response = settings(collector, "/projects/second-key/settings");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(collector.json(response).get("integrations").get("Segment.io").get("apiKey").asString())
        .isEqualTo("second-key");
  }

  @Test
  void anUnknownKeyIs404Json() {
    HttpResponse<String> response = settings(collector, "/v1/projects/no-such-key/settings");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(collector.json(response).get("error").get("code").asString()).isEqualTo("not_found");
    assertThat(collector.json(response).get("error").get("message").asString())
        .isEqualTo("no source has this write key; give analytics-next a key of EVENTPLAN_WRITE_KEYS as its writeKey");
  }

  @Test
  void behindAProxyTheForwardedHostAndProtocolCount() {
    JsonNode forwarded = collector.json(settings(collector, "/v1/projects/" + RunningCollector.WRITE_KEY + "/settings",
        "X-Forwarded-Proto", "https", "X-Forwarded-Host", "events.example.org, proxy.internal",
        "X-Forwarded-Prefix", "/segment/"));
    assertThat(forwarded.get("integrations").get("Segment.io").get("apiHost").asString())
        .isEqualTo("events.example.org/segment/v1");
    assertThat(forwarded.get("integrations").get("Segment.io").get("protocol").asString()).isEqualTo("https");
    assertThat(forwarded.get("metrics").get("sampleRate").asDouble()).isEqualTo(0.1);

    JsonNode rfc7239 = collector.json(settings(collector, "/v1/projects/" + RunningCollector.WRITE_KEY + "/settings",
        "Forwarded", "for=192.0.2.1;proto=https;host=\"events.example.net:8443\""));
    assertThat(rfc7239.get("integrations").get("Segment.io").get("apiHost").asString())
        .isEqualTo("events.example.net:8443/v1");

    JsonNode junk = collector.json(settings(collector, "/v1/projects/" + RunningCollector.WRITE_KEY + "/settings",
        "X-Forwarded-Proto", "gopher", "X-Forwarded-Host", "evil.example/\"><script>", "X-Forwarded-Prefix", "/../x y"));
    assertThat(junk.get("integrations").get("Segment.io").get("apiHost").asString())
        .isEqualTo("localhost:" + collector.collector().port() + "/v1");
    assertThat(junk.get("integrations").get("Segment.io").get("protocol").asString()).isEqualTo("http");
  }

  @Test
  void aConfiguredPublicUrlWinsOverTheRequest() {
    HttpResponse<String> response = settings(configured, "/v1/projects/" + RunningCollector.WRITE_KEY + "/settings",
        "X-Forwarded-Host", "elsewhere.example.org");

    JsonNode segment = configured.json(response).get("integrations").get("Segment.io");
    assertThat(segment.get("apiHost").asString()).isEqualTo("events.example.com/collect/v1");
    assertThat(segment.get("protocol").asString()).isEqualTo("https");
    assertThat(response.headers().firstValue("Vary")).hasValue("Origin");
  }

  @Test
  void settingsAreCacheableAndRevalidated() {
    String path = "/v1/projects/" + RunningCollector.WRITE_KEY + "/settings";
    HttpResponse<String> first = settings(collector, path);
    String etag = first.headers().firstValue("ETag").orElseThrow();

    assertThat(first.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
    assertThat(first.headers().firstValue("Vary").orElseThrow()).contains("Origin").contains("X-Forwarded-Host");
    HttpResponse<String> again = settings(collector, path, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(settings(collector, path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
  }

  @Test
  void browsersOfAllowedOriginsMayReadThemOthersGet403() {
    String path = "/v1/projects/" + RunningCollector.WRITE_KEY + "/settings";
    HttpResponse<String> allowed = settings(collector, path, "Origin", RunningCollector.ALLOWED_ORIGIN);
    HttpResponse<String> other = settings(collector, "/projects/" + RunningCollector.WRITE_KEY + "/settings",
        "Origin", "https://evil.example.net");

    assertThat(allowed.statusCode()).isEqualTo(200);
    assertThat(allowed.headers().firstValue("Access-Control-Allow-Origin")).hasValue(RunningCollector.ALLOWED_ORIGIN);
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(other.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    assertThat(collector.get("/metrics").body()).contains("route=\"/v1/projects/{writeKey}/settings\"")
        .doesNotContain(RunningCollector.WRITE_KEY);
  }
}
