package io.eventplan.codegen.warehouse;

/**
 * One column as the warehouse should have it.
 *
 * @param type the PostgreSQL type, e.g. {@code timestamptz}
 * @param extra what follows the type and NOT NULL in CREATE TABLE, e.g. {@code PRIMARY KEY}; "" for none
 * @param comment the column's COMMENT; "" for none
 */
public record ColumnSpec(String name, String type, boolean notNull, String extra, String comment) {}
