package io.eventplan.collector.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * SQL of the {@code aliases} table (made by the warehouse changelog's core changesets): one row per previous
 * id with the user it belongs to. When calls link one previous id to different users, the earliest call
 * counts (ties: the smaller user id), so the order in which they arrive changes nothing.
 */
public final class AliasesTable {
  /** Inserts a link, or replaces the stored one when this call is earlier. */
  public static final String UPSERT = """
      INSERT INTO aliases AS a (previous_id, user_id, "timestamp", received_at)
      VALUES (?, ?, CAST(? AS timestamptz), ?)
      ON CONFLICT (previous_id) DO UPDATE SET user_id = EXCLUDED.user_id, "timestamp" = EXCLUDED."timestamp",
        received_at = EXCLUDED.received_at
      WHERE (EXCLUDED."timestamp", EXCLUDED.user_id) < (a."timestamp", a.user_id)""";

  private AliasesTable() {}

  /** Binds one link; the time goes in UTC, as in events (PostgreSQL refuses offsets beyond +-15:59). */
  public static void bindUpsert(PreparedStatement statement, AliasRow row, Instant receivedAt) throws SQLException {
    statement.setString(1, row.previousId());
    statement.setString(2, row.userId());
    statement.setString(3, ColumnValues.pgTimestamp(ColumnValues.utc(row.timestamp())));
    statement.setObject(4, receivedAt.atOffset(ZoneOffset.UTC));
  }
}
