package io.eventplan.collector.warehouse;

import io.eventplan.runtime.TraitsTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * SQL of the {@code people} table: identify upserts a person (the plan's people traits; a
 * {@code company_id} trait is the column that references companies), and any later call of a known
 * user moves its last_seen_at forward, never back.
 */
public final class PeopleTable {
  /**
   * Moves known users' last_seen_at forward in one statement: parameter 1 the user ids, parameter 2
   * the times as timestamptz text, in the same order; a user may come several times, the latest
   * time counts. Users without a people row are left alone.
   */
  public static final String TOUCH_LAST_SEEN = """
      UPDATE people AS p SET last_seen_at = GREATEST(p.last_seen_at, t.seen)
      FROM (SELECT u.user_id, max(CAST(u.seen AS timestamptz)) AS seen
            FROM unnest(CAST(? AS text[]), CAST(? AS text[])) AS u(user_id, seen)
            GROUP BY u.user_id ORDER BY u.user_id) AS t
      WHERE p.user_id = t.user_id""";

  private final TraitsUpsert table;

  public PeopleTable(TraitsTable people) {
    this.table = new TraitsUpsert(people);
  }

  /** Inserts a person or merges the call's traits into the stored ones. */
  public String upsertSql() {
    return table.upsertSql();
  }

  public void bindUpsert(PreparedStatement statement, TraitsRow row, JsonText json) throws SQLException {
    table.bindUpsert(statement, row, json);
  }

  /**
   * Binds the touches, each a user id and a time as timestamptz text; callers sort them by user id
   * so that two writers lock people rows in the same order.
   */
  public static void bindTouch(PreparedStatement statement, List<String[]> touches) throws SQLException {
    Connection connection = statement.getConnection();
    statement.setArray(1, connection.createArrayOf("text", touches.stream().map(t -> t[0]).toArray(String[]::new)));
    statement.setArray(2, connection.createArrayOf("text", touches.stream().map(t -> t[1]).toArray(String[]::new)));
  }
}
