package io.eventplan.collector.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.Collector;
import io.eventplan.collector.config.KafkaSettings;
import io.eventplan.collector.ingest.Write;
import io.eventplan.collector.kafka.support.InProcessKafka;
import io.eventplan.collector.kafka.support.TopicReader;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.TestPlans;
import io.eventplan.runtime.EventPlan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A collector in Kafka mode, on a real broker in the test JVM and without any database: it validates as in direct
 * mode, answers only after the broker acknowledged, and answers 503 with Retry-After while the broker is away,
 * recovering by itself when it is back.
 */
@Timeout(120)
class KafkaModeTest {
  private static final EventPlan PLAN = TestPlans.testPlan();
  private static InProcessKafka kafka;
  private static KafkaSettings settings;
  private static Collector collector;
  private static CollectorMetrics metrics;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    kafka = InProcessKafka.start();
    settings = KafkaSettings.of(kafka.bootstrapServers()).withPartitions(3);
    metrics = new CollectorMetrics();
    collector = Collector.start(Collector.Setup.of(0, null, PLAN, RunningCollector.judge(PLAN),
        RunningCollector.migrations(), List.of(RunningCollector.WRITE_KEY), List.of(), metrics), settings);
  }

  @AfterAll
  static void stop() {
    collector.close();
    metrics.close();
    kafka.close();
  }

  @Test
  void anAcceptedEventIsAnswered200AfterTheBrokerHasIt() throws Exception {
    awaitReady(200);
    String id = UUID.randomUUID().toString();

    HttpResponse<String> response = post("/v1/track", """
        {"event": "Logged Out", "userId": "kafka-u1", "messageId": "%s", "properties": {"reason": "manual"}}"""
        .formatted(id));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    ConsumerRecord<byte[], byte[]> record = find(settings.eventsTopic(), id);
    assertThat(new String(record.key(), StandardCharsets.UTF_8)).isEqualTo("kafka-u1");
    Write write = new WriteRecords(settings, PLAN.tables()).read(record, PLAN.version());
    assertThat(((Write.StoreEvent) write).event().eventName()).isEqualTo("Logged Out");
    assertThat(get("/health/ready").body()).isEqualTo("{\"status\":\"up\",\"checks\":{\"kafka\":\"up\"}}");
    assertThat(metrics.scrape()).contains("eventplan_kafka_produce_seconds");
  }

  @Test
  void aRefusedEventIsAnswered400AndGoesToTheRejectedTopicWithItsReasons() throws Exception {
    awaitReady(200);
    String id = UUID.randomUUID().toString();

    HttpResponse<String> response = post("/v1/track", """
        {"event": "Logged In", "userId": "kafka-u2", "messageId": "%s", "properties": {"type": "telepathy"}}"""
        .formatted(id));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"code\":\"event_rejected\"");
    ConsumerRecord<byte[], byte[]> record = find(settings.rejectedTopic(), id);
    Write.Reject reject = (Write.Reject) new WriteRecords(settings, PLAN.tables()).read(record, PLAN.version());
    assertThat(reject.violations()).extracting(v -> v.path()).contains("/type");
  }

  @Test
  void aBatchIsOneRecordPerMessageAnsweredWhenAllAreAcknowledged() throws Exception {
    awaitReady(200);
    String good = UUID.randomUUID().toString();
    String bad = UUID.randomUUID().toString();
    String person = UUID.randomUUID().toString();

    HttpResponse<String> response = post("/v1/batch", """
        {"batch": [
          {"type": "track", "event": "Logged Out", "userId": "kafka-u3", "messageId": "%s"},
          {"type": "track", "event": "Nope", "userId": "kafka-u3", "messageId": "%s"},
          {"type": "identify", "userId": "kafka-u3", "messageId": "%s", "traits": {"email": "k@example.com"}}]}"""
        .formatted(good, bad, person));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    assertThat(response.body()).contains("\"received\":3,\"stored\":2");
    find(settings.eventsTopic(), good);
    find(settings.eventsTopic(), person);
    find(settings.rejectedTopic(), bad);
  }

  @Test
  void whileTheBrokerIsAwayEventsGet503WithRetryAfterAndTheCollectorRecoversByItself() throws Exception {
    awaitReady(200);
    kafka.stop();
    try {
      awaitReady(503);
      assertThat(get("/health/ready").body()).contains("\"kafka\":\"down\"");
      assertThat(get("/health/ready").headers().firstValue("Retry-After")).hasValue("5");

      long start = System.nanoTime();
      HttpResponse<String> down = post("/v1/track", """
          {"event": "Logged Out", "userId": "kafka-u4", "messageId": "%s"}""".formatted(UUID.randomUUID()));
      long millis = (System.nanoTime() - start) / 1_000_000;

      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).contains("\"code\":\"kafka_unavailable\"");
      assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(millis).as("answered without waiting for a send to time out").isLessThan(2_000);
    } finally {
      kafka.restart();
    }
    awaitReady(200);
    String id = UUID.randomUUID().toString();
    HttpResponse<String> again = post("/v1/track", """
        {"event": "Logged Out", "userId": "kafka-u4", "messageId": "%s"}""".formatted(id));
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    find(settings.eventsTopic(), id);
  }

  @Test
  void aCollectorInDirectModeHasNoKafkaClient() {
    try (RunningCollector direct = RunningCollector.start()) {
      assertThat(direct.post("/v1/track", """
          {"event": "Logged Out", "userId": "direct-u1"}""").statusCode()).isEqualTo(200);
      // the producer's I/O thread of this class's Kafka-mode collector is named after its client id
      assertThat(Thread.getAllStackTraces().keySet()).extracting(Thread::getName)
          .filteredOn(name -> name.startsWith("kafka-producer-network-thread"))
          .hasSize(1);
    }
  }

  private ConsumerRecord<byte[], byte[]> find(String topic, String messageId) {
    List<ConsumerRecord<byte[], byte[]>> records = TopicReader.read(kafka.bootstrapServers(), topic, 1,
        Duration.ofSeconds(30));
    return records.stream().filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(messageId))
        .findFirst().orElseThrow(() -> new AssertionError("no record of " + messageId + " in " + topic));
  }

  private void awaitReady(int status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (get("/health/ready").statusCode() != status) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("/health/ready never answered " + status + ": " + get("/health/ready").body());
      }
      Thread.sleep(50);
    }
  }

  private HttpResponse<String> post(String path, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + collector.port() + path))
        .header("Content-Type", "application/json")
        .header("Authorization", RunningCollector.basic(RunningCollector.WRITE_KEY))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + collector.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
