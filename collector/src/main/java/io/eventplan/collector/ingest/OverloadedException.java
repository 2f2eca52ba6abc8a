package io.eventplan.collector.ingest;

/** The writer's queue is full; the request may be sent again (the API answers 503). */
public final class OverloadedException extends RuntimeException {
  public OverloadedException(String message) {
    super(message, null, false, false);
  }
}
