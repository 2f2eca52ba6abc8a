package io.eventplan.collector.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** POST /demo/login and the demo page served by a running collector. */
class DemoLoginTest {
  @TempDir static Path site;
  private static RunningCollector collector;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws IOException {
    Files.writeString(site.resolve("index.html"), "<!doctype html><title>Log in</title>");
    collector = RunningCollector.start(
        setup -> setup.withDemo(new DemoSite(site, DemoUsers.standard(), RunningCollector.WRITE_KEY)));
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  @Test
  void theRightPasswordAnswers200WithTheUserAndTraits() throws Exception {
    HttpResponse<String> response = login("{\"email\": \"Ada@Example.com\", \"password\": \"demo-password\"}");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"userId\":\"u-ada\"").contains("\"email\":\"ada@example.com\"")
        .doesNotContain("demo-password");
  }

  @Test
  void aWrongPasswordOrAnUnknownUserAnswers401AndNothingLogsThePassword() throws Exception {
    PrintStream err = System.err;
    PrintStream out = System.out;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
    HttpResponse<String> wrong;
    HttpResponse<String> unknown;
    try {
      System.setErr(capture);
      System.setOut(capture);
      wrong = login("{\"email\": \"ada@example.com\", \"password\": \"s3cret-guess\"}");
      unknown = login("{\"email\": \"nobody@example.com\", \"password\": \"s3cret-guess\"}");
    } finally {
      System.setErr(err);
      System.setOut(out);
    }

    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).contains("invalid_credentials").doesNotContain("s3cret-guess");
    assertThat(unknown.statusCode()).isEqualTo(401);
    assertThat(unknown.body()).isEqualTo(wrong.body());
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("s3cret-guess");
  }

  @Test
  void repeatedFailuresLockTheAccountWith429AndRetryAfterEvenForTheRightPassword() throws Exception {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    HttpResponse<String> locked;
    HttpResponse<String> right;
    try {
      System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
      for (int i = 0; i < LoginThrottle.ACCOUNT_THRESHOLD; i++) {
        assertThat(login("{\"email\": \"grace@example.com\", \"password\": \"guess-" + i + "\"}").statusCode())
            .isEqualTo(401);
      }
      locked = login("{\"email\": \"grace@example.com\", \"password\": \"guess-x\"}");
      right = login("{\"email\": \"GRACE@example.com\", \"password\": \"demo-password\"}");
    } finally {
      System.setErr(err);
    }

    assertThat(locked.statusCode()).isEqualTo(429);
    assertThat(locked.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v))
        .isBetween(1L, 2L));
    assertThat(locked.body()).contains("too_many_attempts");
    assertThat(right.statusCode()).as("no password is checked while locked").isEqualTo(429);
    assertThat(captured.toString(StandardCharsets.UTF_8)).doesNotContain("guess-").doesNotContain("demo-password");
    Thread.sleep(1_100);
    assertThat(login("{\"email\": \"ada@example.com\", \"password\": \"demo-password\"}").statusCode())
        .as("another account was never locked").isEqualTo(200);
  }

  @Test
  void aBodyWithoutCredentialsAnswers400() throws Exception {
    assertThat(login("{\"email\": \"ada@example.com\"}").statusCode()).isEqualTo(400);
    assertThat(login("not json").statusCode()).isEqualTo(400);
  }

  @Test
  void thePageAndItsConfigAreServedFromTheCollectorsOrigin() throws Exception {
    HttpResponse<String> page = get("/");
    HttpResponse<String> config = get("/demo/config.json");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<title>Log in</title>");
    assertThat(config.body()).isEqualTo("{\"writeKey\":\"" + RunningCollector.WRITE_KEY + "\"}");
  }

  @Test
  void passwordsAreStoredAsPbkdf2HashesWithAtLeast210000Iterations() {
    PasswordHash hash = PasswordHash.create("pw".toCharArray(), new java.security.SecureRandom());

    assertThat(hash.iterations()).isGreaterThanOrEqualTo(210_000);
    assertThat(hash.matches("pw".toCharArray())).isTrue();
    assertThat(hash.matches("pW".toCharArray())).isFalse();
    assertThat(PasswordHash.parse(hash.encoded()).matches("pw".toCharArray())).isTrue();
    assertThat(hash.toString()).doesNotContain(java.util.Base64.getEncoder().encodeToString(hash.hash()));
  }

  private static HttpResponse<String> login(String body) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(collector.uri("/demo/login"))
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return HTTP.send(HttpRequest.newBuilder(collector.uri(path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
