package io.eventplan.codegen.warehouse;

import java.util.List;
import java.util.Optional;

/**
 * One table as the warehouse should have it for a plan snapshot.
 *
 * @param origin what the table is for, for changeset comments, e.g. {@code event 'Logged In' version 1}
 */
public record TableSpec(
    String name,
    String origin,
    String comment,
    List<ColumnSpec> columns,
    List<CheckSpec> checks,
    List<IndexSpec> indexes) {

  public TableSpec {
    columns = List.copyOf(columns);
    checks = List.copyOf(checks);
    indexes = List.copyOf(indexes);
  }

  public Optional<ColumnSpec> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }

  public Optional<CheckSpec> check(String checkName) {
    return checks.stream().filter(c -> c.name().equals(checkName)).findFirst();
  }
}
