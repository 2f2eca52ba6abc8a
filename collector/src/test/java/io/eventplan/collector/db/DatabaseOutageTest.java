package io.eventplan.collector.db;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import io.eventplan.collector.Collector;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.collector.support.DeliveryFigures;
import io.eventplan.collector.support.LedgerClient;
import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.Sql;
import io.eventplan.collector.support.TestPlans;
import io.eventplan.runtime.EventPlan;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL goes away under a running collector, while 6 clients send 3,000 events, and comes
 * back: the collector answers 503 with Retry-After and reports not-ready meanwhile, then recovers
 * by itself; the clients send again what was not acknowledged, and in the end every event is
 * stored once. The embedded database (the collector's default) keeps its data across the restart.
 */
class DatabaseOutageTest {
  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  @Timeout(120)
  void underLoadNoAcknowledgedEventIsLostAndEveryRefusalIs503WithRetryAfter(@TempDir Path dataDirectory)
      throws Exception {
    int port = freePort();
    EmbeddedDatabase database = EmbeddedDatabase.start(dataDirectory, port);
    EventPlan plan = TestPlans.testPlan();
    CollectorMetrics metrics = new CollectorMetrics();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      ids.add(UUID.randomUUID().toString());
    }
    try (HikariDataSource pool = DataSources.pool(database.jdbcUrl(), database.user(), null, null);
        Collector collector = Collector.start(Collector.Setup.of(0, pool, plan, RunningCollector.judge(plan),
            RunningCollector.migrations(), List.of("k"), List.of(), metrics))) {
      awaitReady(collector, 200);
      assertThat(new Sql(pool).one("SHOW synchronous_commit").get("synchronous_commit")).isEqualTo("on");
      LedgerClient client = new LedgerClient(() -> URI.create("http://localhost:" + collector.port()), "k");
      AtomicBoolean outageOver = new AtomicBoolean();
      AtomicBoolean stop = new AtomicBoolean();
      Thread load = new Thread(() -> {
        while (!stop.get() && (!outageOver.get() || client.acknowledged().size() < ids.size())) {
          List<String> missing = ids.stream().filter(id -> !client.acknowledged().contains(id)).limit(300).toList();
          client.sendOnce(missing, 6);
        }
      });
      load.setDaemon(true);
      load.start();
      while (client.acknowledged().size() < 500) {
        Thread.sleep(5);
      }
      database.close();
      int acknowledgedBeforeOutage = client.acknowledged().size();
      awaitReady(collector, 503);
      HttpResponse<String> down = track(collector);
      assertThat(down.statusCode()).isEqualTo(503);
      assertThat(down.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(down.body()).contains("\"code\":\"database_unavailable\"");
      HttpResponse<String> ready = get(collector, "/health/ready");
      assertThat(ready.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(ready.body()).contains("\"database\":\"down\"");
      Thread.sleep(1_000); // the load meets the outage
      int acknowledgedDuringOutage = client.acknowledged().size() - acknowledgedBeforeOutage;

      database = EmbeddedDatabase.start(dataDirectory, port);
      awaitReady(collector, 200);
      outageOver.set(true);
      load.join(60_000);
      stop.set(true);
      assertThat(load.isAlive()).as("every event is acknowledged within a minute of recovery").isFalse();

      DeliveryFigures figures = DeliveryFigures.of("PostgreSQL stopped and started under load", ids,
          client.acknowledged(), new Sql(pool), "acknowledged before the stop=" + acknowledgedBeforeOutage
              + ", requests=" + client.requests() + ", answers=" + client.statuses() + ", connection failures="
              + client.connectionFailures());
      assertThat(acknowledgedDuringOutage).as("nothing can be acknowledged while PostgreSQL is down").isLessThan(100);
      assertThat(client.statuses()).containsOnlyKeys(200, 503).containsKey(503);
      assertThat(client.retryAfterMissing()).isEmpty();
      assertThat(client.connectionFailures()).isZero();
      assertThat(figures.stored()).isEqualTo(ids.size());
      assertThat(figures.lost()).isZero();
      assertThat(figures.duplicated()).isZero();
      assertThat(new Sql(pool).count("rejected_events")).isZero();
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
