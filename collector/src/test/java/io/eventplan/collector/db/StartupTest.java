package io.eventplan.collector.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.Sql;
import io.eventplan.collector.support.TestDatabase;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** Starting up: not ready (503) until migrations are applied; two instances migrate once. */
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
      assertThat(changesets).isEqualTo(13); // 11 from the lock, 2 reporting (runOnChange)
      assertThat(sql.rows("SELECT id FROM databasechangelog GROUP BY id HAVING count(*) > 1")).isEmpty();
      assertThat(sql.one("SELECT locked FROM databasechangeloglock").get("locked")).isEqualTo(false);
    }
  }
}
