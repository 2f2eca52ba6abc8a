package io.eventplan.codegen.reporting;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.naming.SqlNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The flat view of one event for BI tools: {@code event_<typed table>}, with the envelope columns of
 * {@code events} first (event_id, user_id, anonymous_id, timestamp, received_at), then one column per
 * property named exactly as in the plan. Types are plain: uuids as text, arrays and objects as JSON
 * text, timestamps as timestamptz. A property named like an envelope column (ignoring case: BI tools
 * do) is left out, because the envelope column holds the same value.
 */
public final class EventViews {
  private static final String PREFIX = "event_";

  private EventViews() {}

  static ReportView view(EventDef event) {
    List<ReportColumn> columns = columns(event).stream().map(EventViewColumn::column).toList();
    String description = "Every '" + event.name() + "' event (version " + event.version() + "), one row each"
        + (event.description().isEmpty() ? "." : ": " + event.description());
    return new ReportView(name(event), event.name() + " events", description, columns, List.of(event.name()),
        List.of("\"timestamp\" DESC", "\"event_id\""));
  }

  /** {@code event_logged_in}; cut and hashed like every warehouse identifier when too long. */
  public static String name(EventDef event) {
    return nameOfTable(SqlNames.table(event.name(), event.version()));
  }

  /** The view's SELECT: events joined with the event's typed table. */
  public static String select(EventDef event) {
    String columns = columns(event).stream()
        .map(c -> "  " + c.expression() + " AS " + SqlNames.quote(c.column().name()))
        .collect(Collectors.joining(",\n"));
    return "SELECT\n" + columns + "\nFROM \"events\" e\nJOIN "
        + SqlNames.quote(SqlNames.table(event.name(), event.version())) + " t ON t.\"_event_id\" = e.\"event_id\"";
  }

  /** The name of the flat view over a typed table, for views of earlier plan versions. */
  public static String nameOfTable(String typedTable) {
    return SqlNames.fit(PREFIX + typedTable);
  }

  static List<EventViewColumn> columns(EventDef event) {
    List<EventViewColumn> columns = new ArrayList<>(List.of(
        envelope("event_id", ReportColumnType.TEXT, "e.\"event_id\"::text", "Id of the event."),
        envelope("user_id", ReportColumnType.TEXT, "e.\"user_id\"", "Id of the user; NULL while anonymous."),
        envelope("anonymous_id", ReportColumnType.TEXT, "e.\"anonymous_id\"", "Id of the anonymous visitor."),
        envelope("timestamp", ReportColumnType.TIMESTAMPTZ, "e.\"timestamp\"", "When the event happened."),
        envelope("received_at", ReportColumnType.TIMESTAMPTZ, "e.\"received_at\"", "When the collector accepted it.")));
    Set<String> taken = columns.stream().map(c -> c.column().name().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    for (PropertyDef property : event.properties()) {
      String name = SqlNames.fit(property.name());
      if (taken.add(name.toLowerCase(Locale.ROOT))) {
        columns.add(new EventViewColumn(new ReportColumn(name, type(property), property.description()),
            expression(property)));
      }
    }
    return columns;
  }

  private static EventViewColumn envelope(String name, ReportColumnType type, String expression, String description) {
    return new EventViewColumn(new ReportColumn(name, type, description), expression);
  }

  static ReportColumnType type(PropertyDef property) {
    return switch (property.type().kind()) {
      case STRING, URL, EMAIL, UUID, ARRAY, OBJECT -> ReportColumnType.TEXT;
      case INTEGER -> ReportColumnType.BIGINT;
      case NUMBER -> ReportColumnType.DOUBLE;
      case BOOLEAN -> ReportColumnType.BOOLEAN;
      case TIMESTAMP -> ReportColumnType.TIMESTAMPTZ;
      case DATE -> ReportColumnType.DATE;
    };
  }

  private static String expression(PropertyDef property) {
    String column = "t." + SqlNames.quote(SqlNames.column(property.name()));
    return switch (property.type().kind()) {
      case UUID, ARRAY, OBJECT -> column + "::text";
      default -> column;
    };
  }
}
