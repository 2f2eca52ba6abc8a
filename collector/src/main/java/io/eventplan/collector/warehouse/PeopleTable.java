package io.eventplan.collector.warehouse;

import io.eventplan.plan.model.TraitsDef;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * SQL of the {@code people} table: identify upserts a person (the plan's people traits; a
 * {@code company_id} trait is the column that references companies), and any later call of a known
 * user moves its last_seen_at forward, never back.
 */
public final class PeopleTable {
  /** Moves a known user's last_seen_at forward; does nothing for a user without a people row. */
  public static final String TOUCH_LAST_SEEN = """
      UPDATE people SET last_seen_at = GREATEST(last_seen_at, CAST(? AS timestamptz))
      WHERE user_id = ?""";

  private final TraitsTable table;

  public PeopleTable(TraitsDef people) {
    this.table = new TraitsTable("people", "user_id", people);
  }

  /** Inserts a person or merges the call's traits into the stored ones. */
  public String upsertSql() {
    return table.upsertSql();
  }

  public void bindUpsert(PreparedStatement statement, TraitsRow row, JsonText json) throws SQLException {
    table.bindUpsert(statement, row, json);
  }

  public static void bindTouch(PreparedStatement statement, String userId, String timestamp) throws SQLException {
    statement.setString(1, timestamp);
    statement.setString(2, userId);
  }
}
