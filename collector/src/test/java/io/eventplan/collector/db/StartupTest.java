package io.eventplan.collector.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.Collector;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.Sql;
import io.eventplan.collector.support.TestDatabase;
import io.eventplan.collector.support.TestPlans;
import io.eventplan.runtime.EventPlan;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/**
 * Starting up: not ready (503) until migrations are applied; two instances (two whole collectors,
 * and five times the bare migration step) starting at once on an empty database migrate once.
 */
class StartupTest {

  @Test
  void isNotReadyAndAnswers503UntilTheMigrationsAreApplied() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    Migrations slow = dataSource -> {
      release.await(60, TimeUnit.SECONDS);
      RunningCollector.migrations().migrate(dataSource);
    };
    try (RunningCollector collector = RunningCollector.startUnready(slow, setup -> setup)) {
      HttpResponse<String> ready = collector.get("/health/ready");
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.body()).contains("\"migrations\":\"pending\"");
      HttpResponse<String> track = collector.post("/v1/track", "{\"event\": \"Logged Out\", \"userId\": \"u\"}");
      assertThat(track.statusCode()).isEqualTo(503);
      assertThat(track.headers().firstValue("Retry-After")).hasValue("5");
      assertThat(collector.json(track).get("error").get("code").asString()).isEqualTo("not_ready");
      assertThat(collector.get("/health/live").statusCode()).isEqualTo(200);

      release.countDown();
      collector.awaitReady();
      assertThat(collector.post("/v1/track", "{\"event\": \"Logged Out\", \"userId\": \"u\"}").statusCode())
          .isEqualTo(200);
      assertThat(collector.sql().count("events")).isEqualTo(1);
    }
  }

  @Test
  void twoCollectorsStartedAtOnceOnAnEmptyDatabaseMigrateOnceAndBothServe() throws Exception {
    try (TestDatabase database = TestDatabase.create()) {
      EventPlan plan = TestPlans.testPlan();
      List<CollectorMetrics> meters = List.of(new CollectorMetrics(), new CollectorMetrics());
      CountDownLatch go = new CountDownLatch(1);
      List<Collector> collectors = new java.util.concurrent.CopyOnWriteArrayList<>();
      List<Thread> starters = meters.stream().map(metrics -> new Thread(() -> {
        try {
          go.await();
          collectors.add(Collector.start(Collector.Setup.of(0, database.dataSource(), plan,
              RunningCollector.judge(plan), RunningCollector.migrations(), List.of("k"), List.of(), metrics)));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      })).toList();
      starters.forEach(Thread::start);
      go.countDown();
      for (Thread starter : starters) {
        starter.join(60_000);
      }
      try {
        assertThat(collectors).hasSize(2);
        HttpClient http = HttpClient.newHttpClient();
        for (Collector collector : collectors) {
          URI base = URI.create("http://localhost:" + collector.port());
          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
          while (http.send(HttpRequest.newBuilder(base.resolve("/health/ready")).build(),
              HttpResponse.BodyHandlers.ofString()).statusCode() != 200) {
            assertThat(System.nanoTime()).as("both collectors become ready").isLessThan(deadline);
            Thread.sleep(50);
          }
          HttpResponse<String> track = http.send(HttpRequest.newBuilder(base.resolve("/v1/track"))
              .header("Content-Type", "application/json").header("Authorization", RunningCollector.basic("k"))
              .POST(HttpRequest.BodyPublishers.ofString("{\"event\": \"Logged Out\", \"userId\": \"u\"}")).build(),
              HttpResponse.BodyHandlers.ofString());
          assertThat(track.statusCode()).as(track.body()).isEqualTo(200);
        }
        Sql sql = new Sql(database.dataSource());
        assertThat(sql.count("events")).as("each collector stored its event").isEqualTo(2);
        assertThat(sql.count("databasechangelog")).isEqualTo(19); // 14 from the lock, 2 core, 3 reporting (runOnChange)
        assertThat(sql.rows("SELECT id FROM databasechangelog GROUP BY id HAVING count(*) > 1")).isEmpty();
      } finally {
        collectors.forEach(Collector::close);
        meters.forEach(CollectorMetrics::close);
      }
    }
  }

  @RepeatedTest(5)
  void twoInstancesStartingAtOnceMigrateOnce() throws Exception {
    try (TestDatabase database = TestDatabase.create()) {
      CountDownLatch go = new CountDownLatch(1);
      List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
      List<Thread> instances = List.of(1, 2).stream().map(i -> new Thread(() -> {
        try {
          go.await();
          RunningCollector.migrations().migrate(database.dataSource());
        } catch (Throwable e) {
          failures.add(e);
        }
      })).toList();
      instances.forEach(Thread::start);
      go.countDown();
      for (Thread instance : instances) {
        instance.join(120_000);
        assertThat(instance.isAlive()).as("an instance is still migrating after two minutes").isFalse();
      }

      assertThat(failures).isEmpty();
      Sql sql = new Sql(database.dataSource());
      long changesets = sql.count("databasechangelog");
      assertThat(changesets).isEqualTo(19); // 14 from the lock, 2 core, 3 reporting (runOnChange)
      assertThat(sql.rows("SELECT id FROM databasechangelog GROUP BY id HAVING count(*) > 1")).isEmpty();
      assertThat(sql.one("SELECT locked FROM databasechangeloglock").get("locked")).isEqualTo(false);
    }
  }
}
