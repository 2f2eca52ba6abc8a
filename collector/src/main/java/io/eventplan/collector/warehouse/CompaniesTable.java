package io.eventplan.collector.warehouse;

import io.eventplan.plan.model.TraitsDef;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** SQL of the {@code companies} table: group upserts a company with the plan's company traits. */
public final class CompaniesTable {
  private final TraitsTable columns;
  private final String upsertSql;

  public CompaniesTable(TraitsDef companies) {
    this.columns = new TraitsTable("companies", "company_id", companies);
    this.upsertSql = columns.upsertSql(List.of(), List.of(), List.of());
  }

  /** Inserts a company or merges the call's traits into the stored ones. */
  public String upsertSql() {
    return upsertSql;
  }

  public void bindUpsert(PreparedStatement statement, TraitsRow row, JsonText json) throws SQLException {
    columns.bindKeyAndTraits(statement, row, json);
  }
}
