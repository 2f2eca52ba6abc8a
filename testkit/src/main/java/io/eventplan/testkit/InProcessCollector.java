package io.eventplan.testkit;

import com.zaxxer.hikari.HikariDataSource;
import io.eventplan.collector.Collector;
import io.eventplan.collector.db.DataSources;
import io.eventplan.collector.db.EmbeddedDatabase;
import io.eventplan.collector.db.LiquibaseMigrations;
import io.eventplan.collector.judge.ValidatorJudge;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.runtime.EventPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The real collector, started in the test's JVM exactly as {@code java -jar} starts it, on a free port, with a
 * throwaway embedded PostgreSQL 17 whose schema is the plan's own changelog.
 */
final class InProcessCollector implements AutoCloseable {
  /** Liquibase reports every changeset through java.util.logging; tests want to see warnings only. */
  private static final Logger LIQUIBASE = Logger.getLogger("liquibase");

  private final EmbeddedDatabase database;
  private final HikariDataSource pool;
  private final CollectorMetrics metrics;
  private final Collector collector;

  private InProcessCollector(EmbeddedDatabase database, HikariDataSource pool, CollectorMetrics metrics,
      Collector collector) {
    this.database = database;
    this.pool = pool;
    this.metrics = metrics;
    this.collector = collector;
  }

  /** A collector for {@code plan}, ready (its changelog applied) when this returns. */
  static InProcessCollector start(EventPlan plan, List<String> writeKeys, List<String> allowedOrigins,
      Duration readyTimeout) {
    LIQUIBASE.setLevel(Level.WARNING);
    EmbeddedDatabase database;
    try {
      database = EmbeddedDatabase.startThrowaway();
    } catch (IOException e) {
      throw new UncheckedIOException("the test kit could not start its embedded PostgreSQL 17", e);
    }
    CollectorMetrics metrics = new CollectorMetrics();
    HikariDataSource pool = DataSources.pool(database.jdbcUrl(), database.user(), null, null);
    Collector collector = Collector.start(Collector.Setup.of(0, pool, plan, new ValidatorJudge(plan),
        LiquibaseMigrations.of(plan), writeKeys, allowedOrigins, metrics));
    InProcessCollector started = new InProcessCollector(database, pool, metrics, collector);
    try {
      started.awaitReady(readyTimeout);
    } catch (RuntimeException e) {
      started.close();
      throw e;
    }
    return started;
  }

  int port() {
    return collector.port();
  }

  String jdbcUrl() {
    return database.jdbcUrl();
  }

  HikariDataSource dataSource() {
    return pool;
  }

  private void awaitReady(Duration timeout) {
    HttpClient http = HttpClient.newHttpClient();
    HttpRequest ready = HttpRequest.newBuilder(URI.create("http://localhost:" + port() + "/health/ready"))
        .timeout(Duration.ofSeconds(5)).build();
    long deadline = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < deadline) {
      try {
        HttpResponse<String> response = http.send(ready, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200) {
          return;
        }
        last = response.body();
      } catch (IOException e) {
        last = e.toString();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while the collector was starting", e);
      }
      Pause.briefly();
    }
    throw new IllegalStateException("the test kit's collector was not ready within " + timeout.toSeconds()
        + " s: " + last);
  }

  @Override
  public void close() {
    collector.close();
    pool.close();
    metrics.close();
    try {
      database.close();
    } catch (IOException e) {
      throw new UncheckedIOException("stopping the test kit's embedded PostgreSQL failed", e);
    }
  }
}
