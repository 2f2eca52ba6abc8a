package io.eventplan.benchmarks.ingest;

import com.zaxxer.hikari.HikariDataSource;
import io.eventplan.collector.Collector;
import io.eventplan.collector.judge.ValidatorJudge;
import io.eventplan.collector.db.DataSources;
import io.eventplan.collector.db.LiquibaseMigrations;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.examples.events.EventRegistry;
import io.eventplan.runtime.EventPlan;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The collector's ingest benchmark (issue 5): not JMH and not run by the build. One run starts an
 * embedded PostgreSQL 17 (synchronous_commit on, as the collector's embedded database) and the real
 * collector in-process on a free loopback port, warms the JIT compiler up, then measures these
 * phases against the same tables ({@code events} and {@code logged_in}), each on emptied tables,
 * after a warm-up of its own, for a fixed time:
 *
 * <ol>
 *   <li>{@code /v1/batch}: valid {@code Logged In} events in batches, from several HTTP clients;
 *   <li>{@code /v1/track}: one event per call from many HTTP clients (p50/p99 latency);
 *   <li>baseline A: raw {@code COPY} (pgjdbc CopyManager) of the same rows, no HTTP, no validation;
 *   <li>baseline B: one transaction per event (INSERT events + INSERT logged_in + COMMIT) over JDBC
 *       from as many threads as phase 2 has clients: a collector without group commit, minus HTTP;
 *   <li>baseline C: phase 2 against a second collector whose writer commits every request alone
 *       (at most one message per transaction, one writer): the same collector without group commit;
 *   <li>the HTTP floor: {@code GET /health/live} from as many clients, which touches neither body nor
 *       database: what the HTTP layer alone serves on this machine.
 * </ol>
 *
 * Events per second are rows committed (counted in the database at the end of a phase) divided by
 * the phase's wall time. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * io.eventplan.benchmarks.ingest.IngestBenchmark}. System properties (defaults in brackets):
 * {@code ingest.seconds} [20], {@code ingest.warmupSeconds} [15], {@code ingest.jitWarmupSeconds} [30],
 * {@code ingest.batchClients} [8], {@code ingest.batchSize} [100], {@code ingest.trackClients} [64], {@code ingest.copyThreads} [2],
 * {@code ingest.copyRows} [5000], {@code ingest.phases} [batch,track,copy,insert,ungrouped,floor]. See
 * docs/performance.md.
 */
public final class IngestBenchmark {
  private static final String WRITE_KEY = "bench-write-key";
  private static final String URL = JdbcBaselines.URL;
  private static final String[] TYPES = JdbcBaselines.TYPES;

  private final int seconds = Integer.getInteger("ingest.seconds", 20);
  private final int warmupSeconds = Integer.getInteger("ingest.warmupSeconds", 15);
  /** Before the first phase: both HTTP paths under load until the JIT compiler has settled. */
  private final int jitWarmupSeconds = Integer.getInteger("ingest.jitWarmupSeconds", 30);
  private final int batchClients = Integer.getInteger("ingest.batchClients", 8);
  private final int batchSize = Integer.getInteger("ingest.batchSize", 100);
  private final int trackClients = Integer.getInteger("ingest.trackClients", 64);
  private final int copyThreads = Integer.getInteger("ingest.copyThreads", 2);
  private final int copyRows = Integer.getInteger("ingest.copyRows", 5000);
  /** Which phases run, by their short names: batch, track, copy, insert, ungrouped, floor. */
  private final List<String> phases =
      List.of(System.getProperty("ingest.phases", "batch,track,copy,insert,ungrouped,floor").split(","));

  private static final String AUTHORIZATION = "Basic "
      + Base64.getEncoder().encodeToString((WRITE_KEY + ":").getBytes(StandardCharsets.UTF_8));

  private String jdbcUrl;
  private int port;
  private JdbcBaselines baselines;
  private final IngestReport report = new IngestReport();

  private IngestBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    java.util.logging.LogManager.getLogManager().reset();
    new IngestBenchmark().run();
    System.exit(0);
  }

  private void run() throws Exception {
    long started = System.nanoTime();
    System.out.printf(Locale.ROOT, "eventplan ingest benchmark: %d s per phase after %d s warm-up; %d cores; %s%n",
        seconds, warmupSeconds, Runtime.getRuntime().availableProcessors(), System.getProperty("java.vm.version"));
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setServerConfig("synchronous_commit", "on")
        .setServerConfig("max_connections", "200")
        .start()) {
      jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
      EventPlan plan = new EventRegistry();
      baselines = new JdbcBaselines(plan.version(), copyRows);
      CollectorMetrics metrics = new CollectorMetrics();
      try (HikariDataSource pool = DataSources.pool(jdbcUrl, "postgres", null, metrics.registry())) {
        Collector collector = Collector.start(Collector.Setup.of(0, pool, plan, new ValidatorJudge(plan),
            LiquibaseMigrations.of(new EventRegistry()), List.of(WRITE_KEY), List.of(), metrics));
        try {
          port = collector.port();
          awaitReady();
          try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", null);
              ResultSet rs = c.createStatement().executeQuery("SELECT version()")) {
            rs.next();
            System.out.println("database: " + rs.getString(1));
          }
          warmUpJit();
          if (phases.contains("batch")) {
            phase("/v1/batch", batchClients + " clients x " + batchSize + " events/request", batchClients, false,
                this::postBatch);
          }
          if (phases.contains("track")) {
            phase("/v1/track", trackClients + " clients x 1 event/request", trackClients, false, this::postTrack);
          }
          if (phases.contains("copy")) {
            phase("COPY (baseline A)", copyThreads + " threads x " + copyRows + " rows/transaction", copyThreads,
                true, baselines::copy);
          }
          if (phases.contains("insert")) {
            phase("INSERT per request (baseline B)", trackClients + " threads x 1 event/transaction", trackClients,
                true, baselines::insertOne);
          }
          if (phases.contains("ungrouped")) {
            trackWithoutGroupCommit(plan, pool, metrics);
          }
          if (phases.contains("floor")) {
            phase("GET /health/live (HTTP floor)", trackClients + " clients, no body, no database", trackClients,
                false, this::getLive);
          }
        } finally {
          collector.close();
          metrics.close();
        }
      }
    }
    report.print();
    System.out.printf(Locale.ROOT, "total time %.0f s%n", (System.nanoTime() - started) / 1e9);
  }

  /**
   * Drives /v1/batch, then /v1/track, for half of {@code ingest.jitWarmupSeconds} each: a phase's own
   * warm-up is too short for C2 to compile Jetty, Jackson and the validators (measured: /v1/track
   * alone after 10 s reached 60% of its rate after 40 s).
   */
  private void warmUpJit() throws Exception {
    if (jitWarmupSeconds <= 0) {
      return;
    }
    System.out.printf(Locale.ROOT, "JIT warm-up: /v1/batch then /v1/track, %d s ...%n", jitWarmupSeconds);
    drive(batchClients, false, this::postBatch, jitWarmupSeconds / 2);
    drive(trackClients, false, this::postTrack, jitWarmupSeconds - jitWarmupSeconds / 2);
    truncate();
  }

  /** Baseline C: the same /v1/track load against a collector that commits each request alone. */
  private void trackWithoutGroupCommit(EventPlan plan, HikariDataSource pool, CollectorMetrics metrics)
      throws Exception {
    Collector.Setup ungrouped = Collector.Setup.of(0, pool, plan, new ValidatorJudge(plan),
        LiquibaseMigrations.of(new EventRegistry()), List.of(WRITE_KEY), List.of(), metrics).withWriters(1, 1);
    Collector collector = Collector.start(ungrouped);
    int grouped = port;
    try {
      port = collector.port();
      awaitReady();
      phase("/v1/track, no group commit (baseline C)", trackClients + " clients x 1 event/request, 1 per transaction",
          trackClients, false, this::postTrack);
    } finally {
      port = grouped;
      collector.close();
    }
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    try (LoopbackHttp http = client()) {
      while (System.nanoTime() < deadline) {
        if (http.get("/health/ready").status() == 200) {
          return;
        }
        Thread.sleep(100);
      }
    }
    throw new IllegalStateException("the collector did not become ready");
  }

  private LoopbackHttp client() {
    return new LoopbackHttp("127.0.0.1", port, AUTHORIZATION);
  }

  private void phase(String name, String how, int threads, boolean jdbc, Step step) throws Exception {
    truncate();
    System.out.printf(Locale.ROOT, "%-32s warm-up %d s ...%n", name, warmupSeconds);
    drive(threads, jdbc, step, warmupSeconds);
    truncate();
    System.out.printf(Locale.ROOT, "%-32s measuring %d s ...%n", name, seconds);
    long t0 = System.nanoTime();
    LoadDriver.Driven driven = drive(threads, jdbc, step, seconds);
    double elapsed = (System.nanoTime() - t0) / 1e9;
    // the HTTP floor stores nothing: its rate is requests answered
    long rows = name.contains("HTTP floor") ? driven.requests() : countRows();
    IngestReport.Result result = new IngestReport.Result(name, how, rows, elapsed, driven.requests(),
        driven.failures(), name.startsWith("COPY") ? null : driven.latencies());
    report.add(result);
    System.out.printf(Locale.ROOT, "%-32s %,d events committed in %.1f s: %,.0f events/s (%,d sent, %d failed)%n",
        name, rows, elapsed, result.eventsPerSecond(), driven.acknowledged(), driven.failures());
  }

  /** {@code step} from {@code threads} threads for {@code forSeconds}: HTTP requests to the collector, or JDBC. */
  private LoadDriver.Driven drive(int threads, boolean jdbc, Step step, int forSeconds) throws Exception {
    return new LoadDriver(jdbcUrl, batchSize).drive(jdbc ? 0 : port, threads, step, forSeconds);
  }

  // ---- the phases' steps ----

  private int postBatch(Worker worker) throws Exception {
    String now = Instant.now().toString();
    StringBuilder body = new StringBuilder(batchSize * 260).append("{\"batch\":[");
    for (int i = 0; i < batchSize; i++) {
      if (i > 0) {
        body.append(',');
      }
      body.append(trackJson(JdbcBaselines.randomId(), now));
    }
    body.append("]}");
    return post("/v1/batch", body.toString(), worker) ? batchSize : 0;
  }

  private int postTrack(Worker worker) throws Exception {
    return post("/v1/track", trackJson(JdbcBaselines.randomId(), Instant.now().toString()), worker) ? 1 : 0;
  }

  /** The HTTP floor: the cheapest request the collector answers, no body, no database, no event. */
  private int getLive(Worker worker) throws Exception {
    LoopbackHttp.Answer answer = worker.http.get("/health/live");
    if (answer.status() != 200) {
      worker.failures++;
    }
    return 0;
  }

  private static String trackJson(UUID messageId, String timestamp) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "{\"type\":\"track\",\"event\":\"Logged In\",\"userId\":\"user_" + random.nextInt(100_000)
        + "\",\"messageId\":\"" + messageId + "\",\"timestamp\":\"" + timestamp
        + "\",\"properties\":{\"type\":\"" + TYPES[random.nextInt(TYPES.length)]
        + "\"},\"context\":{\"page\":{\"url\":\"" + URL + "\"}}}";
  }

  private boolean post(String path, String json, Worker worker) throws Exception {
    LoopbackHttp.Answer answer = worker.http.post(path, json.getBytes(StandardCharsets.UTF_8));
    if (answer.status() != 200 || answer.body().contains("\"index\"")) {
      if (worker.failures++ == 0) {
        System.out.println("  unexpected answer " + answer.status() + ": "
            + answer.body().substring(0, Math.min(300, answer.body().length())));
      }
      return false;
    }
    return true;
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
        ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM logged_in),"
            + " (SELECT count(*) FROM rejected_events)")) {
      rs.next();
      long events = rs.getLong(1);
      if (events != rs.getLong(2) || rs.getLong(3) != 0) {
        System.out.printf("  WARNING: events %d, logged_in %d, rejected_events %d%n", events, rs.getLong(2),
            rs.getLong(3));
      }
      return events;
    }
  }

}
