package io.eventplan.codegen.warehouse;

import io.eventplan.plan.naming.SqlNames;

/**
 * Names of the constraints and indexes the changelog creates. Only the generator needs them; table
 * and column names, quoting and the 63-byte rule are {@link SqlNames}, shared with the collector.
 */
final class ConstraintNames {
  private ConstraintNames() {}

  /** A CHECK constraint: {@code <table>_<column>_<rule>}, e.g. {@code logged_in_type_values}. */
  static String check(String table, String column, String rule) {
    return SqlNames.fit(table + "_" + column + "_" + rule);
  }

  /** An index: {@code <table>_<columns>_idx}. */
  static String index(String table, String columns) {
    return SqlNames.fit(table + "_" + columns + "_idx");
  }
}
