package io.eventplan.runtime;

import java.util.List;
import java.util.Optional;

/**
 * One event of the plan as the warehouse keeps it: its typed table, its flat reporting view, and a column per
 * effective property (common properties first), in plan order.
 *
 * @param event the event name exactly as in the plan, e.g. {@code Logged In}
 * @param version the event's major version
 * @param table the typed table, e.g. {@code logged_in}
 * @param view the flat reporting view, e.g. {@code event_logged_in}
 */
public record EventTable(String event, int version, EventStatus status, String table, String view,
    List<Column> columns) {

  public EventTable {
    columns = List.copyOf(columns);
  }

  /** The column of a property, when the event has that property. */
  public Optional<Column> column(String property) {
    return columns.stream().filter(c -> c.property().equals(property)).findFirst();
  }

  public boolean hasProperty(String property) {
    return column(property).isPresent();
  }
}
