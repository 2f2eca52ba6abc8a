package io.eventplan.collector.warehouse;

import io.eventplan.runtime.TraitsTable;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** SQL of the {@code companies} table: group upserts a company with the plan's company traits. */
public final class CompaniesTable {
  private final TraitsUpsert table;

  public CompaniesTable(TraitsTable companies) {
    this.table = new TraitsUpsert(companies);
  }

  /** Inserts a company or merges the call's traits into the stored ones. */
  public String upsertSql() {
    return table.upsertSql();
  }

  public void bindUpsert(PreparedStatement statement, TraitsRow row, JsonText json) throws SQLException {
    table.bindUpsert(statement, row, json);
  }
}
