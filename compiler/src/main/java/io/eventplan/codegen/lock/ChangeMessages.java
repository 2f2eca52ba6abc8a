package io.eventplan.codegen.lock;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The text of every change message. A breaking message names the event (or section) and property,
 * says why the change would break the warehouse or existing senders, and what to do instead.
 */
final class ChangeMessages {
  private ChangeMessages() {}

  // ---- events

  static String eventAdded(String event, String table) {
    return "event '" + event + "' was added: new table " + table + ".";
  }

  static String eventRemoved(String event, String table) {
    return "event '" + event + "' was removed. Table " + table + " still holds its data, and senders that still"
        + " send it would be rejected. Keep it with status: deprecated instead: it stays accepted and is"
        + " documented as deprecated.";
  }

  static String versionRaised(String event, int from, int to, String oldTable, String newTable) {
    return "event '" + event + "' went from version " + from + " to version " + to + ": new table " + newTable
        + "; table " + oldTable + " keeps its data.";
  }

  static String versionLowered(String event, int from, int to, String oldTable) {
    return "event '" + event + "' went back from version " + from + " to version " + to + ". Senders of version "
        + from + " would be rejected, and table " + oldTable + " would no longer be filled. Versions only go up:"
        + " keep version: " + from + ", or raise it to " + (from + 1) + ".";
  }

  static String eventDeprecated(String event, String table) {
    return "event '" + event + "' was deprecated; the comment of table " + table + " says so.";
  }

  static String eventReinstated(String event, String table) {
    return "event '" + event + "' is no longer deprecated; the comment of table " + table + " says so.";
  }

  static String tableDescriptionChanged(String owner, String table) {
    return "the description of " + owner + " changed; the comment of table " + table + " follows.";
  }

  // ---- properties and traits, non-breaking

  static String added(Subject s) {
    return "optional " + s.text() + " was added" + (s.nested() ? " to " + s.where() : ": new " + s.where()) + ".";
  }

  static String deprecated(Subject s) {
    return s.text() + " was deprecated" + (s.nested() ? "." : "; the comment of " + s.where() + " says so.");
  }

  static String reinstated(Subject s) {
    return s.text() + " is no longer deprecated" + (s.nested() ? "." : "; the comment of " + s.where() + " says so.");
  }

  static String madeOptional(Subject s) {
    return s.text() + " is no longer required" + (s.nested() ? "." : ": " + s.where() + " accepts NULL now.");
  }

  static String descriptionChanged(Subject s) {
    return "the description of " + s.text() + " changed"
        + (s.nested() ? " (it documents a field of a JSON column)." : "; the comment of " + s.where() + " follows.");
  }

  static String valuesAdded(Subject s, List<Object> added) {
    return s.text() + " also allows " + list(added) + " now.";
  }

  static String loosened(Subject s, String change) {
    return s.text() + ": " + change + ".";
  }

  // ---- properties and traits, breaking

  static String removed(Subject s) {
    return s.text() + " was removed. " + capitalize(s.where()) + " still holds its data, and senders that still"
        + " send it would be rejected, because unknown properties are not accepted. Keep it with deprecated: true"
        + " instead: it stays accepted and is documented as deprecated.";
  }

  static String typeChanged(Subject s, String from, String to) {
    return s.text() + " changed type from " + from + " to " + to + ". " + capitalize(s.where()) + " holds " + from
        + " values, and senders that still send " + from + " values would be rejected. Keep '" + s.path()
        + "' (mark it deprecated: true) and add a " + s.noun() + " with a new name and type " + to + " instead"
        + s.orRaise() + ".";
  }

  static String requiredAdded(Subject s) {
    return "required " + s.text() + " was added. " + capitalize(s.existing()) + " have no value for it"
        + (s.nested() ? "" : ", so its column cannot be NOT NULL") + ", and senders that do not send it yet would"
        + " be rejected. Add it with required: false instead" + s.orRaise() + ".";
  }

  static String madeRequired(Subject s) {
    return s.text() + " became required. " + capitalize(s.existing()) + " may have no value for it, and senders"
        + " that leave it out would be rejected. Keep it optional (required: false)" + s.orRaise() + ".";
  }

  static String valuesRemoved(Subject s, List<Object> removed) {
    String them = removed.size() == 1 ? "it" : "them";
    return s.text() + " no longer allows " + list(removed) + ". " + capitalize(s.existing()) + " may hold " + them
        + ", and senders that still send " + them + " would be rejected. Keep every value (the description can say"
        + " which are deprecated), or add a " + s.noun() + " with a new name and the narrower values and deprecate"
        + " this one" + s.orRaise() + ".";
  }

  static String valuesIntroduced(Subject s, List<Object> values) {
    return s.text() + " now allows only " + list(values) + ", where any value was allowed. "
        + capitalize(s.existing()) + " may hold other values, and senders that send other values would be"
        + " rejected. Keep it unrestricted, or add a " + s.noun() + " with a new name and these values and"
        + " deprecate this one" + s.orRaise() + ".";
  }

  static String tightened(Subject s, String change) {
    return s.text() + ": " + change + ". " + capitalize(s.existing()) + " may break the new rule, and senders"
        + " that follow the old rule would be rejected. Keep the old rule, or add a " + s.noun() + " with a new"
        + " name and the new rule and deprecate this one" + s.orRaise() + ".";
  }

  // ---- helpers

  /** {@code 'sso', 'magic_link'} or {@code 1, 2.5}. */
  static String list(List<Object> values) {
    return values.stream().map(ChangeMessages::value).collect(Collectors.joining(", "));
  }

  static String value(Object value) {
    return value instanceof BigDecimal d ? d.toString() : "'" + value + "'";
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
