package io.eventplan.benchmarks.soak;

import com.zaxxer.hikari.HikariDataSource;
import io.eventplan.collector.Collector;
import io.eventplan.collector.judge.ValidatorJudge;
import io.eventplan.collector.config.RateLimit;
import io.eventplan.collector.db.DataSources;
import io.eventplan.collector.db.LiquibaseMigrations;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.examples.events.EventRegistry;
import io.eventplan.runtime.EventPlan;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sustained load on a real collector (in this JVM, on an embedded PostgreSQL 17 with synchronous
 * commit): {@code clients} threads, each its own client address (X-Forwarded-For, trusted as behind
 * a proxy, so the default rate limit of 200 requests a second per address applies), send for
 * {@code seconds} a mix of single tracks (70%), batches of 20 (15%), identify calls (10%) and
 * events the plan refuses (5%). Every 20 seconds it prints the answers by status, latency
 * percentiles and the heap after a full GC; at the end it checks the warehouse against what was
 * acknowledged. Usage: {@code java -cp benchmarks/target/benchmarks.jar
 * io.eventplan.benchmarks.soak.SoakRun [seconds=240] [clients=32]}.
 */
public final class SoakRun {
  private static final String WRITE_KEY = "soak-write-key";
  private static final int BATCH = 20;

  private final int seconds;
  private final int clients;
  private final Map<Integer, AtomicLong> statuses = new ConcurrentHashMap<>();
  private final AtomicLong connectionErrors = new AtomicLong();
  private final AtomicLong eventsAcknowledged = new AtomicLong();
  private final AtomicLong refusedAcknowledged = new AtomicLong();
  private final Latencies interval = new Latencies();
  private final Latencies total = new Latencies();
  private volatile boolean running = true;
  private URI base;
  private HttpClient http;

  private SoakRun(int seconds, int clients) {
    this.seconds = seconds;
    this.clients = clients;
  }

  public static void main(String[] args) throws Exception {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 240;
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    new SoakRun(seconds, clients).run();
  }

