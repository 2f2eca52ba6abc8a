package io.eventplan.collector.warehouse;

import io.eventplan.plan.model.TraitsDef;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * SQL of the {@code people} table: identify upserts a person (traits from the plan's people
 * section, first_seen_at and last_seen_at), and any later call of a known user moves its
 * last_seen_at forward, never back.
 */
public final class PeopleTable {
  /** Moves a known user's last_seen_at forward; does nothing for a user without a people row. */
  public static final String TOUCH_LAST_SEEN = """
      UPDATE people SET last_seen_at = GREATEST(last_seen_at, CAST(? AS timestamptz))
      WHERE user_id = ?""";

  private final TraitsTable columns;
  private final String upsertSql;

  public PeopleTable(TraitsDef people) {
    this.columns = new TraitsTable("people", "user_id", people);
    this.upsertSql = columns.upsertSql(
        List.of("first_seen_at", "last_seen_at"),
        List.of("CAST(? AS timestamptz)", "CAST(? AS timestamptz)"),
        List.of("first_seen_at = LEAST(people.first_seen_at, EXCLUDED.first_seen_at)",
            "last_seen_at = GREATEST(people.last_seen_at, EXCLUDED.last_seen_at)"));
  }

  /** Inserts a person or merges the call's traits into the stored ones. */
  public String upsertSql() {
    return upsertSql;
  }

  public void bindUpsert(PreparedStatement statement, TraitsRow row, JsonText json) throws SQLException {
    int index = columns.bindKeyAndTraits(statement, row, json);
    statement.setString(index++, row.timestamp());
    statement.setString(index, row.timestamp());
  }

  public static void bindTouch(PreparedStatement statement, String userId, String timestamp) throws SQLException {
    statement.setString(1, timestamp);
    statement.setString(2, userId);
  }
}
