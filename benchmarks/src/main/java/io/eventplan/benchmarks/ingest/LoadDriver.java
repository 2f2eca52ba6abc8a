package io.eventplan.benchmarks.ingest;

import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The Kafka-mode benchmark's load: {@code Logged In} events to {@code /v1/track} or {@code /v1/batch} of a collector
 * on a loopback port, or JDBC steps, from a number of threads for a number of seconds; what was acknowledged and
 * each request's latency.
 */
final class LoadDriver {
  static final String WRITE_KEY = "bench-write-key";
  private static final String AUTHORIZATION = "Basic "
      + Base64.getEncoder().encodeToString((WRITE_KEY + ":").getBytes(StandardCharsets.UTF_8));

  private final String jdbcUrl;
  private final int batchSize;

  LoadDriver(String jdbcUrl, int batchSize) {
    this.jdbcUrl = jdbcUrl;
    this.batchSize = batchSize;
  }

  /** What a drive did: requests, events acknowledged (2xx), failed requests, sorted latencies in nanoseconds. */
  record Driven(long requests, long acknowledged, long failures, long[] latencies) {}

  /**
   * Runs {@code step} from {@code threads} threads for {@code forSeconds}: port 0 gives each a JDBC connection, a
   * negative port nothing (the step brings its own client).
   */
  Driven drive(int port, int threads, Step step, int forSeconds) throws Exception {
    ExecutorService executor = Executors.newFixedThreadPool(threads);
    long deadline = System.nanoTime() + forSeconds * 1_000_000_000L;
    AtomicLong acknowledged = new AtomicLong();
    List<Future<Worker>> futures = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      futures.add(executor.submit(() -> {
        Worker worker = new Worker();
        if (port == 0) {
          worker.connection = DriverManager.getConnection(jdbcUrl, "postgres", null);
          worker.connection.setAutoCommit(false);
        } else if (port > 0) {
          worker.http = new LoopbackHttp("127.0.0.1", port, AUTHORIZATION);
        }
        try {
          while (System.nanoTime() < deadline) {
            long t = System.nanoTime();
            acknowledged.addAndGet(step.run(worker));
            worker.record(System.nanoTime() - t);
          }
        } finally {
          if (worker.connection != null) {
            worker.connection.close();
          }
          if (worker.http != null) {
            worker.http.close();
          }
        }
        return worker;
      }));
    }
    long requests = 0;
    long failures = 0;
    long[] all = new long[0];
    for (Future<Worker> future : futures) {
      Worker worker = future.get();
      requests += worker.count;
      failures += worker.failures;
      int from = all.length;
      all = Arrays.copyOf(all, from + worker.count);
      System.arraycopy(worker.latencies, 0, all, from, worker.count);
    }
    executor.shutdown();
    Arrays.sort(all);
    return new Driven(requests, acknowledged.get(), failures, all);
  }

  int postBatch(Worker worker) throws Exception {
    String now = Instant.now().toString();
    StringBuilder body = new StringBuilder(batchSize * 260).append("{\"batch\":[");
    for (int i = 0; i < batchSize; i++) {
      body.append(i > 0 ? "," : "").append(trackJson(now));
    }
    return post("/v1/batch", body.append("]}").toString(), worker) ? batchSize : 0;
  }

  int postTrack(Worker worker) throws Exception {
    return post("/v1/track", trackJson(Instant.now().toString()), worker) ? 1 : 0;
  }

  int getLive(Worker worker) throws Exception {
    if (worker.http.get("/health/live").status() != 200) {
      worker.failures++;
    }
    return 0;
  }

  private static String trackJson(String timestamp) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "{\"type\":\"track\",\"event\":\"Logged In\",\"userId\":\"user_" + random.nextInt(100_000)
        + "\",\"messageId\":\"" + JdbcBaselines.randomId() + "\",\"timestamp\":\"" + timestamp
        + "\",\"properties\":{\"type\":\"" + JdbcBaselines.TYPES[random.nextInt(JdbcBaselines.TYPES.length)]
        + "\"},\"context\":{\"page\":{\"url\":\"" + JdbcBaselines.URL + "\"}}}";
  }

  private static boolean post(String path, String json, Worker worker) throws Exception {
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

  void awaitReady(int port) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    try (LoopbackHttp http = new LoopbackHttp("127.0.0.1", port, AUTHORIZATION)) {
      while (http.get("/health/ready").status() != 200) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the collector on port " + port + " did not become ready");
        }
        Thread.sleep(100);
      }
    }
  }
}
