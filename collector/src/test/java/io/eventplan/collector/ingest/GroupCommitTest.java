package io.eventplan.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Group commit over HTTP: while one transaction waits, the requests arriving meanwhile are written
 * together in the next one, and no request is answered before its transaction commits.
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
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();

    try (Connection blocker = collector.dataSource().getConnection()) {
      blocker.setAutoCommit(false);
      try (Statement statement = blocker.createStatement()) {
        statement.execute("LOCK TABLE events IN ACCESS EXCLUSIVE MODE");
      }
      responses.add(http.sendAsync(track(), HttpResponse.BodyHandlers.ofString()));
      awaitQueued(meters, 0); // the first request is with the writer, blocked on the lock
      Thread.sleep(200);
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
    assertThat(collector.sql().count("events")).isEqualTo(21);
    assertThat(collector.sql().count("logged_out")).isEqualTo(21);
    assertThat(groups.count() - groupsBefore).as("transactions for 21 requests").isEqualTo(2);
    assertThat(groups.max()).isEqualTo(20);
  }

  private static HttpRequest track() {
    return collector.request("/v1/track").header("Content-Type", "application/json")
        .header("Authorization", RunningCollector.basic(RunningCollector.WRITE_KEY))
        .POST(HttpRequest.BodyPublishers.ofString("{\"event\": \"Logged Out\", \"userId\": \"u\", \"messageId\": \""
            + UUID.randomUUID() + "\"}")).build();
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
