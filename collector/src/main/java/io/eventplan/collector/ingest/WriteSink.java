package io.eventplan.collector.ingest;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where the event API hands one request's writes, and learns when they are durable: the group commit writer
 * (direct mode: committed in PostgreSQL) or Kafka (Kafka mode: acknowledged by the brokers).
 */
public interface WriteSink extends AutoCloseable {

  /**
   * Takes one request's writes. The future completes once they are durable, with one outcome per write in order,
   * or exceptionally when they could not be made durable (the API answers 503).
   *
   * @throws OverloadedException when too much is waiting already
   */
  CompletableFuture<List<WriteOutcome>> submit(List<Write> writes);

  /** Stops taking writes and finishes those already taken. */
  @Override
  void close();
}
