package io.eventplan.collector.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.SharedCollector;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Bodies with Content-Encoding: gzip: stored like plain ones; the limits apply to the inflated body, so a
 * few kilobytes that inflate past them (a gzip bomb) get 413 and nothing is stored.
 */
class GzipTest {
  @RegisterExtension static final SharedCollector collector = new SharedCollector();

  static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** A batch whose one item is followed by {@code padding} spaces of JSON whitespace: it compresses to almost nothing. */
  static byte[] paddedBatch(int padding) {
    byte[] head = """
        {"batch": [{"type": "track", "event": "Logged Out", "userId": "u-1", "messageId": "bomb"}]""".getBytes(
        StandardCharsets.UTF_8);
    byte[] body = Arrays.copyOf(head, head.length + padding + 1);
    Arrays.fill(body, head.length, body.length - 1, (byte) ' ');
    body[body.length - 1] = '}';
    return body;
  }

  private static HttpResponse<String> post(String path, byte[] body, String encoding) {
    return collector.send(collector.request(path).header("Content-Type", "application/json")
        .header("Content-Encoding", encoding)
        .header("Authorization", RunningCollector.basic(RunningCollector.WRITE_KEY))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
  }

  @Test
  void gzipBodiesAreStored() {
    byte[] track = """
        {"event": "Logged Out", "userId": "u-1", "messageId": "gz-1"}""".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> single = post("/v1/track", gzip(track), "gzip");
    HttpResponse<String> batch = post("/v1/batch", gzip(paddedBatch(100_000)), "x-gzip");

    assertThat(single.statusCode()).as(single.body()).isEqualTo(200);
    assertThat(batch.statusCode()).as(batch.body()).isEqualTo(200);
    assertThat(collector.sql().count("logged_out")).isEqualTo(2);
  }

  @Test
  void aGzipBombIs413AndNothingIsStored() {
    byte[] bomb = gzip(paddedBatch(4 * 1024 * 1024)); // 4 MB of JSON
    assertThat(bomb.length).as("a few kilobytes").isLessThan(5 * 1024);

    HttpResponse<String> response = post("/v1/batch", bomb, "gzip");

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(collector.json(response).get("error").get("code").asString()).isEqualTo("payload_too_large");
    assertThat(collector.json(response).get("error").get("message").asString())
        .isEqualTo("the batch is larger than 500 KB once inflated (Content-Encoding: gzip); the limit is on the inflated body");
    assertThat(collector.sql().count("events")).isZero();
    assertThat(collector.sql().count("rejected_events")).isZero();
    // an event body has its own limit: 32 KB inflated
    assertThat(post("/v1/track", gzip(paddedBatch(40 * 1024)), "gzip").statusCode()).isEqualTo(413);
  }

  @Test
  void aBodyThatIsNotGzipIs400AndNothingIsStored() {
    byte[] body = gzip("{\"event\": \"Logged Out\", \"userId\": \"u-1\"}".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> plain = post("/v1/track", "{\"event\": \"Logged Out\"}".getBytes(StandardCharsets.UTF_8), "gzip");
    HttpResponse<String> cut = post("/v1/track", Arrays.copyOf(body, body.length - 12), "gzip");

    for (HttpResponse<String> response : new HttpResponse[] {plain, cut}) {
      assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
      assertThat(collector.json(response).get("error").get("code").asString()).isEqualTo("invalid_encoding");
    }
    assertThat(collector.sql().count("events")).isZero();
    assertThat(collector.sql().count("rejected_events")).isZero();
  }
}
