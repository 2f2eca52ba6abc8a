package io.eventplan.collector.config;

/**
 * Size limits of Segment's HTTP Tracking API, which the collector keeps so that Segment's
 * libraries behave the same against it.
 *
 * @param maxEventBytes largest single event (a /v1/track body, or one item of a batch)
 * @param maxBatchBytes largest /v1/batch body
 * @param maxBatchItems most items in one batch
 */
public record Limits(int maxEventBytes, int maxBatchBytes, int maxBatchItems) {
  public static final Limits SEGMENT = new Limits(32 * 1024, 500 * 1024, 2_500);
}
