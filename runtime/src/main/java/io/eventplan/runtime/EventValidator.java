package io.eventplan.runtime;

import tools.jackson.core.JsonParser;

/**
 * Checks events of one kind against the plan and reads them into typed records. Implementations are generated,
 * stateless and thread-safe.
 *
 * @param <T> the record type
 */
public interface EventValidator<T> {

  /** The event name, or {@code people} / {@code companies} for traits. */
  String eventName();

  /** Validates one UTF-8 JSON document holding one event. */
  ValidationResult<T> validate(byte[] json);

  /**
   * Validates the event at the parser: its START_OBJECT, or the next token when the parser has no current token or
   * just ended the previous event. Leaves the parser at the event's END_OBJECT (unless the JSON is malformed), so a
   * stream of events can be read in a loop.
   */
  ValidationResult<T> validate(JsonParser parser);
}
