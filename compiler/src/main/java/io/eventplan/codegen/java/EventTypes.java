package io.eventplan.codegen.java;

import com.palantir.javapoet.ClassName;
import io.eventplan.runtime.EventTable;
import java.util.Optional;

/**
 * The Java types generated for one event, or for the people or company traits.
 *
 * @param name what the validator checks: the event name, or {@code people} / {@code companies}
 * @param traits true for people and company traits
 * @param record the typed record, with its nested types
 * @param validator the validator class
 * @param table how the warehouse keeps the event; empty for traits
 */
record EventTypes(String name, boolean traits, RecordShape record, ClassName validator, Optional<EventTable> table) {

  /** How Javadoc names it: {@code the event "Logged In" (version 2)} or {@code the people traits}. */
  static String describeEvent(String name, int version) {
    return "the event \"" + name + "\"" + (version > 1 ? " (version " + version + ")" : "");
  }
}
