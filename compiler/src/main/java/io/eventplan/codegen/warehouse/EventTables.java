package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.lock.EventSnapshot;
import io.eventplan.codegen.lock.FieldSnapshot;
import io.eventplan.plan.naming.SqlNames;
import java.util.ArrayList;
import java.util.List;

/**
 * The typed table of an event version, like Segment's per-event tables: envelope columns, then one
 * column per effective property. Envelope columns start with '_', which no plan name can produce,
 * so a property may be called {@code event_id}, {@code received_at} or anything else.
 */
final class EventTables {

  /** The envelope columns, first in every typed table. */
  static final List<String> ENVELOPE = List.of("_event_id", "_received_at", "_anonymous_id", "_plan_version");

  private EventTables() {}

  static TableSpec table(EventSnapshot event) {
    String table = SqlNames.table(event.name(), event.version());
    String events = SqlNames.quote(CoreTables.EVENTS);
    List<ColumnSpec> columns = new ArrayList<>();
    columns.add(new ColumnSpec("_event_id", "uuid", true,
        "PRIMARY KEY REFERENCES " + events + " (\"event_id\") ON DELETE CASCADE",
        "The event's row in events (envelope column)."));
    columns.add(new ColumnSpec("_received_at", "timestamptz", true, "", "When the collector accepted the event (envelope column)."));
    columns.add(new ColumnSpec("_anonymous_id", "text", false, "", "Id of the anonymous visitor, when the sender has one (envelope column)."));
    columns.add(new ColumnSpec("_plan_version", "integer", true, "", "Version of the plan that validated the event (envelope column)."));
    List<CheckSpec> checks = new ArrayList<>();
    for (FieldSnapshot property : event.properties()) {
      columns.add(FieldColumns.column(property));
      checks.addAll(FieldColumns.checks(table, property));
    }
    String origin = "event '" + event.name() + "' version " + event.version();
    return new TableSpec(table, origin, comment(event), columns, checks, List.of());
  }

  private static String comment(EventSnapshot event) {
    String head = "Event '" + event.name() + "' (version " + event.version() + (event.deprecated() ? ", deprecated" : "") + ")";
    return event.description().isEmpty() ? head + "." : head + ": " + event.description();
  }
}
