package io.eventplan.collector.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.eventplan.collector.Collector;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.Sql;
import io.eventplan.collector.support.TestPlans;
import io.eventplan.plan.model.TrackingPlan;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL goes away under a running collector and comes back: the collector answers 503 with
 * Retry-After and reports not-ready meanwhile, then recovers by itself. The embedded database
 * (the collector's default) keeps its data across the restart.
 */
class DatabaseOutageTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void answers503WhileTheDatabaseIsDownAndRecoversByItself(@TempDir Path dataDirectory) throws Exception {
    int port = freePort();
    EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, port);
    TrackingPlan plan = TestPlans.testPlan();
    CollectorMetrics metrics = new CollectorMetrics();
    try (HikariDataSource pool = DataSources.pool(database.jdbcUrl(), database.user(), null, null);
        Collector collector = Collector.start(Collector.Setup.of(0, pool, plan, RunningCollector.judge(plan),
            RunningCollector.migrations(), List.of("k"), List.of(), metrics))) {
      awaitReady(collector, 200);
      assertThat(track(collector).statusCode()).isEqualTo(200);
      assertThat(new Sql(pool).one("SHOW synchronous_commit").get("synchronous_commit")).isEqualTo("on");

      database.close();
      awaitReady(collector, 503);
      HttpResponse<String> down = track(collector);
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(down.body()).contains("\"code\":\"database_unavailable\"");
      HttpResponse<String> ready = get(collector, "/health/ready");
      assertThat(ready.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(ready.body()).contains("\"database\":\"down\"");

      database = EmbeddedDatabase.start(dataDirectory, port);
      awaitReady(collector, 200);
      assertThat(track(collector).statusCode()).isEqualTo(200);

      Sql sql = new Sql(pool);
      assertThat(sql.count("events")).as("the first event survived the restart, the 503 one was not stored")
          .isEqualTo(2);
      assertThat(sql.count("logged_out")).isEqualTo(2);
      assertThat(sql.count("rejected_events")).isZero();
    } finally {
      database.close();
      metrics.close();
    }
  }

  private HttpResponse<String> track(Collector collector) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + collector.port() + "/v1/track"))
        .header("Content-Type", "application/json").header("Authorization", RunningCollector.basic("k"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"event\": \"Logged Out\", \"userId\": \"u\", \"messageId\": \""
            + UUID.randomUUID() + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpResponse<String> get(Collector collector, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + collector.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private void awaitReady(Collector collector, int status) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (get(collector, "/health/ready").statusCode() != status) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("/health/ready never answered " + status);
      }
      Thread.sleep(50);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
