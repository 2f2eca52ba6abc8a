package io.eventplan.collector.db;

/** The database could not be reached; the request may be sent again (the API answers 503). */
public final class DatabaseUnavailableException extends RuntimeException {
  public DatabaseUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
