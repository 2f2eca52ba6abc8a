package io.eventplan.collector.api;

import tools.jackson.databind.node.ObjectNode;

/** Ends a request with an error response: a stable code, a message, and optional details. */
public final class ApiException extends RuntimeException {
  private final ErrorCode code;
  private final transient ObjectNode details;

  public ApiException(ErrorCode code, String message) {
    this(code, message, null);
  }

  /** @param details extra members of the error object (e.g. violations); may be null */
  public ApiException(ErrorCode code, String message, ObjectNode details) {
    super(message, null, false, false);
    this.code = code;
    this.details = details;
  }

  public ErrorCode code() {
    return code;
  }

  public ObjectNode details() {
    return details;
  }
}
