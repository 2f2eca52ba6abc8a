package io.eventplan.runtime;

/** No plan, or more than one, where exactly one was expected; the message says what to do. */
public final class EventPlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EventPlanException(String message) {
    super(message);
  }
}
