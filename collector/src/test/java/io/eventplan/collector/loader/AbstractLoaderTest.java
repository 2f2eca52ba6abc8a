package io.eventplan.collector.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.Collector;
import io.eventplan.collector.config.KafkaSettings;
import io.eventplan.collector.kafka.support.TopicReader;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.SampleCalls;
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
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;

/**
 * The same messages sent to a collector in direct mode and to one in Kafka mode leave the same warehouse once a
 * loader has read them: every table and report view, row for row (less receive times and generated ids), and the
 * same answers. Records read twice change nothing. The broker comes from the subclass: in-process
 * ({@link LoaderTest}) or a Testcontainers container where Docker is available ({@link LoaderContainersTest}).
 */
@Timeout(180)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AbstractLoaderTest {
  private static final EventPlan PLAN = TestPlans.testPlan();
  private KafkaSettings settings;
  private RunningCollector direct;
  private TestDatabase loaderDatabase;
  private CollectorMetrics kafkaCollectorMetrics;
  private Collector kafkaCollector;
  private CollectorMetrics loaderMetrics;
  private LoaderService loader;
  private final HttpClient http = HttpClient.newHttpClient();

  /** The brokers, started by the subclass (before {@code @BeforeAll} at the latest). */
  abstract String bootstrapServers();

  @BeforeAll
  void start() {
    settings = KafkaSettings.of(bootstrapServers()).withPartitions(4);
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
  void stop() {
    kafkaCollector.close();
    kafkaCollectorMetrics.close();
    loader.close();
    loaderMetrics.close();
    loaderDatabase.close();
    direct.close();
    stopBroker();
  }

  /** Stops the brokers of {@link #bootstrapServers()} when the subclass owns them; after everything else. */
  void stopBroker() {}

  @Test
  @Order(1)
  void theLoaderLeavesTheWarehouseDirectModeLeavesAndTheAnswersAreTheSame() throws Exception {
    awaitReady("http://localhost:" + kafkaCollector.port());
    awaitReady("http://localhost:" + loader.port());
    for (String[] call : SampleCalls.all()) {
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
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (!metrics.contains("eventplan_loader_lag_events 0.0") && System.nanoTime() < deadline) {
      Thread.sleep(100); // the lag is measured once a second: the last figure may be from before the last batch
      metrics = get("http://localhost:" + loader.port() + "/metrics").body();
    }
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
    int records = TopicReader.read(bootstrapServers(), settings.eventsTopic(), 1, Duration.ofSeconds(30))
        .size();
    loader.close();
    try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
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
