package io.eventplan.collector.fault;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.CollectorProcess;
import io.eventplan.collector.support.DeliveryFigures;
import io.eventplan.collector.support.LedgerClient;
import io.eventplan.collector.support.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The collector process is killed with SIGKILL while 5,000 events are on their way (batches and
 * single tracks from 8 threads), then started again; the client sends again everything that was not
 * acknowledged, and some that were. The warehouse then holds each event exactly once, and every
 * event acknowledged before the kill is there: a 2xx means committed.
 */
class CollectorCrashTest {
  private static final int EVENTS = 5_000;
  private static final String KEY = "crash-test-key";

  @Test
  @Timeout(180)
  void aKilledCollectorLosesNoAcknowledgedEventAndRetriesStoreNoDuplicate(@TempDir Path logs) throws Exception {
    try (TestDatabase database = TestDatabase.create()) {
      Map<String, String> env = Map.of("EVENTPLAN_DB_URL", database.jdbcUrl(), "EVENTPLAN_DB_USER", "postgres",
          "EVENTPLAN_WRITE_KEYS", KEY,
          // every request comes from 127.0.0.1: the per-address limit would refuse the test's own load
          "EVENTPLAN_RATE_LIMIT", "0");
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < EVENTS; i++) {
        ids.add(UUID.randomUUID().toString());
      }
      AtomicReference<CollectorProcess> running = new AtomicReference<>(
          CollectorProcess.start(CollectorProcess.freePort(), env, logs.resolve("first.log")));
      long t0 = System.nanoTime();
      running.get().awaitReady(Duration.ofSeconds(90));
      System.out.println("crash: first start " + (System.nanoTime() - t0) / 1_000_000 + " ms");
      LedgerClient client = new LedgerClient(() -> running.get().uri("/"), KEY);

      Thread killer = new Thread(() -> {
        while (client.acknowledged().size() < EVENTS / 2) {
          Thread.onSpinWait();
        }
        running.get().kill();
      });
      killer.start();
      client.sendOnce(ids, 8);
      killer.join(60_000);
      System.out.println("crash: first send " + (System.nanoTime() - t0) / 1_000_000 + " ms");
      int acknowledgedBeforeKill = client.acknowledged().size();
      List<String> acknowledgedBefore = List.copyOf(client.acknowledged());
      assertThat(acknowledgedBeforeKill).as("the kill came halfway, not after the end").isLessThan(EVENTS);
      long failedRequests = client.connectionFailures();

      try (CollectorProcess second = CollectorProcess.start(CollectorProcess.freePort(), env,
          logs.resolve("second.log"))) {
        running.set(second);
        second.awaitReady(Duration.ofSeconds(90));
        System.out.println("crash: second start " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        List<String> again = new ArrayList<>(ids.stream().filter(id -> !client.acknowledged().contains(id)).toList());
        int unacknowledged = again.size();
        again.addAll(acknowledgedBefore.subList(0, Math.min(500, acknowledgedBefore.size()))); // sent twice
        client.sendOnce(again, 8);
        for (int round = 0; round < 4 && client.acknowledged().size() < EVENTS; round++) {
          client.sendOnce(ids.stream().filter(id -> !client.acknowledged().contains(id)).toList(), 8);
        }

        System.out.println("crash: resend " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        DeliveryFigures figures = DeliveryFigures.of("SIGKILL of the collector process", ids, client.acknowledged(),
            new io.eventplan.collector.support.Sql(database.dataSource()),
            "acknowledged before the kill=" + acknowledgedBeforeKill + ", requests failed by the kill="
                + failedRequests + ", sent again=" + (unacknowledged + Math.min(500, acknowledgedBeforeKill))
                + ", answers=" + client.statuses());
        assertThat(client.acknowledged()).hasSize(EVENTS);
        assertThat(figures.stored()).isEqualTo(EVENTS);
        assertThat(figures.lost()).isZero();
        assertThat(figures.duplicated()).isZero();
      }
    }
  }
}
