package io.eventplan.codegen.reporting;

/**
 * A column of an event's flat view and the SQL expression that fills it, over {@code events} (alias
 * {@code e}) joined with the event's typed table (alias {@code t}).
 */
record EventViewColumn(ReportColumn column, String expression) {}
