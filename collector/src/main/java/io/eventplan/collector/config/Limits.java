package io.eventplan.collector.config;

import java.time.Duration;

/**
 * Size limits of Segment's HTTP Tracking API, which the collector keeps so that Segment's
 * libraries behave the same against it, and the time limits that keep slow or stalled clients
 * from holding server threads.
 *
 * @param maxEventBytes largest single event (a /v1/track body, or one item of a batch)
 * @param maxBatchBytes largest /v1/batch body
 * @param maxBatchItems most items in one batch
 * @param idleTimeout a connection that sends nothing for this long is closed (Jetty's idle timeout);
 *     a request whose body stalls this long gets 408
 * @param bodyTimeout most time to receive one request body, however steadily it trickles in (408)
 */
public record Limits(int maxEventBytes, int maxBatchBytes, int maxBatchItems, Duration idleTimeout,
    Duration bodyTimeout) {
  public static final Limits SEGMENT =
      new Limits(32 * 1024, 500 * 1024, 2_500, Duration.ofSeconds(30), Duration.ofSeconds(60));

  /** These limits with other time limits. */
  public Limits withTimeouts(Duration idle, Duration body) {
    return new Limits(maxEventBytes, maxBatchBytes, maxBatchItems, idle, body);
  }
}
