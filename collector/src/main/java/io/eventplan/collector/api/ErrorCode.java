package io.eventplan.collector.api;

/**
 * The stable error codes of the API, each with its HTTP status. Clients may rely on the codes; the
 * wording of messages may improve.
 */
public enum ErrorCode {
  /** The body is not JSON, not a JSON object, or has a member twice. */
  MALFORMED_JSON(400, "malformed_json"),
  /** A single call was refused by the plan; details list every violation. It is kept in rejected_events. */
  EVENT_REJECTED(400, "event_rejected"),
  /** A batch body is not {"batch": [...]}. */
  INVALID_BATCH(400, "invalid_batch"),
  /** A batch has more items than the limit. */
  TOO_MANY_ITEMS(400, "too_many_items"),
  /** A report query parameter is missing or wrong (e.g. an event the plan does not have). */
  INVALID_QUERY(400, "invalid_query"),
  /** No write key, or a wrong one (for the report: no report key, or a wrong one). */
  UNAUTHORIZED(401, "unauthorized"),
  /** A browser origin that is not in EVENTPLAN_ALLOWED_ORIGINS. */
  ORIGIN_NOT_ALLOWED(403, "origin_not_allowed"),
  NOT_FOUND(404, "not_found"),
  METHOD_NOT_ALLOWED(405, "method_not_allowed"),
  /** The body did not arrive in time: too slow, or stalled (see docs/security.md). */
  REQUEST_TIMEOUT(408, "request_timeout"),
  /** The body ended before its Content-Length: the client went away mid-body. */
  INCOMPLETE_BODY(400, "incomplete_body"),
  /** A body sent with Content-Encoding: gzip that does not inflate. */
  INVALID_ENCODING(400, "invalid_encoding"),
  /** An event over 32 KB or a batch over 500 KB (inflated, for a gzip body). */
  PAYLOAD_TOO_LARGE(413, "payload_too_large"),
  /** A body that is neither application/json nor text/plain (UTF-8), or encoded otherwise than gzip. */
  UNSUPPORTED_MEDIA_TYPE(415, "unsupported_media_type"),
  /** Too many requests from one client address; send again after Retry-After seconds. */
  RATE_LIMITED(429, "rate_limited"),
  INTERNAL_ERROR(500, "internal_error"),
  /** PostgreSQL is unreachable; send again after Retry-After seconds. */
  DATABASE_UNAVAILABLE(503, "database_unavailable"),
  /** The collector is starting (migrations not yet applied); send again after Retry-After seconds. */
  NOT_READY(503, "not_ready"),
  /** Too many events are waiting to be written; send again after Retry-After seconds. */
  OVERLOADED(503, "overloaded"),
  /** Kafka mode: the brokers did not acknowledge the events; send again after Retry-After seconds. */
  KAFKA_UNAVAILABLE(503, "kafka_unavailable");

  private final int status;
  private final String code;

  ErrorCode(int status, String code) {
    this.status = status;
    this.code = code;
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }
}
