package io.eventplan.collector.segment;

/** The body is not JSON (or is JSON the collector refuses to read, such as a duplicate member). */
public final class MalformedJsonException extends RuntimeException {
  public MalformedJsonException(String reason) {
    super(reason, null, false, false);
  }
}
