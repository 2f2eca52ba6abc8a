package io.eventplan.codegen.warehouse;

/**
 * A named CHECK constraint on one column; the name is derived from table, column and rule, so a
 * changed rule can be dropped and added again under the same name.
 *
 * @param expression the boolean SQL expression, e.g. {@code "type" IN ('password', 'sso')}
 */
public record CheckSpec(String name, String column, String expression) {}
