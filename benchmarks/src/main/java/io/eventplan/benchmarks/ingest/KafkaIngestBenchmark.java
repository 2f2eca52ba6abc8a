package io.eventplan.benchmarks.ingest;

import com.zaxxer.hikari.HikariDataSource;
import io.eventplan.collector.Collector;
import io.eventplan.collector.config.KafkaSettings;
import io.eventplan.collector.db.DataSources;
import io.eventplan.collector.db.LiquibaseMigrations;
import io.eventplan.collector.judge.ValidatorJudge;
import io.eventplan.collector.kafka.KafkaClients;
import io.eventplan.collector.kafka.Topics;
import io.eventplan.collector.kafka.support.InProcessKafka;
import io.eventplan.collector.loader.LoaderService;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.examples.events.EventRegistry;
import io.eventplan.runtime.EventPlan;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Kafka mode beside direct mode (issue 18), all in one run, not run by the build: an embedded PostgreSQL 17
 * (synchronous_commit on), a Kafka 4.4 broker in KRaft mode in the same JVM ({@code InProcessKafka}, topics of
 * {@code kafka.partitions} partitions), a collector in direct mode, a collector in Kafka mode and a loader. After a
 * JIT warm-up of both modes it measures, each phase after a warm-up of its own on emptied tables:
 *
 * <ol>
 *   <li>{@code /v1/track} and {@code /v1/batch} in direct mode (events committed per second, request latency);
 *   <li>the same in Kafka mode with a loader running: events acknowledged per second, request latency, and the
 *       end-to-end delay (accepted by the collector to committed by the loader, the loader's own timer);
 *   <li>{@code /v1/track} in Kafka mode with no loader running (a collector machine of a real deployment), then
 *       loader throughput: that and a {@code /v1/batch} backlog loaded by one loader from its committed offsets;
 *   <li>raw {@code COPY} of the same rows (the loader's ceiling) and {@code GET /health/live} (the HTTP ceiling).
 * </ol>
 *
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.eventplan.benchmarks.ingest.KafkaIngestBenchmark}.
 * System properties (defaults in brackets): {@code kafka.seconds} [15], {@code kafka.warmupSeconds} [5],
 * {@code kafka.jitWarmupSeconds} [20], {@code kafka.backlogSeconds} [15], {@code kafka.partitions} [12],
 * {@code kafka.trackClients} [64], {@code kafka.batchClients} [8], {@code kafka.batchSize} [100],
 * {@code kafka.copyThreads} [2], {@code kafka.copyRows} [5000]. See docs/performance.md#kafka-mode.
 */
public final class KafkaIngestBenchmark {
  private static final String WRITE_KEY = LoadDriver.WRITE_KEY;

  private final int seconds = Integer.getInteger("kafka.seconds", 15);
  private final int warmupSeconds = Integer.getInteger("kafka.warmupSeconds", 5);
  private final int jitWarmupSeconds = Integer.getInteger("kafka.jitWarmupSeconds", 20);
  private final int backlogSeconds = Integer.getInteger("kafka.backlogSeconds", 15);
  private final int partitions = Integer.getInteger("kafka.partitions", 12);
  private final int trackClients = Integer.getInteger("kafka.trackClients", 64);
  private final int batchClients = Integer.getInteger("kafka.batchClients", 8);
  private final int batchSize = Integer.getInteger("kafka.batchSize", 100);
  private final int copyThreads = Integer.getInteger("kafka.copyThreads", 2);
  private final int copyRows = Integer.getInteger("kafka.copyRows", 5000);

  private final EventPlan plan = new EventRegistry();
  private final List<String[]> lines = new ArrayList<>();
  private String jdbcUrl;
  private HikariDataSource pool;
  private KafkaSettings settings;
  private JdbcBaselines baselines;
  private LoaderService loader;
  private LoadDriver load;
  private CollectorMetrics loaderMetrics;

  private KafkaIngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    java.util.logging.LogManager.getLogManager().reset();
    new KafkaIngestBenchmark().run();
    System.exit(0);
  }

  private void run() throws Exception {
    long started = System.nanoTime();
    System.out.printf(Locale.ROOT, "eventplan Kafka-mode benchmark: %d s per phase after %d s warm-up; %d cores; %s%n",
        seconds, warmupSeconds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on")
        .setServerConfig("max_connections", "200").start();
        InProcessKafka kafka = InProcessKafka.start()) {
      jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
      load = new LoadDriver(jdbcUrl, batchSize);
      settings = KafkaSettings.of(kafka.bootstrapServers()).withPartitions(partitions);
      baselines = new JdbcBaselines(plan.version(), copyRows);
      CollectorMetrics metrics = new CollectorMetrics();
      pool = DataSources.pool(jdbcUrl, "postgres", null, metrics.registry());
      Collector direct = Collector.start(Collector.Setup.of(0, pool, plan, new ValidatorJudge(plan),
          LiquibaseMigrations.of(plan), List.of(WRITE_KEY), List.of(), metrics));
      CollectorMetrics kafkaMetrics = new CollectorMetrics();
      Collector viaKafka = Collector.start(Collector.Setup.of(0, null, plan, new ValidatorJudge(plan),
          LiquibaseMigrations.of(plan), List.of(WRITE_KEY), List.of(), kafkaMetrics), settings);
      try {
        load.awaitReady(direct.port());
        load.awaitReady(viaKafka.port());
        startLoader();
        System.out.printf(Locale.ROOT, "JIT warm-up: both modes, /v1/batch then /v1/track, %d s ...%n",
            jitWarmupSeconds);
        int quarter = Math.max(1, jitWarmupSeconds / 4);
        load.drive(direct.port(), batchClients, load::postBatch, quarter);
        load.drive(direct.port(), trackClients, load::postTrack, quarter);
        load.drive(viaKafka.port(), batchClients, load::postBatch, quarter);
        load.drive(viaKafka.port(), trackClients, load::postTrack, quarter);

        directPhase("direct /v1/track", trackClients + " clients x 1 event", direct.port(), trackClients,
            load::postTrack);
        directPhase("direct /v1/batch", batchClients + " clients x " + batchSize + " events", direct.port(),
            batchClients, load::postBatch);
        kafkaPhase("Kafka /v1/track", trackClients + " clients x 1 event, 1 loader", viaKafka.port(), trackClients,
            load::postTrack);
        kafkaPhase("Kafka /v1/batch", batchClients + " clients x " + batchSize + " events, 1 loader",
            viaKafka.port(), batchClients, load::postBatch);
        loaderPhase(viaKafka.port());
        copyPhase();
        floorPhase(viaKafka.port());
        producePhase();
      } finally {
        if (loader != null) {
          loader.close();
          loaderMetrics.close();
        }
        viaKafka.close();
        kafkaMetrics.close();
        direct.close();
        pool.close();
        metrics.close();
      }
    }
    print();
    System.out.printf(Locale.ROOT, "total time %.0f s%n", (System.nanoTime() - started) / 1e9);
  }

  // ---- phases ----

  private void directPhase(String name, String how, int port, int clients, Step step) throws Exception {
    prepare(name, port, clients, step, false);
    long t0 = System.nanoTime();
    LoadDriver.Driven driven = load.drive(port, clients, step, seconds);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long committed = countRows();
    add(name, how, committed / elapsed, driven, "-", "-");
  }

  private void kafkaPhase(String name, String how, int port, int clients, Step step) throws Exception {
    prepare(name, port, clients, step, true); // a fresh loader: its delay timer holds this phase only
    long t0 = System.nanoTime();
    LoadDriver.Driven driven = load.drive(port, clients, step, seconds);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    awaitLoaded(driven.acknowledged());
    ValueAtPercentile[] delay = loader.metrics().delay().takeSnapshot().percentileValues();
    add(name, how, driven.acknowledged() / elapsed, driven, millis(delay, 0.5), millis(delay, 0.99));
  }

  /**
   * With no loader running (as on a collector machine of a real deployment, where loaders and PostgreSQL are
   * elsewhere): {@code /v1/track} measured as a phase of its own, then {@code /v1/batch} for
   * {@code kafka.backlogSeconds}; then one fresh loader loads the whole backlog: its events per second.
   */
  private void loaderPhase(int port) throws Exception {
    stopLoader();
    truncate();
    String track = "Kafka /v1/track, no loader";
    System.out.printf(Locale.ROOT, "%-24s warm-up %d s ...%n", track, warmupSeconds);
    LoadDriver.Driven warm = load.drive(port, trackClients, load::postTrack, warmupSeconds);
    System.out.printf(Locale.ROOT, "%-24s measuring %d s ...%n", track, seconds);
    long t = System.nanoTime();
    LoadDriver.Driven tracked = load.drive(port, trackClients, load::postTrack, seconds);
    add(track, trackClients + " clients x 1 event, loader stopped", tracked.acknowledged()
        / ((System.nanoTime() - t) / 1e9), tracked, "-", "-");
    String name = "loader (backlog)";
    System.out.printf(Locale.ROOT, "%-24s producing a backlog for %d s ...%n", name, backlogSeconds);
    LoadDriver.Driven batched = load.drive(port, batchClients, load::postBatch, backlogSeconds);
    long records = warm.acknowledged() + tracked.acknowledged() + batched.acknowledged();
    startLoader();
    long t0 = System.nanoTime();
    awaitLoaded(records);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    long committed = countRows();
    lines.add(new String[] {name, String.format(Locale.ROOT, "%,d records, 1 loader, %d partitions",
        records, partitions), String.format(Locale.ROOT, "%,.0f", committed / elapsed), "-", "-", "-",
        "-", String.format(Locale.ROOT, "%.1f", elapsed)});
    System.out.printf(Locale.ROOT, "%-24s %,d events loaded in %.1f s: %,.0f events/s%n", name, committed, elapsed,
        committed / elapsed);
  }

  private void copyPhase() throws Exception {
    stopLoader();
    String name = "raw COPY";
    truncate();
    load.drive(0, copyThreads, baselines::copy, warmupSeconds);
    truncate();
    System.out.printf(Locale.ROOT, "%-24s measuring %d s ...%n", name, seconds);
    long t0 = System.nanoTime();
    LoadDriver.Driven driven = load.drive(0, copyThreads, baselines::copy, seconds);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    double rate = countRows() / elapsed;
    lines.add(new String[] {name, copyThreads + " threads x " + copyRows + " rows/transaction",
        String.format(Locale.ROOT, "%,.0f", rate), "-", "-", "-", "-", String.format(Locale.ROOT, "%.1f", elapsed)});
    System.out.printf(Locale.ROOT, "%-24s %,.0f events/s (%d transactions)%n", name, rate, driven.requests());
  }

  private void floorPhase(int port) throws Exception {
    String name = "GET /health/live";
    load.drive(port, trackClients, load::getLive, warmupSeconds);
    long t0 = System.nanoTime();
    LoadDriver.Driven driven = load.drive(port, trackClients, load::getLive, seconds);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    add(name, trackClients + " clients, no body, no database, no Kafka", driven.requests() / elapsed, driven, "-", "-");
  }

  /** A warm-up of the phase on emptied tables, then emptied tables again (and a fresh loader in Kafka mode). */
  /**
   * The Kafka ceiling of a single-event request: {@code kafka.trackClients} threads each sending one record of the
   * size of a track message with the collector's producer settings and waiting for its acknowledgement, to a topic
   * of its own; no HTTP, no validation, no loader.
   */
  private void producePhase() throws Exception {
    stopLoader();
    String name = "Kafka produce alone";
    KafkaSettings own = settings.withTopics("bench-produce", "bench-produce-rejected", "bench-produce");
    try (Admin admin = KafkaClients.admin(own, "bench-admin");
        KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(own, "bench-producer")) {
      Topics.ensure(admin, own);
      byte[] value = new byte[300];
      Step send = worker -> {
        producer.send(new ProducerRecord<>("bench-produce",
            ("user_" + ThreadLocalRandom.current().nextInt(100_000)).getBytes(StandardCharsets.UTF_8), value)).get();
        return 1;
      };
      load.drive(-1, trackClients, send, warmupSeconds);
      long t0 = System.nanoTime();
      LoadDriver.Driven driven = load.drive(-1, trackClients, send, seconds);
      double elapsed = (System.nanoTime() - t0) / 1e9;
      add(name, trackClients + " threads x 1 record, acks=all, no HTTP", driven.acknowledged() / elapsed, driven,
          "-", "-");
    }
  }

  private void prepare(String name, int port, int clients, Step step, boolean kafkaMode) throws Exception {
    stopLoader();
    truncate();
    if (kafkaMode) {
      startLoader();
    }
    System.out.printf(Locale.ROOT, "%-24s warm-up %d s ...%n", name, warmupSeconds);
    LoadDriver.Driven warm = load.drive(port, clients, step, warmupSeconds);
    awaitLoaded(warm.acknowledged());
    stopLoader();
    truncate();
    if (kafkaMode) {
      startLoader();
    }
    System.out.printf(Locale.ROOT, "%-24s measuring %d s ...%n", name, seconds);
  }

  private void add(String name, String how, double rate, LoadDriver.Driven driven, String delayP50, String delayP99) {
    lines.add(new String[] {name, how, String.format(Locale.ROOT, "%,.0f", rate), percentile(driven.latencies(), 0.5),
        percentile(driven.latencies(), 0.99), delayP50, delayP99, String.format(Locale.ROOT, "%d", driven.failures())});
    System.out.printf(Locale.ROOT, "%-24s %,.0f /s, p50 %s ms, p99 %s ms, end-to-end p50 %s ms, p99 %s ms, "
        + "%d failed%n", name, rate, percentile(driven.latencies(), 0.5), percentile(driven.latencies(), 0.99), delayP50,
        delayP99, driven.failures());
  }

  private void print() {
    System.out.println();
    System.out.println("| phase | how | events/s | request p50 ms | request p99 ms | end-to-end p50 ms "
        + "| end-to-end p99 ms | failed (or s) |");
    System.out.println("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |");
    for (String[] line : lines) {
      System.out.println("| " + String.join(" | ", line) + " |");
    }
    System.out.println();
    double directTrack = rate("direct /v1/track");
    double kafkaTrack = rate("Kafka /v1/track");
    double loaderRate = rate("loader (backlog)");
    double copy = rate("raw COPY");
    double floor = rate("GET /health/live");
    double directP99 = Double.parseDouble(line("direct /v1/track")[4]);
    double kafkaP99 = Double.parseDouble(line("Kafka /v1/track")[4]);
    System.out.printf(Locale.ROOT, "single-event p99: Kafka %.1f ms vs direct %.1f ms (target: below): %s%n",
        kafkaP99, directP99, kafkaP99 < directP99 ? "met" : "NOT met");
    System.out.printf(Locale.ROOT, "single-event throughput: Kafka / direct = %.2fx (target >= 1.5x): %s%n",
        kafkaTrack / directTrack, kafkaTrack >= 1.5 * directTrack ? "met" : "NOT met");
    double alone = rate("Kafka /v1/track, no loader");
    double aloneP99 = Double.parseDouble(line("Kafka /v1/track, no loader")[4]);
    System.out.printf(Locale.ROOT, "  with the loader stopped: %.2fx direct, p99 %.1f ms%n", alone / directTrack,
        aloneP99);
    System.out.printf(Locale.ROOT, "  ceiling: HTTP alone (GET /health/live) = %,.0f requests/s = %.2fx direct "
        + "/v1/track%n", floor, floor / directTrack);
    double produce = rate("Kafka produce alone");
    System.out.printf(Locale.ROOT, "  ceiling: Kafka produce alone (no HTTP) = %,.0f records/s = %.2fx direct "
        + "/v1/track%n", produce, produce / directTrack);
    System.out.printf(Locale.ROOT, "loader / raw COPY = %.2f (target >= 0.5): %s%n", loaderRate / copy,
        loaderRate >= 0.5 * copy ? "met" : "NOT met");
  }

  private String[] line(String name) {
    return lines.stream().filter(l -> l[0].equals(name)).findFirst().orElseThrow();
  }

  private double rate(String name) {
    return Double.parseDouble(line(name)[2].replace(",", ""));
  }

  // ---- the loader ----

  private void startLoader() {
    loaderMetrics = new CollectorMetrics();
    loader = LoaderService.start(LoaderService.Setup.of(0, pool, plan, LiquibaseMigrations.of(plan), settings,
        loaderMetrics));
  }

  private void stopLoader() {
    if (loader != null) {
      loader.close();
      loaderMetrics.close();
      loader = null;
    }
  }

  /** Waits until the events table holds {@code events} rows (what was acknowledged since the last truncate). */
  private void awaitLoaded(long events) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
    while (countRows() < events) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("the loader did not load " + events + " events within 5 minutes");
      }
      Thread.sleep(20);
    }
  }

  // ---- the database ----

  private void truncate() throws Exception {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", null); Statement s = c.createStatement()) {
      s.execute("TRUNCATE logged_in, events, rejected_events CASCADE");
      s.execute("CHECKPOINT");
    }
  }

  private long countRows() throws Exception {
    try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", null); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM events")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static String percentile(long[] latencies, double p) {
    if (latencies.length == 0) {
      return "-";
    }
    long nanos = latencies[(int) Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)];
    return String.format(Locale.ROOT, "%.1f", nanos / 1e6);
  }

  private static String millis(ValueAtPercentile[] values, double percentile) {
    for (ValueAtPercentile value : values) {
      if (value.percentile() == percentile) {
        return String.format(Locale.ROOT, "%.0f", value.value(TimeUnit.MILLISECONDS));
      }
    }
    return "-";
  }
}
