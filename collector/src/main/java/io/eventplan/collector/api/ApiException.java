package io.eventplan.collector.api;

import tools.jackson.databind.node.ObjectNode;

/** Ends a request with an error response: a stable code, a message, and optional details. */
public final class ApiException extends RuntimeException {
  private final ErrorCode code;
  private final transient ObjectNode details;
  private final long retryAfterSeconds;

  public ApiException(ErrorCode code, String message) {
    this(code, message, null);
  }

  /** @param details extra members of the error object (e.g. violations); may be null */
  public ApiException(ErrorCode code, String message, ObjectNode details) {
    this(code, message, details, 0);
  }

  /** An error whose Retry-After is {@code retryAfterSeconds} instead of the usual one (429). */
  public static ApiException retryAfter(ErrorCode code, String message, long retryAfterSeconds) {
    return new ApiException(code, message, null, retryAfterSeconds);
  }

  private ApiException(ErrorCode code, String message, ObjectNode details, long retryAfterSeconds) {
    super(message, null, false, false);
    this.code = code;
    this.details = details;
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** Seconds for the Retry-After header; 0 means the code's default. */
  public long retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public ErrorCode code() {
    return code;
  }

  public ObjectNode details() {
    return details;
  }
}
