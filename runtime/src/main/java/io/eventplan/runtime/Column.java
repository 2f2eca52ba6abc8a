package io.eventplan.runtime;

/**
 * One property of an event (or one trait) as the warehouse keeps it.
 *
 * @param property the property's name in the plan and in the JSON, e.g. {@code type}
 * @param column its column in the typed table (or people / companies), e.g. {@code type}
 * @param viewColumn its column in the event's flat reporting view
 * @param type how the value is stored
 */
public record Column(String property, String column, String viewColumn, ColumnType type) {}
