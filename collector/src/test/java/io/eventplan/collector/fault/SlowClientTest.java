package io.eventplan.collector.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.config.Limits;
import io.eventplan.collector.support.RunningCollector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Slow and vanishing clients (raw sockets) against a collector with short time limits (idle 2 s,
 * body 3 s): they end with 408 or are dropped, they store nothing, and meanwhile other clients'
 * requests are answered promptly.
 */
@Timeout(60)
class SlowClientTest {
  private static final String EVENT = "{\"event\": \"Logged Out\", \"userId\": \"u-1\"}";
  private static RunningCollector collector;

  @BeforeAll
  static void start() {
    collector = RunningCollector.start(setup -> setup.withLimits(
        Limits.SEGMENT.withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(3))));
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  @AfterEach
  void clear() {
    collector.sql().clear();
  }

  @Test
  void tricklingClientsGet408AndDoNotDelayOthers() throws Exception {
    List<CompletableFuture<String>> slow = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      slow.add(CompletableFuture.supplyAsync(() -> {
        try (Socket socket = connect()) {
          OutputStream out = socket.getOutputStream();
          out.write(headers("/v1/track", "Content-Length: 400").getBytes(StandardCharsets.US_ASCII));
          for (int b = 0; b < 400 && !answered(socket); b++) {
            out.write(' '); // a byte every 50 ms: never idle, never done
            out.flush();
            Thread.sleep(50);
          }
          return read(socket);
        } catch (IOException e) {
          return "closed: " + e.getMessage();
        } catch (InterruptedException e) {
          throw new IllegalStateException(e);
        }
      }));
    }
    Thread.sleep(300);
    long slowest = 0;
    for (int i = 0; i < 20; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = collector.post("/v1/track", EVENT);
      slowest = Math.max(slowest, System.nanoTime() - start);
      assertThat(response.statusCode()).isEqualTo(200);
    }
    System.out.println("slow clients: 20 requests answered while 5 clients trickled, slowest "
        + slowest / 1_000_000 + " ms");
    assertThat(Duration.ofNanos(slowest)).isLessThan(Duration.ofSeconds(1));
    for (CompletableFuture<String> answer : slow) {
      assertThat(answer.get()).startsWith("HTTP/1.1 408").contains("\"code\":\"request_timeout\"");
    }
    assertThat(collector.sql().count("events")).isEqualTo(20);
    assertThat(collector.sql().count("rejected_events")).isZero();
  }

  @Test
  void aStalledBodyEndsAfterTheIdleTimeout() throws Exception {
    try (Socket socket = connect()) {
      long start = System.nanoTime();
      socket.getOutputStream().write((headers("/v1/track", "Content-Length: 100") + "{\"event\": ")
          .getBytes(StandardCharsets.US_ASCII));
      assertThat(collector.post("/v1/track", EVENT).statusCode()).isEqualTo(200);
      String answer = read(socket);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      System.out.println("stalled body: answered after " + took.toMillis() + " ms: " + firstLine(answer));
      assertThat(answer).matches(a -> a.isEmpty() || a.startsWith("HTTP/1.1 408"), "408 or closed");
      assertThat(took).isBetween(Duration.ofMillis(1_500), Duration.ofSeconds(10));
    }
    assertThat(collector.sql().count("events")).isEqualTo(1);
    assertThat(collector.sql().count("rejected_events")).isZero();
  }

  @Test
  void aClientThatGoesAwayMidBodyStoresNothingAndOthersGoOn() throws Exception {
    for (int i = 0; i < 10; i++) {
      try (Socket socket = connect()) {
        socket.getOutputStream().write((headers("/v1/batch", "Content-Length: 5000") + "{\"batch\": [" + EVENT)
            .getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
      } // closed with 4,950 bytes missing
    }
    assertThat(collector.post("/v1/track", EVENT).statusCode()).isEqualTo(200);
    assertThat(collector.sql().count("events")).isEqualTo(1);
    assertThat(collector.sql().count("rejected_events")).isZero();
  }

  @Test
  void aBodyOverTheLimitSentSlowlyIsCutOffAt32Kb() throws Exception {
    try (Socket socket = connect()) {
      OutputStream out = socket.getOutputStream();
      out.write(headers("/v1/track", "Transfer-Encoding: chunked").getBytes(StandardCharsets.US_ASCII));
      byte[] chunk = ("400\r\n" + "x".repeat(0x400) + "\r\n").getBytes(StandardCharsets.US_ASCII);
      int sent = 0;
      try {
        for (; sent < 64 && !answered(socket); sent++) {
          out.write(chunk);
          out.flush();
          Thread.sleep(20);
        }
      } catch (IOException e) {
        // the server stopped reading: expected once the limit is passed
      }
      String answer = read(socket);
      assertThat(answer).startsWith("HTTP/1.1 413").contains("\"code\":\"payload_too_large\"");
      assertThat(sent).as("KB sent before the answer").isLessThan(48);
    }
    assertThat(collector.sql().count("events")).isZero();
    assertThat(collector.sql().count("rejected_events")).isZero();
  }

  private static Socket connect() throws IOException {
    Socket socket = new Socket("localhost", collector.collector().port());
    socket.setSoTimeout(15_000);
    return socket;
  }

  private static String headers(String path, String length) {
    return "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nAuthorization: "
        + RunningCollector.basic(RunningCollector.WRITE_KEY) + "\r\n" + length + "\r\n\r\n";
  }

  private static boolean answered(Socket socket) throws IOException {
    return socket.getInputStream().available() > 0;
  }

  /** Everything the server sends until it closes or goes quiet; empty when it just closed. */
  private static String read(Socket socket) throws IOException {
    InputStream in = socket.getInputStream();
    StringBuilder text = new StringBuilder();
    byte[] buffer = new byte[4096];
    try {
      int n;
      while ((n = in.read(buffer)) > 0) {
        text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        if (text.indexOf("}") > 0 && text.indexOf("\r\n\r\n") > 0) {
          break;
        }
      }
    } catch (SocketTimeoutException | java.net.SocketException e) {
      // closed or quiet: what arrived is the answer
    }
    return text.toString();
  }

  private static String firstLine(String answer) {
    return answer.isEmpty() ? "(connection closed)" : answer.substring(0, answer.indexOf('\r'));
  }
}
