package io.eventplan.collector.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;

/** SQL of {@code rejected_events}: every message that was refused, with every reason, so nothing is lost. */
public final class RejectedEventsTable {
  public static final String INSERT = """
      INSERT INTO rejected_events (received_at, message_type, event_name, message_id, payload, reasons,
                                   plan_version)
      VALUES (?, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)""";

  private RejectedEventsTable() {}

  public static void bindInsert(PreparedStatement statement, RejectedRow row) throws SQLException {
    statement.setObject(1, row.receivedAt().atOffset(ZoneOffset.UTC));
    statement.setString(2, row.messageType());
    statement.setString(3, row.eventName());
    statement.setString(4, row.messageId());
    statement.setString(5, row.payloadJson());
    statement.setString(6, row.reasonsJson());
    statement.setInt(7, row.planVersion());
  }
}
