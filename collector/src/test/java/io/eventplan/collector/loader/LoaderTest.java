package io.eventplan.collector.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.Collector;
import io.eventplan.collector.config.KafkaSettings;
import io.eventplan.collector.kafka.support.InProcessKafka;
import io.eventplan.collector.kafka.support.TopicReader;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.Sql;
import io.eventplan.collector.support.TestDatabase;
import io.eventplan.collector.support.TestPlans;
import io.eventplan.collector.support.WarehouseContents;
import io.eventplan.runtime.EventPlan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The same messages sent to a collector in direct mode and to one in Kafka mode leave the same warehouse once a
 * loader has read them: every table and report view, row for row (less receive times and generated ids), and the
 * same answers. Records read twice change nothing.
 */
@Timeout(180)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LoaderTest {
  private static final EventPlan PLAN = TestPlans.testPlan();
  private static InProcessKafka kafka;
  private static KafkaSettings settings;
  private static RunningCollector direct;
  private static TestDatabase loaderDatabase;
  private static CollectorMetrics kafkaCollectorMetrics;
  private static Collector kafkaCollector;
  private static CollectorMetrics loaderMetrics;
  private static LoaderService loader;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    kafka = InProcessKafka.start();
    settings = KafkaSettings.of(kafka.bootstrapServers()).withPartitions(4);
    direct = RunningCollector.start();
    loaderDatabase = TestDatabase.create();
    loaderMetrics = new CollectorMetrics();
    loader = LoaderService.start(LoaderService.Setup.of(0, loaderDatabase.dataSource(), PLAN,
        RunningCollector.migrations(), settings, loaderMetrics));
    kafkaCollectorMetrics = new CollectorMetrics();
    kafkaCollector = Collector.start(Collector.Setup.of(0, null, PLAN, RunningCollector.judge(PLAN),
        RunningCollector.migrations(), List.of(RunningCollector.WRITE_KEY), List.of(), kafkaCollectorMetrics),
        settings);
  }

  @AfterAll
  static void stop() {
    kafkaCollector.close();
    kafkaCollectorMetrics.close();
    loader.close();
    loaderMetrics.close();
    loaderDatabase.close();
    direct.close();
    kafka.close();
  }

  @Test
  @Order(1)
  void theLoaderLeavesTheWarehouseDirectModeLeavesAndTheAnswersAreTheSame() throws Exception {
    awaitReady("http://localhost:" + kafkaCollector.port());
    awaitReady("http://localhost:" + loader.port());
    for (String[] call : calls()) {
      HttpResponse<String> inDirectMode = post(direct.uri(call[0]), call[1]);
      HttpResponse<String> inKafkaMode = post(URI.create("http://localhost:" + kafkaCollector.port() + call[0]),
          call[1]);
      assertThat(inKafkaMode.statusCode()).as(call[1]).isEqualTo(inDirectMode.statusCode());
      assertThat(inKafkaMode.body()).as(call[1]).isEqualTo(inDirectMode.body());
    }

    Map<String, List<String>> expected = WarehouseContents.of(direct.sql());
    assertThat(expected.get("public.events")).hasSizeGreaterThan(60);
    assertThat(expected.get("public.rejected_events")).hasSizeGreaterThan(3);
    assertThat(awaitContents(expected)).isEqualTo(expected);

    HttpResponse<String> ready = get("http://localhost:" + loader.port() + "/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).isEqualTo(
        "{\"status\":\"up\",\"checks\":{\"database\":\"up\",\"migrations\":\"applied\",\"kafka\":\"up\","
            + "\"loader\":\"reading\"}}");
    String metrics = get("http://localhost:" + loader.port() + "/metrics").body();
    assertThat(metrics).contains("eventplan_loader_events_total", "eventplan_loader_batch_events_count",
        "eventplan_loader_delay_seconds{quantile=\"0.99\"}", "eventplan_loader_lag_events 0.0",
        "eventplan_loader_partitions 8.0", "eventplan_group_commit_events_count",
        "eventplan_loader_events_per_second");
    assertThat(loader.metrics().delay().count()).isPositive();
  }

  @Test
  @Order(2)
  void recordsReadAgainAfterTheOffsetsWentBackChangeNothing() throws Exception {
    Map<String, List<String>> before = WarehouseContents.of(new Sql(loaderDatabase.dataSource()));
    int records = TopicReader.read(kafka.bootstrapServers(), settings.eventsTopic(), 1, Duration.ofSeconds(30))
        .size();
    loader.close();
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
      Map<TopicPartition, OffsetAndMetadata> start = new HashMap<>();
      for (int p = 0; p < settings.partitions(); p++) {
        start.put(new TopicPartition(settings.eventsTopic(), p), new OffsetAndMetadata(0));
      }
      admin.alterConsumerGroupOffsets(settings.consumerGroup(), start).all().get(30, TimeUnit.SECONDS);
    }

    loaderMetrics.close();
    loaderMetrics = new CollectorMetrics();
    loader = LoaderService.start(LoaderService.Setup.of(0, loaderDatabase.dataSource(), PLAN,
        RunningCollector.migrations(), settings, loaderMetrics));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (loader.metrics().events() < records && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }

    assertThat(loader.metrics().events()).as("every record of the events topic read again").isEqualTo(records);
    // the counter moves only once a batch's transaction committed: the second reading is in the warehouse

    assertThat(WarehouseContents.of(new Sql(loaderDatabase.dataSource()))).isEqualTo(before);
  }

  /** Calls of every kind, each with a messageId and a timestamp so that both warehouses get the same values. */
  private static List<String[]> calls() {
    List<String[]> calls = new ArrayList<>();
    calls.add(new String[] {"/v1/identify", """
        {"userId": "u-1", "messageId": "id-1", "timestamp": "2026-03-01T10:00:00Z",
         "traits": {"email": "ada@example.com", "name": "Ada", "role": "admin"}}"""});
    calls.add(new String[] {"/v1/identify", """
        {"userId": "u-1", "messageId": "id-2", "timestamp": "2026-03-02T10:00:00Z",
         "traits": {"email": "ada@example.org"}}"""});
    calls.add(new String[] {"/v1/group", """
        {"userId": "u-1", "groupId": "acme", "messageId": "g-1", "timestamp": "2026-03-03T10:00:00Z",
         "traits": {"name": "Acme", "plan": "team", "employees": 42}}"""});
    calls.add(new String[] {"/v1/group", """
        {"groupId": "acme", "messageId": "g-2", "timestamp": "2026-03-04T10:00:00Z", "traits": {"name": "Acme Inc"}}"""});
    calls.add(new String[] {"/v1/identify", """
        {"userId": "u-1", "messageId": "id-3", "timestamp": "2026-03-05T10:00:00Z",
         "traits": {"email": "ada@example.org", "name": "Ada L.", "company_id": "acme"}}"""});
    calls.add(new String[] {"/v1/track", """
        {"event": "Signed Up", "userId": "u-1", "messageId": "t-1", "timestamp": "2026-03-01T09:59:00Z",
         "properties": {"signup_method": "github", "plan": "team"}}"""});
    calls.add(new String[] {"/v1/track", """
        {"event": "Logged In", "userId": "u-1", "messageId": "t-2", "timestamp": "2026-03-07T06:00:00+16:30",
         "context": {"page": {"url": "https://app.example.com/login"}}, "properties": {"type": "sso"}}"""});
    calls.add(new String[] {"/v1/track", """
        {"event": "Login Failed", "anonymousId": "a-1", "messageId": "t-3", "timestamp": "2026-03-01T08:00:00Z",
         "properties": {"type": "password", "reason": "invalid_credentials", "attempt": 2}}"""});
    calls.add(new String[] {"/v1/track", """
        {"event": "Order Placed", "messageId": "t-4", "userId": "u-1", "timestamp": "2026-03-08T08:00:00Z",
         "properties": {"order": "O-1234", "select": true, "total": 12.50, "quantity": 3.0, "placed_on": "2026-02-28",
                        "coupon_id": "0f8fad5b-d9cb-469f-a165-70867728950e", "contact": "ada@example.com",
                        "tags": ["gift", "rush"], "shipping": {"city": "Lyon", "default": false}}}"""});
    calls.add(new String[] {"/v1/page", """
        {"messageId": "p-1", "anonymousId": "a-1", "name": "Login", "timestamp": "2026-03-01T09:00:00+01:00",
         "properties": {"path": "/login", "title": "Sign in"}, "context": {"page": {"url": "https://app.example.com/login"}}}"""});
    calls.add(new String[] {"/v1/track", """
        {"event": "Logged In", "userId": "u-2", "messageId": "t-5", "timestamp": "2026-03-01T10:00:00Z",
         "properties": {"type": "telepathy"}}"""});
    calls.add(new String[] {"/v1/track", """
        {"event": "No Such Event", "userId": "u-2", "messageId": "t-6", "timestamp": "2026-03-01T10:00:00Z"}"""});
    calls.add(new String[] {"/v1/identify", """
        {"userId": "u-3", "messageId": "id-4", "timestamp": "2026-03-01T10:00:00Z", "traits": {"role": "owner"}}"""});
    calls.add(new String[] {"/v1/track", "{\"event\": \"Logged In\", \"userId\": "});
    StringBuilder batch = new StringBuilder("{\"context\": {\"library\": {\"name\": \"analytics-node\"}}, \"batch\": [");
    for (int i = 0; i < 60; i++) {
      String user = "u-" + (10 + i % 12);
      batch.append(i == 0 ? "" : ",").append("""
          {"type": "track", "event": "%s", "userId": "%s", "messageId": "b-%d", "timestamp": "2026-03-%02dT10:%02d:00Z",
           "context": {"page": {"url": "https://app.example.com/p/%d"}}, "properties": %s}"""
          .formatted(i % 3 == 0 ? "Logged In" : "Feature Used", user, i, 1 + i % 28, i % 60, i,
              i % 3 == 0 ? "{\"type\": \"password\"}" : "{\"feature\": \"dashboard\", \"surface\": \"web\"}"));
    }
    batch.append(", 17, {\"type\": \"screen\", \"messageId\": \"b-x\"}]}");
    calls.add(new String[] {"/v1/batch", batch.toString()});
    calls.add(new String[] {"/v1/track", """
        {"event": "Logged Out", "userId": "u-10", "messageId": "t-7", "timestamp": "2026-03-09T10:00:00Z"}"""});
    return calls;
  }

  private Map<String, List<String>> awaitContents(Map<String, List<String>> expected) throws InterruptedException {
    Sql sql = new Sql(loaderDatabase.dataSource());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    Map<String, List<String>> contents = WarehouseContents.of(sql);
    while (!contents.equals(expected) && System.nanoTime() < deadline) {
      Thread.sleep(100);
      contents = WarehouseContents.of(sql);
    }
    return contents;
  }

  private void awaitReady(String base) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (get(base + "/health/ready").statusCode() != 200) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(base + " is not ready: " + get(base + "/health/ready").body());
      }
      Thread.sleep(50);
    }
  }

  private HttpResponse<String> post(URI uri, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .header("Authorization", RunningCollector.basic(RunningCollector.WRITE_KEY))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(String uri) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(uri)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
