package io.eventplan.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.Collector;
import io.eventplan.collector.support.RunningCollector;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Group commit over HTTP: the writers' transactions run side by side; while they wait, the requests
 * arriving meanwhile are written together in the next one, and no request is answered before its
 * transaction commits.
 */
class GroupCommitTest {
  private static RunningCollector collector;

  @BeforeAll
  static void start() {
    collector = RunningCollector.start();
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  @Test
  void concurrentRequestsShareOneTransactionAndAreAnsweredOnlyAfterCommit() throws Exception {
    MeterRegistry meters = collector.collector().metrics().registry();
    DistributionSummary groups = meters.get("eventplan.group.commit.events").summary();
    long groupsBefore = groups.count();
    long eventsBefore = collector.sql().count("events");
    long typedBefore = collector.sql().count("logged_out");
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();

    try (Connection blocker = collector.dataSource().getConnection()) {
      blocker.setAutoCommit(false);
      try (Statement statement = blocker.createStatement()) {
        statement.execute("LOCK TABLE events IN ACCESS EXCLUSIVE MODE");
      }
      // each of the two writers takes one request and waits on the lock in its own transaction
      for (int writer = 1; writer <= Collector.Setup.DEFAULT_WRITERS; writer++) {
        responses.add(http.sendAsync(track(), HttpResponse.BodyHandlers.ofString()));
        awaitLockWaiters(writer);
      }
      for (int i = 0; i < 20; i++) {
        responses.add(http.sendAsync(track(), HttpResponse.BodyHandlers.ofString()));
      }
      awaitQueued(meters, 20);

      assertThat(responses).noneMatch(CompletableFuture::isDone);
      assertThat(collector.sql().count("rejected_events")).isZero();
      blocker.rollback(); // releases the lock
    }

    for (CompletableFuture<HttpResponse<String>> response : responses) {
      assertThat(response.get().statusCode()).isEqualTo(200);
    }
    int requests = 20 + Collector.Setup.DEFAULT_WRITERS;
    assertThat(collector.sql().count("events") - eventsBefore).isEqualTo(requests);
    assertThat(collector.sql().count("logged_out") - typedBefore).isEqualTo(requests);
    assertThat(groups.count() - groupsBefore).as("transactions for " + requests + " requests")
        .isEqualTo(Collector.Setup.DEFAULT_WRITERS + 1);
    assertThat(groups.max()).isEqualTo(20);
  }

  @Test
  void aRetryWhileTheFirstCopyIsStillOpenIsStoredOnce() throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String messageId = UUID.randomUUID().toString();
    long before = collector.sql().count("events");
    CompletableFuture<HttpResponse<String>> first;
    CompletableFuture<HttpResponse<String>> retry;
    try (Connection blocker = collector.dataSource().getConnection()) {
      blocker.setAutoCommit(false);
      try (Statement statement = blocker.createStatement()) {
        statement.execute("LOCK TABLE events IN ACCESS EXCLUSIVE MODE");
      }
      first = http.sendAsync(track(messageId), HttpResponse.BodyHandlers.ofString());
      awaitLockWaiters(1);
      retry = http.sendAsync(track(messageId), HttpResponse.BodyHandlers.ofString());
      awaitLockWaiters(2); // the same event in two open transactions, one per writer
      blocker.rollback();
    }
    assertThat(first.get().statusCode()).isEqualTo(200);
    assertThat(retry.get().statusCode()).isEqualTo(200);
    assertThat(collector.sql().count("events") - before).isEqualTo(1);
    assertThat(collector.sql().count("rejected_events")).isZero();
  }

  private static HttpRequest track() {
    return track(UUID.randomUUID().toString());
  }

  private static HttpRequest track(String messageId) {
    return collector.request("/v1/track").header("Content-Type", "application/json")
        .header("Authorization", RunningCollector.basic(RunningCollector.WRITE_KEY))
        .POST(HttpRequest.BodyPublishers.ofString("{\"event\": \"Logged Out\", \"userId\": \"u\", \"messageId\": \""
            + messageId + "\"}")).build();
  }

  /** Waits until {@code sessions} other sessions of this database wait for a lock (the writers' transactions). */
  private static void awaitLockWaiters(int sessions) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (collector.sql().count("pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()")
        != sessions) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(sessions + " writer transactions never waited on the lock at once");
      }
      Thread.sleep(10);
    }
  }

  private static void awaitQueued(MeterRegistry meters, int queued) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (meters.get("eventplan.writer.queue.events").gauge().value() != queued) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the writer's queue never held " + queued + " messages");
      }
      Thread.sleep(10);
    }
  }
}
