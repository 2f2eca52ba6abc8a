package io.eventplan.codegen.lock;

/** The lock file cannot be read: not JSON, an unknown format, or a member missing or of the wrong kind. */
public final class LockFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LockFileException(String message) {
    super(message);
  }

  public LockFileException(String message, Throwable cause) {
    super(message, cause);
  }
}
