package io.eventplan.codegen.lock;

/** How an event's version is named in the warehouse, so that change messages can name tables. */
@FunctionalInterface
public interface TableNaming {

  /** The table of {@code version} of the event {@code eventName}, e.g. {@code logged_in_v2}. */
  String table(String eventName, int version);
}
