package io.eventplan.codegen.warehouse;

/**
 * A named index.
 *
 * @param columns the column list as SQL, e.g. {@code "user_id", "event_name", "timestamp" DESC}
 */
public record IndexSpec(String name, String columns) {}
