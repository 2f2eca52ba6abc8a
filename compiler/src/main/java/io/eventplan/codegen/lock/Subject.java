package io.eventplan.codegen.lock;

import io.eventplan.plan.naming.Identifiers;
import java.util.Optional;

/**
 * What a change is about, for messages: a property of an event version or a trait of people or
 * companies, possibly a field nested in a JSON column.
 *
 * @param noun {@code property} or {@code trait}
 * @param path the name, or a path into an object or array such as {@code line_items[].sku}
 * @param owner {@code event 'Logged In'}, {@code people} or {@code companies}
 * @param column the column that holds the value (for nested fields, the JSON column)
 * @param raise for event properties: the advice to raise the event's version
 */
record Subject(String noun, String path, String owner, String table, String column, boolean nested,
    Optional<String> raise) {

  static Subject eventProperty(EventSnapshot event, String name, TableNaming naming) {
    int next = event.version() + 1;
    String raise = "raise the event's version to " + next + " so that it gets its own table "
        + naming.table(event.name(), next);
    return new Subject("property", name, "event '" + event.name() + "'", naming.table(event.name(), event.version()),
        Identifiers.snake(name), false, Optional.of(raise));
  }

  static Subject trait(String section, String name) {
    return new Subject("trait", name, section, section, Identifiers.snake(name), false, Optional.empty());
  }

  /** A field of this object, or (with {@code name} "[]") the elements of this array. */
  Subject child(String name) {
    String childPath = name.equals("[]") ? path + "[]" : path + "." + name;
    return new Subject(noun, childPath, owner, table, column, true, raise);
  }

  /** {@code property 'attempt' of event 'Login Failed'}. */
  String text() {
    return noun + " '" + path + "' of " + owner;
  }

  /** {@code column login_failed.attempt}, or {@code the JSON in column ...} for nested fields. */
  String where() {
    return (nested ? "the JSON in column " : "column ") + table + "." + column;
  }

  /** Where existing data lives: {@code rows already in table t} or {@code values already in column t.c}. */
  String existing() {
    return nested ? "values already in column " + table + "." + column : "rows already in table " + table;
  }

  /** {@code , or raise the event's version ...} when that is possible, else nothing. */
  String orRaise() {
    return raise.map(r -> ", or " + r).orElse("");
  }
}
