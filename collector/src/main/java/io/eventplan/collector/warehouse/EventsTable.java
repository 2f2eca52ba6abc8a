package io.eventplan.collector.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;

/** SQL of the {@code events} table: one row per accepted event; a repeated event_id is skipped. */
public final class EventsTable {
  /**
   * Idempotent insert: a retried event (same event_id) changes nothing. No conflict target: in a month-partitioned
   * warehouse the key is (event_id, received_at) and the {@code event_ids} trigger skips repeats (docs/warehouse.md).
   */
  public static final String INSERT = """
      INSERT INTO events (event_id, event_name, event_version, user_id, anonymous_id, "timestamp", received_at,
                          url, properties, context, plan_version)
      VALUES (?, ?, ?, ?, ?, CAST(? AS timestamptz), ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)
      ON CONFLICT DO NOTHING""";

  /** Plain COPY of new rows: fails on a repeated event_id, which the writer then handles with {@link #INSERT}. */
  public static final String COPY = """
      COPY events (event_id, event_name, event_version, user_id, anonymous_id, "timestamp", received_at, url,
                   properties, context, plan_version) FROM STDIN""";

  private EventsTable() {}

  /** Appends {@code row} to a COPY in the column order of {@link #COPY}. */
  public static void appendCopyRow(CopyText copy, EventRow row) {
    copy.value(row.eventId().toString()).value(row.eventName()).value(row.eventVersion()).value(row.userId())
        .value(row.anonymousId()).value(ColumnValues.pgTimestamp(ColumnValues.utc(row.timestamp())))
        .value(ColumnValues.pgTimestamp(row.receivedAt().atOffset(ZoneOffset.UTC))).value(row.url()).value(row.propertiesJson())
        .value(row.contextJson()).value(row.planVersion()).endRow();
  }

  public static void bindInsert(PreparedStatement statement, EventRow row) throws SQLException {
    statement.setObject(1, row.eventId());
    statement.setString(2, row.eventName());
    statement.setInt(3, row.eventVersion());
    statement.setString(4, row.userId());
    statement.setString(5, row.anonymousId());
    statement.setObject(6, ColumnValues.utc(row.timestamp()));
    statement.setObject(7, row.receivedAt().atOffset(ZoneOffset.UTC));
    statement.setString(8, row.url());
    statement.setString(9, row.propertiesJson());
    statement.setString(10, row.contextJson());
    statement.setInt(11, row.planVersion());
  }
}
