package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** 400, 401, 404, 405, 413 and 415 over HTTP; after each, nothing is stored (or only what should be). */
class RequestErrorsTest {
  private static final String LOGGED_OUT = "{\"event\": \"Logged Out\", \"userId\": \"u-1\"}";

  private static RunningCollector collector;

  @BeforeAll
  static void start() {
    collector = RunningCollector.start();
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  @AfterEach
  void clear() {
    collector.sql().clear();
  }

  private static HttpRequest.Builder track(String contentType) {
    HttpRequest.Builder request = collector.request("/v1/track");
    return contentType == null ? request : request.header("Content-Type", contentType);
  }

  private static void assertError(HttpResponse<String> response, int status, String code) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).contains("json"));
    assertThat(collector.json(response).get("success").asBoolean()).isFalse();
    assertThat(collector.json(response).get("error").get("code").asString()).isEqualTo(code);
  }

  private static void assertNothingStored() {
    assertThat(collector.sql().count("events")).isZero();
    assertThat(collector.sql().count("rejected_events")).isZero();
  }

  @Test
  void noWriteKeyIs401() {
    HttpResponse<String> response = collector.send(track("application/json")
        .POST(HttpRequest.BodyPublishers.ofString(LOGGED_OUT)).build());

    assertError(response, 401, "unauthorized");
    assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"eventplan\"");
    assertNothingStored();
  }

  @Test
  void aWrongKeyInTheHeaderIs401EvenWithARightKeyInTheBody() {
    HttpResponse<String> response = collector.send(track("application/json")
        .header("Authorization", RunningCollector.basic("wrong-key"))
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"writeKey\": \"" + RunningCollector.WRITE_KEY + "\", \"event\": \"Logged Out\", \"userId\": \"u\"}"))
        .build());

    assertError(response, 401, "unauthorized");
    assertNothingStored();
  }

  @Test
  void aBasicHeaderWithAPasswordIs401() {
    String header = "Basic " + java.util.Base64.getEncoder()
        .encodeToString((RunningCollector.WRITE_KEY + ":secret").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response = collector.send(track("application/json").header("Authorization", header)
        .POST(HttpRequest.BodyPublishers.ofString(LOGGED_OUT)).build());

    assertError(response, 401, "unauthorized");
    assertNothingStored();
  }

  @Test
  void aWrongKeyInTheBodyIs401() {
    HttpResponse<String> response = collector.send(track("text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("{\"writeKey\": \"nope\", \"event\": \"Logged Out\"}")).build());

    assertError(response, 401, "unauthorized");
    assertNothingStored();
  }

  @Test
  void theWriteKeyInATextPlainBodyIsAcceptedAndNeverStored() {
    HttpResponse<String> response = collector.send(track("text/plain;charset=UTF-8")
        .POST(HttpRequest.BodyPublishers.ofString("{\"writeKey\": \"second-key\", \"event\": \"Logged Out\","
            + " \"userId\": \"u-1\", \"properties\": {\"reason\": \"space\"}}")).build());

    assertError(response, 400, "event_rejected");
    assertThat(collector.sql().one("SELECT payload FROM rejected_events").get("payload").toString())
        .doesNotContain("writeKey").doesNotContain("second-key");
  }

  @Test
  void malformedJsonIs400AndTheBodyIsKeptAsReceived() {
    List<String> bodies = List.of("{\"event\": \"Logged Out\", ", "{\"event\": \"Logged Out\", \"event\": \"Logged In\"}",
        "[1, 2]", "", "[".repeat(10_000), "{\"event\": NaN}", "{\"a\": \"\u0000 nul\"");
    for (String body : bodies) {
      assertError(collector.post("/v1/track", body), 400, "malformed_json");
    }

    assertThat(collector.sql().count("events")).isZero();
    List<Map<String, Object>> rejected = collector.sql().rows("SELECT payload, reasons FROM rejected_events ORDER BY id");
    assertThat(rejected).extracting(row -> row.get("payload"))
        .containsExactly(bodies.get(0), bodies.get(1), "[1,2]", "", bodies.get(4), bodies.get(5), "{\"a\": \"\uFFFD nul\"");
    assertThat(rejected).allSatisfy(row -> assertThat(row.get("reasons").toString()).contains("\"rule\": \"syntax\""));
  }

  @Test
  void malformedJsonWithoutAWriteKeyInTheHeaderIs400AndNotKept() {
    HttpResponse<String> response = collector.send(track("text/plain")
        .POST(HttpRequest.BodyPublishers.ofString("{\"writeKey\": \"" + RunningCollector.WRITE_KEY + "\", ")).build());

    assertError(response, 400, "malformed_json");
    assertNothingStored();
  }

  @Test
  void invalidUtf8Is400AndKept() {
    byte[] body = {'{', '"', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'};
    HttpResponse<String> response = collector.send(track("application/json")
        .header("Authorization", RunningCollector.basic(RunningCollector.WRITE_KEY))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

    assertError(response, 400, "malformed_json");
    assertThat(collector.sql().one("SELECT payload FROM rejected_events").get("payload")).isEqualTo("{\"e\":\"\uFFFD(\"}");
  }

  @Test
  void anEventOver32KbIs413() {
    String big = "{\"event\": \"Logged Out\", \"userId\": \"u\", \"properties\": {\"p\": \"" + "x".repeat(33_000) + "\"}}";

    assertError(collector.post("/v1/track", big), 413, "payload_too_large");
    assertNothingStored();
  }

  @Test
  void anEventOver32KbWithoutContentLengthIs413WhileReading() {
    byte[] big = ("{\"event\": \"Logged Out\", \"properties\": {\"p\": \"" + "x".repeat(40_000) + "\"}}")
        .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response = collector.send(track("application/json")
        .header("Authorization", RunningCollector.basic(RunningCollector.WRITE_KEY))
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());

    assertError(response, 413, "payload_too_large");
    assertNothingStored();
  }

  @Test
  void exactly32KbIsNotTooLarge() {
    String prefix = "{\"event\": \"Logged Out\", \"userId\": \"u\", \"properties\": {\"p\": \"";
    String suffix = "\"}}";
    String body = prefix + "x".repeat(32 * 1024 - prefix.length() - suffix.length()) + suffix;

    assertError(collector.post("/v1/track", body), 400, "event_rejected"); // p is not in the plan
    assertThat(collector.sql().count("rejected_events")).isEqualTo(1);
  }

  @Test
  void aContentTypeOtherThanJsonOrTextIs415() {
    for (String type : new String[] {"application/x-www-form-urlencoded", "application/json; charset=latin1",
        "multipart/form-data; boundary=x"}) {
      HttpResponse<String> response = collector.send(track(type)
          .header("Authorization", RunningCollector.basic(RunningCollector.WRITE_KEY))
          .POST(HttpRequest.BodyPublishers.ofString(LOGGED_OUT)).build());
      assertError(response, 415, "unsupported_media_type");
    }
    HttpResponse<String> none = collector.send(track(null)
        .header("Authorization", RunningCollector.basic(RunningCollector.WRITE_KEY))
        .POST(HttpRequest.BodyPublishers.ofString(LOGGED_OUT)).build());
    assertError(none, 415, "unsupported_media_type");
    HttpResponse<String> deflate = collector.send(track("application/json").header("Content-Encoding", "deflate")
        .header("Authorization", RunningCollector.basic(RunningCollector.WRITE_KEY))
        .POST(HttpRequest.BodyPublishers.ofString(LOGGED_OUT)).build());
    assertError(deflate, 415, "unsupported_media_type");
    assertThat(collector.json(deflate).get("error").get("message").asString())
        .isEqualTo("Content-Encoding deflate is not supported; send the body with gzip or without Content-Encoding");
    assertNothingStored();
  }

  @Test
  void unknownPathsAre404AndWrongMethods405() {
    assertError(collector.post("/v1/screens", LOGGED_OUT), 404, "not_found");
    assertError(collector.get("/v1/track"), 405, "method_not_allowed");
    assertNothingStored();
  }
}
