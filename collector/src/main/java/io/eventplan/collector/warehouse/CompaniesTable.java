package io.eventplan.collector.warehouse;

import io.eventplan.plan.model.TraitsDef;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** SQL of the {@code companies} table: group upserts a company with the plan's company traits. */
public final class CompaniesTable {
  private final TraitsTable table;

  public CompaniesTable(TraitsDef companies) {
    this.table = new TraitsTable("companies", "company_id", companies);
  }

  /** Inserts a company or merges the call's traits into the stored ones. */
  public String upsertSql() {
    return table.upsertSql();
  }

  public void bindUpsert(PreparedStatement statement, TraitsRow row, JsonText json) throws SQLException {
    table.bindUpsert(statement, row, json);
  }
}