  private void run() throws Exception {
    System.out.printf(Locale.ROOT, "eventplan soak run: %d s, %d clients, %d cores, max heap %d MB, %s%n", seconds,
        clients, Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.vm.version"));
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("synchronous_commit", "on").start()) {
      String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
      EventPlan plan = new EventRegistry();
      CollectorMetrics metrics = new CollectorMetrics();
      try (HikariDataSource pool = DataSources.pool(jdbcUrl, "postgres", null, metrics.registry())) {
        Collector collector = Collector.start(Collector.Setup.of(0, pool, plan, new ValidatorJudge(plan),
            LiquibaseMigrations.of(new EventRegistry()), List.of(WRITE_KEY), List.of(), metrics)
            .withRateLimit(new RateLimit(RateLimit.DEFAULT.perSecond(), RateLimit.DEFAULT.burst(), true)));
        try {
          base = URI.create("http://127.0.0.1:" + collector.port());
          http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(5)).build();
          awaitReady();
          load();
          check(pool);
        } finally {
          collector.close();
          metrics.close();
        }
      }
    }
  }

  private void load() throws Exception {
    Thread[] threads = new Thread[clients];
    for (int c = 0; c < clients; c++) {
      String address = "10.1." + (c / 250) + "." + (c % 250 + 1);
      threads[c] = new Thread(() -> client(address), "soak-client-" + c);
      threads[c].start();
    }
    long start = System.nanoTime();
    System.out.println("   t(s)  requests/s  answers by status            p50 ms  p95 ms  p99 ms  max ms  heap after GC MB");
    for (int tick = 20; tick <= seconds; tick += 20) {
      Thread.sleep(Math.max(0, (start + tick * 1_000_000_000L - System.nanoTime()) / 1_000_000));
      report(tick);
    }
    running = false;
    for (Thread thread : threads) {
      thread.join();
    }
    System.out.printf(Locale.ROOT, "load average of the machine at the end: %.1f%n",
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.printf(Locale.ROOT, "whole run: %d requests, %s, latency p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
        + "max %.1f ms%n", total.count(), statusesText(), total.percentile(0.50), total.percentile(0.95),
        total.percentile(0.99), total.percentile(1.0));
  }

  private void report(int tick) {
    Latencies.Snapshot s = interval.drain();
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
    System.out.printf(Locale.ROOT, "%7d  %10.0f  %-28s %6.1f  %6.1f  %6.1f  %6.1f  %d%n", tick, s.count() / 20.0,
        statusesText(), s.percentile(0.50), s.percentile(0.95), s.percentile(0.99), s.percentile(1.0), heap);
  }

  private String statusesText() {
    Map<Integer, Long> sorted = new TreeMap<>();
    statuses.forEach((k, v) -> sorted.put(k, v.get()));
    return sorted + (connectionErrors.get() > 0 ? " connection errors " + connectionErrors.get() : "");
  }

  private void client(String address) {
    while (running) {
      int pick = ThreadLocalRandom.current().nextInt(100);
      String path;
      String body;
      int events = 0;
      boolean refused = false;
      if (pick < 70) {
        path = "/v1/track";
        body = track(UUID.randomUUID().toString(), "manual");
        events = 1;
      } else if (pick < 85) {
        path = "/v1/batch";
        StringBuilder batch = new StringBuilder("{\"batch\": [");
        for (int i = 0; i < BATCH; i++) {
          batch.append(i == 0 ? "" : ",").append("{\"type\": \"track\", ")
              .append(track(UUID.randomUUID().toString(), "session_expired").substring(1));
        }
        body = batch.append("]}").toString();
        events = BATCH;
      } else if (pick < 95) {
        path = "/v1/identify";
        int user = ThreadLocalRandom.current().nextInt(1_000);
        body = "{\"userId\": \"u-" + user + "\", \"messageId\": \"" + UUID.randomUUID()
            + "\", \"traits\": {\"email\": \"u-" + user + "@example.com\"}}";
      } else {
        path = "/v1/track";
        body = track(UUID.randomUUID().toString(), "not-a-reason");
        refused = true;
      }
      send(address, path, body, events, refused);
    }
  }

  private static String track(String id, String reason) {
    return "{\"event\": \"Logged Out\", \"userId\": \"u-" + id.substring(0, 6) + "\", \"messageId\": \"" + id
        + "\", \"properties\": {\"reason\": \"" + reason + "\"}}";
  }

  private void send(String address, String path, String body, int events, boolean refused) {
    HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json").header("X-Forwarded-For", address)
        .header("Authorization", "Basic " + Base64.getEncoder()
            .encodeToString((WRITE_KEY + ":").getBytes(StandardCharsets.UTF_8)))
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    long start = System.nanoTime();
    try {
      HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
      long nanos = System.nanoTime() - start;
      interval.record(nanos);
      total.record(nanos);
      statuses.computeIfAbsent(response.statusCode(), s -> new AtomicLong()).incrementAndGet();
      if (response.statusCode() == 200) {
        eventsAcknowledged.addAndGet(events);
      } else if (response.statusCode() == 400 && refused) {
        refusedAcknowledged.incrementAndGet();
      } else if (response.statusCode() == 429) {
        Thread.sleep(1_000L * Long.parseLong(response.headers().firstValue("Retry-After").orElse("1")));
      }
    } catch (Exception e) {
      connectionErrors.incrementAndGet();
    }
  }

  private void check(HikariDataSource pool) throws Exception {
    try (Connection c = pool.getConnection();
        ResultSet rs = c.createStatement().executeQuery("SELECT (SELECT count(*) FROM events), "
            + "(SELECT count(DISTINCT event_id) FROM events), (SELECT count(*) FROM rejected_events)")) {
      rs.next();
      long stored = rs.getLong(1);
      long distinct = rs.getLong(2);
      long rejected = rs.getLong(3);
      System.out.printf(Locale.ROOT, "warehouse: events acknowledged %d, stored %d (distinct %d), lost %d; "
          + "refused events answered 400 %d, in rejected_events %d%n", eventsAcknowledged.get(), stored, distinct,
          eventsAcknowledged.get() - stored, refusedAcknowledged.get(), rejected);
    }
  }

  private void awaitReady() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
    while (System.nanoTime() < deadline) {
      if (http.send(HttpRequest.newBuilder(base.resolve("/health/ready")).build(),
          HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the collector did not become ready");
  }

  /** Latencies in nanoseconds, appended by many threads, read as percentiles in milliseconds. */
  static final class Latencies {
    private long[] values = new long[1 << 16];
    private int count;

    synchronized void record(long nanos) {
      if (count == values.length) {
        values = Arrays.copyOf(values, count * 2);
      }
      values[count++] = nanos;
    }

    synchronized Snapshot drain() {
      Snapshot snapshot = new Snapshot(Arrays.copyOf(values, count));
      count = 0;
      return snapshot;
    }

    synchronized long count() {
      return count;
    }

    synchronized double percentile(double p) {
      return new Snapshot(Arrays.copyOf(values, count)).percentile(p);
    }

    /** Sorted latencies of an interval. */
    record Snapshot(long[] sorted) {
      Snapshot {
        Arrays.sort(sorted);
      }

      int count() {
        return sorted.length;
      }

      double percentile(double p) {
        if (sorted.length == 0) {
          return 0;
        }
        return sorted[(int) Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))] / 1e6;
      }
    }
  }
}
