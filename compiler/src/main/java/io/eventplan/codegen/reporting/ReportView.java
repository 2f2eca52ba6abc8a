package io.eventplan.codegen.reporting;

import java.util.List;

/**
 * One view of the {@code reporting} schema.
 *
 * @param name the view name in the database, e.g. {@code logged_in_users}
 * @param title a human title, e.g. {@code Logged-in users}
 * @param columns the columns in view order
 * @param sourceEvents the names of the plan events the view reads, as written in the plan
 * @param orderBy the natural order as SQL ORDER BY items, e.g. {@code "Last logged in" DESC}; views
 *     themselves are unordered, so readers apply it
 */
public record ReportView(
    String name,
    String title,
    String description,
    List<ReportColumn> columns,
    List<String> sourceEvents,
    List<String> orderBy) {

  public ReportView {
    columns = List.copyOf(columns);
    sourceEvents = List.copyOf(sourceEvents);
    orderBy = List.copyOf(orderBy);
  }
}
