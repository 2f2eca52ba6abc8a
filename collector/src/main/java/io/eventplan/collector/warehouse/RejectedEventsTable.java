package io.eventplan.collector.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;

/** SQL of {@code rejected_events}: every message that was refused, with every reason, so nothing is lost. */
public final class RejectedEventsTable {
  public static final String INSERT = """
      INSERT INTO rejected_events (received_at, event_name, payload, reasons, source_ip, plan_version, event_id,
                                   message_type, library_name, library_version)
      VALUES (?, ?, ?, CAST(? AS jsonb), CAST(? AS inet), ?, ?, ?, ?, ?)""";

  /** The same columns by COPY, in the order of {@link #appendCopyRow}. */
  public static final String COPY = """
      COPY rejected_events (received_at, event_name, payload, reasons, source_ip, plan_version, event_id,
                            message_type, library_name, library_version) FROM STDIN""";

  private RejectedEventsTable() {}

  public static void bindInsert(PreparedStatement statement, RejectedRow row) throws SQLException {
    statement.setObject(1, row.receivedAt().atOffset(ZoneOffset.UTC));
    statement.setString(2, row.eventName());
    statement.setString(3, row.payload());
    statement.setString(4, row.reasonsJson());
    statement.setString(5, row.sourceIp());
    statement.setInt(6, row.planVersion());
    statement.setObject(7, row.eventId());
    statement.setString(8, row.messageType());
    statement.setString(9, row.libraryName());
    statement.setString(10, row.libraryVersion());
  }

  /** Appends {@code row} to a COPY in the column order of {@link #COPY}, values as {@link #bindInsert} binds them. */
  public static void appendCopyRow(CopyText copy, RejectedRow row) {
    copy.value(ColumnValues.pgTimestamp(row.receivedAt().atOffset(ZoneOffset.UTC))).value(row.eventName())
        .value(row.payload()).value(row.reasonsJson()).value(row.sourceIp()).value(row.planVersion())
        .value(row.eventId() == null ? null : row.eventId().toString()).value(row.messageType())
        .value(row.libraryName()).value(row.libraryVersion()).endRow();
  }
}
