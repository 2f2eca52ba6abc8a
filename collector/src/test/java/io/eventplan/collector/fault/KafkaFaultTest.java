package io.eventplan.collector.fault;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.eventplan.collector.Collector;
import io.eventplan.collector.config.KafkaSettings;
import io.eventplan.collector.db.DataSources;
import io.eventplan.collector.db.EmbeddedDatabase;
import io.eventplan.collector.kafka.support.InProcessKafka;
import io.eventplan.collector.loader.LoaderService;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.collector.support.CollectorProcess;
import io.eventplan.collector.support.DeliveryFigures;
import io.eventplan.collector.support.LedgerClient;
import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.Sql;
import io.eventplan.collector.support.TestDatabase;
import io.eventplan.collector.support.TestPlans;
import io.eventplan.runtime.EventPlan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kafka mode under the faults of docs/reliability.md: a loader killed with SIGKILL in the middle of a transaction,
 * PostgreSQL stopped while the collectors keep answering 200, the broker stopped (503, then recovery), and one of two
 * loaders killed. Every scenario ends with every acknowledged event in the warehouse exactly once (events and the
 * typed table) and prints its figures for docs/reliability.md. Each scenario sends {@value #DEFAULT_EVENTS} events;
 * PostgreSQL stays down {@value #DEFAULT_DATABASE_OUTAGE_SECONDS} s and the broker
 * {@value #DEFAULT_BROKER_OUTAGE_SECONDS} s ({@code -Deventplan.fault.events},
 * {@code -Deventplan.fault.databaseOutageSeconds}, {@code -Deventplan.fault.brokerOutageSeconds} change them).
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class KafkaFaultTest {
  private static final int DEFAULT_EVENTS = 20_000;
  private static final int DEFAULT_DATABASE_OUTAGE_SECONDS = 30;
  private static final int DEFAULT_BROKER_OUTAGE_SECONDS = 5;
  private static final int EVENTS = Integer.getInteger("eventplan.fault.events", DEFAULT_EVENTS);
  private static final int DATABASE_OUTAGE_SECONDS = Integer.getInteger("eventplan.fault.databaseOutageSeconds",
      DEFAULT_DATABASE_OUTAGE_SECONDS);
  private static final int BROKER_OUTAGE_SECONDS = Integer.getInteger("eventplan.fault.brokerOutageSeconds",
      DEFAULT_BROKER_OUTAGE_SECONDS);
  private static final String KEY = "kafka-fault-key";
  private static final EventPlan PLAN = TestPlans.testPlan();
  /** The longest any wait of these scenarios may take: generous, for a loaded machine and the long run. */
  private static final Duration PATIENCE = Duration.ofSeconds(120 + EVENTS / 100);

  private static InProcessKafka kafka;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeAll
  static void startBroker() {
    kafka = InProcessKafka.start();
  }

  @AfterAll
  static void stopBroker() {
    kafka.close();
  }

  @Test
  void aLoaderKilledInTheMiddleOfATransactionAndStartedAgainLosesNothingAndStoresNothingTwice(@TempDir Path logs)
      throws Exception {
    KafkaSettings settings = settings("kill");
    List<String> ids = ids();
    try (TestDatabase database = TestDatabase.create(); KafkaCollector collector = new KafkaCollector(settings)) {
      Sql sql = new Sql(database.dataSource());
      LedgerClient client = new LedgerClient(collector::uri, KEY);
      Map<String, String> env = loaderEnvironment(settings, database.jdbcUrl(), logs);
      int third = EVENTS / 3;
      client.sendOnce(ids.subList(0, third), 8);
      long storedAtKill;
      try (CollectorProcess first = CollectorProcess.start(CollectorProcess.freePort(), env,
          logs.resolve("loader-1.log"))) {
        first.awaitReady(PATIENCE);
        await("the first third is loaded", () -> sql.count("events") >= third, first);
        try (TableLock lock = new TableLock(database.dataSource(), "logged_out")) {
          client.sendOnce(ids.subList(third, EVENTS), 8);
          await("the loader waits in the middle of a transaction", () -> loadersWaitingForALock(sql) > 0);
          storedAtKill = sql.count("events");
          first.kill();
        }
      }
      try (CollectorProcess second = CollectorProcess.start(CollectorProcess.freePort(), env,
          logs.resolve("loader-2.log"))) {
        second.awaitReady(PATIENCE);
        await("every acknowledged event is loaded", () -> sql.count("events") >= EVENTS);
        DeliveryFigures figures = figures("SIGKILL of a loader in the middle of a transaction, loader started "
            + "again", ids, client, sql, "stored when killed=" + storedAtKill + ", answers=" + client.statuses());
        assertEveryEventOnce(figures, client, sql);
      }
    }
  }

  @Test
  void whilePostgresqlIsStoppedTheCollectorsAnswer200AndEverythingArrivesAfterwards(@TempDir Path data)
      throws Exception {
    KafkaSettings settings = settings("outage");
    List<String> ids = ids();
    int port = CollectorProcess.freePort();
    EmbeddedDatabase database = EmbeddedDatabase.start(data, port);
    CollectorMetrics metrics = new CollectorMetrics();
    try (HikariDataSource pool = DataSources.pool(database.jdbcUrl(), database.user(), null, null);
        KafkaCollector collector = new KafkaCollector(settings);
        LoaderService loader = LoaderService.start(LoaderService.Setup.of(0, pool, PLAN,
            RunningCollector.migrations(), settings, metrics))) {
      Sql sql = new Sql(pool);
      URI loaderUri = URI.create("http://localhost:" + loader.port());
      awaitStatus(loaderUri, 200);
      LedgerClient client = new LedgerClient(collector::uri, KEY);
      int third = EVENTS / 3;
      client.sendOnce(ids.subList(0, third), 8);
      await("the first third is loaded", () -> sql.count("events") >= third);

      long stoppedAt = System.nanoTime();
      database.close();
      awaitStatus(loaderUri, 503);
      client.sendOnce(ids.subList(third, 2 * third), 8);
      int acknowledgedDuringOutage = client.acknowledged().size() - third;
      String loaderReadyDuringOutage = get(loaderUri.resolve("/health/ready")).body();
      await("the loader's lag counts what waits in Kafka", () -> metric(loaderUri, "eventplan_loader_lag_events")
          >= acknowledgedDuringOutage);
      long remaining = TimeUnit.SECONDS.toNanos(DATABASE_OUTAGE_SECONDS) - (System.nanoTime() - stoppedAt);
      if (remaining > 0) {
        TimeUnit.NANOSECONDS.sleep(remaining); // the outage lasts as long as asked, whatever the sending took
      }
      client.sendOnce(ids.subList(2 * third, EVENTS), 8);
      long outageMillis = (System.nanoTime() - stoppedAt) / 1_000_000;
      database = EmbeddedDatabase.start(data, port);

      await("every acknowledged event is loaded", () -> sql.count("events") >= EVENTS);
      await("the loader's lag is back to 0", () -> metric(loaderUri, "eventplan_loader_lag_events") == 0);
      DeliveryFigures figures = figures("PostgreSQL stopped for " + outageMillis / 1000 + " s while the collector "
          + "takes events (Kafka mode)", ids, client, sql, "acknowledged while PostgreSQL was down="
          + acknowledgedDuringOutage + ", answers=" + client.statuses() + ", loader end-to-end delay max="
          + Math.round(loader.metrics().delay().max(TimeUnit.SECONDS)) + " s");
      assertThat(client.statuses()).as("the collector answered 200 throughout").containsOnlyKeys(200);
      assertThat(acknowledgedDuringOutage).isEqualTo(third);
      assertThat(loaderReadyDuringOutage).contains("\"database\":\"down\"");
      assertEveryEventOnce(figures, client, sql);
    } finally {
      database.close();
      metrics.close();
    }
  }

  @Test
  void whileTheBrokerIsStoppedTheCollectorsAnswer503AndRecoverAndNothingIsLostOrDoubled() throws Exception {
    KafkaSettings settings = settings("broker");
    List<String> ids = ids();
    CollectorMetrics metrics = new CollectorMetrics();
    try (TestDatabase database = TestDatabase.create(); KafkaCollector collector = new KafkaCollector(settings);
        LoaderService loader = LoaderService.start(LoaderService.Setup.of(0, database.dataSource(), PLAN,
            RunningCollector.migrations(), settings, metrics))) {
      Sql sql = new Sql(database.dataSource());
      awaitStatus(URI.create("http://localhost:" + loader.port()), 200);
      LedgerClient client = new LedgerClient(collector::uri, KEY);
      AtomicBoolean brokerBack = new AtomicBoolean();
      Thread load = new Thread(() -> {
        while (!brokerBack.get() || client.acknowledged().size() < ids.size()) {
          int before = client.acknowledged().size();
          client.sendOnce(ids.stream().filter(id -> !client.acknowledged().contains(id)).limit(300).toList(), 6);
          if (client.acknowledged().size() == before) {
            RunningCollector.sleep(200); // nothing went through: back off a little, as a client told Retry-After
          }
        }
      });
      load.setDaemon(true);
      load.start();
      await("a third is acknowledged", () -> client.acknowledged().size() >= EVENTS / 3);
      long stoppedAt = System.nanoTime();
      kafka.stop();
      int acknowledgedAtStop = client.acknowledged().size();
      awaitStatus(collector.uri(), 503);
      HttpResponse<String> down = post(collector.uri().resolve("/v1/track"),
          "{\"event\": \"Logged Out\", \"userId\": \"u-down\", \"messageId\": \"" + UUID.randomUUID() + "\"}");
      long remaining = TimeUnit.SECONDS.toNanos(BROKER_OUTAGE_SECONDS) - (System.nanoTime() - stoppedAt);
      if (remaining > 0) {
        TimeUnit.NANOSECONDS.sleep(remaining);
      }
      kafka.restart();
      long outageMillis = (System.nanoTime() - stoppedAt) / 1_000_000;
      brokerBack.set(true);
      load.join(PATIENCE.toMillis());
      assertThat(load.isAlive()).as("every event is acknowledged after the broker is back").isFalse();

      await("every acknowledged event is loaded", () -> sql.count("events") >= EVENTS);
      DeliveryFigures figures = figures("Kafka broker stopped for " + outageMillis / 1000 + " s under load",
          ids, client, sql, "acknowledged before the stop=" + acknowledgedAtStop + ", requests=" + client.requests()
              + ", answers=" + client.statuses() + ", connection failures=" + client.connectionFailures());
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.body()).contains("\"code\":\"kafka_unavailable\"");
      assertThat(client.statuses()).containsOnlyKeys(200, 503).containsKey(503);
      assertThat(client.retryAfterMissing()).isEmpty();
      assertThat(client.connectionFailures()).isZero();
      assertEveryEventOnce(figures, client, sql);
    } finally {
      metrics.close();
    }
  }

  @Test
  void whenOneOfTwoLoadersIsKilledTheOtherLoadsItsPartitionsAndNothingIsLostOrDoubled(@TempDir Path logs)
      throws Exception {
    KafkaSettings settings = settings("pair");
    List<String> ids = ids();
    try (TestDatabase database = TestDatabase.create(); KafkaCollector collector = new KafkaCollector(settings)) {
      Sql sql = new Sql(database.dataSource());
      LedgerClient client = new LedgerClient(collector::uri, KEY);
      Map<String, String> env = loaderEnvironment(settings, database.jdbcUrl(), logs);
      int third = EVENTS / 3;
      try (CollectorProcess survivor = CollectorProcess.start(CollectorProcess.freePort(), env,
          logs.resolve("survivor.log"));
          CollectorProcess victim = CollectorProcess.start(CollectorProcess.freePort(), env,
              logs.resolve("victim.log"))) {
        survivor.awaitReady(PATIENCE);
        victim.awaitReady(PATIENCE);
        client.sendOnce(ids.subList(0, third), 8);
        await("the first third is loaded", () -> sql.count("events") >= third);
        long storedAtKill;
        try (TableLock lock = new TableLock(database.dataSource(), "logged_out")) {
          client.sendOnce(ids.subList(third, 2 * third), 8);
          await("a loader waits in the middle of a transaction", () -> loadersWaitingForALock(sql) > 0);
          storedAtKill = sql.count("events");
          victim.kill();
        }
        client.sendOnce(ids.subList(2 * third, EVENTS), 8);
        await("every acknowledged event is loaded", () -> sql.count("events") >= EVENTS);
        DeliveryFigures figures = figures("one of two loaders killed with SIGKILL in the middle of a transaction",
            ids, client, sql, "stored when killed=" + storedAtKill + ", answers=" + client.statuses());
        assertEveryEventOnce(figures, client, sql);
      }
    }
  }

  private static KafkaSettings settings(String scenario) {
    return KafkaSettings.of(kafka.bootstrapServers()).withPartitions(6)
        .withTopics("fault-" + scenario + "-events", "fault-" + scenario + "-rejected", "fault-" + scenario);
  }

  private static List<String> ids() {
    List<String> ids = new ArrayList<>(EVENTS);
    for (int i = 0; i < EVENTS; i++) {
      ids.add(UUID.randomUUID().toString());
    }
    return ids;
  }

  /**
   * A loader process's variables. A killed loader's partitions move to the others after its session timed out:
   * 6 s here (Kafka's default is 45 s), set through EVENTPLAN_KAFKA_CLIENT_CONFIG as an operator would.
   */
  private static Map<String, String> loaderEnvironment(KafkaSettings settings, String jdbcUrl, Path dir)
      throws Exception {
    Path clientConfig = dir.resolve("kafka-client.properties");
    Files.writeString(clientConfig, "session.timeout.ms=6000\nheartbeat.interval.ms=1000\n");
    Map<String, String> env = new HashMap<>();
    env.put("EVENTPLAN_ROLE", "loader");
    env.put("EVENTPLAN_DB_URL", jdbcUrl);
    env.put("EVENTPLAN_DB_USER", "postgres");
    env.put("EVENTPLAN_KAFKA_BOOTSTRAP_SERVERS", settings.bootstrapServers());
    env.put("EVENTPLAN_KAFKA_TOPIC", settings.eventsTopic());
    env.put("EVENTPLAN_KAFKA_REJECTED_TOPIC", settings.rejectedTopic());
    env.put("EVENTPLAN_KAFKA_GROUP", settings.consumerGroup());
    env.put("EVENTPLAN_KAFKA_PARTITIONS", Integer.toString(settings.partitions()));
    env.put("EVENTPLAN_KAFKA_CLIENT_CONFIG", clientConfig.toString());
    return env;
  }

  /** Backends of loader processes waiting for a lock: a loader stopped in the middle of its transaction. */
  private static long loadersWaitingForALock(Sql sql) {
    return ((Number) sql.one("""
        SELECT count(*) AS n FROM pg_stat_activity
        WHERE application_name = 'eventplan-loader' AND wait_event_type = 'Lock'""").get("n")).longValue();
  }

  private static DeliveryFigures figures(String fault, List<String> ids, LedgerClient client, Sql sql,
      String notes) {
    return DeliveryFigures.of(fault, ids, client.acknowledged(), sql, "events=" + EVENTS + ", " + notes);
  }

  private static void assertEveryEventOnce(DeliveryFigures figures, LedgerClient client, Sql sql) {
    assertThat(client.acknowledged()).hasSize(EVENTS);
    assertThat(figures.lost()).isZero();
    assertThat(figures.duplicated()).isZero();
    assertThat(figures.stored()).isEqualTo(EVENTS);
    assertThat(sql.count("logged_out")).as("one typed row per event").isEqualTo(EVENTS);
    assertThat(sql.count("rejected_events")).isZero();
  }

  private static void await(String what, BooleanSupplier condition, CollectorProcess... loaders)
      throws InterruptedException {
    long deadline = System.nanoTime() + PATIENCE.toNanos();
    RuntimeException last = null;
    while (true) {
      try {
        if (condition.getAsBoolean()) {
          return;
        }
      } catch (RuntimeException e) {
        last = e; // e.g. the test's own pool while PostgreSQL starts again: ask again
      }
      if (System.nanoTime() > deadline) {
        StringBuilder message = new StringBuilder("not within " + PATIENCE + ": " + what
            + (last == null ? "" : " (last error: " + last + ")"));
        for (CollectorProcess loader : loaders) {
          message.append("\n--- a loader's output:\n").append(loader.output());
        }
        throw new AssertionError(message);
      }
      Thread.sleep(20);
    }
  }

  private void awaitStatus(URI base, int status) throws Exception {
    await(base + "/health/ready answers " + status, () -> get(base.resolve("/health/ready")).statusCode() == status);
  }

  private HttpResponse<String> get(URI uri) {
    try {
      return http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A value of the Prometheus text at {@code base}/metrics, e.g. {@code eventplan_loader_lag_events}. */
  private double metric(URI base, String name) {
    return get(base.resolve("/metrics")).body().lines().filter(line -> line.startsWith(name + " "))
        .mapToDouble(line -> Double.parseDouble(line.substring(name.length() + 1))).findFirst()
        .orElseThrow(() -> new AssertionError(base + "/metrics has no " + name));
  }

  private HttpResponse<String> post(URI uri, String body) throws Exception {
    return http.send(HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .header("Authorization", RunningCollector.basic(KEY))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A collector in Kafka mode in this JVM, without a database. */
  private static final class KafkaCollector implements AutoCloseable {
    private final CollectorMetrics metrics = new CollectorMetrics();
    private final Collector collector;

    /** Starts it and waits until it is ready: before its first look at the broker it answers 503. */
    KafkaCollector(KafkaSettings settings) throws InterruptedException {
      collector = Collector.start(Collector.Setup.of(0, null, PLAN, RunningCollector.judge(PLAN),
          RunningCollector.migrations(), List.of(KEY), List.of(), metrics), settings);
      HttpClient http = HttpClient.newHttpClient();
      await("the collector is ready", () -> {
        try {
          return http.send(HttpRequest.newBuilder(uri().resolve("/health/ready")).build(),
              HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (Exception e) {
          return false;
        }
      });
    }

    URI uri() {
      return URI.create("http://localhost:" + collector.port());
    }

    @Override
    public void close() {
      collector.close();
      metrics.close();
    }
  }

  /** A transaction holding a table so that writers to it wait: a loader stopped in its transaction, on purpose. */
  private static final class TableLock implements AutoCloseable {
    private final Connection connection;

    TableLock(javax.sql.DataSource dataSource, String table) throws Exception {
      connection = dataSource.getConnection();
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute("LOCK TABLE " + table + " IN SHARE MODE");
      }
    }

    @Override
    public void close() throws Exception {
      connection.rollback();
      connection.close();
    }
  }
}
