package io.eventplan.codegen.reporting;

/**
 * One column of a report view.
 *
 * @param name the column name exactly as in the database (it may contain spaces, e.g. {@code Last logged in})
 * @param description what the column holds, for column comments and BI tool descriptions
 */
public record ReportColumn(String name, ReportColumnType type, String description) {}
