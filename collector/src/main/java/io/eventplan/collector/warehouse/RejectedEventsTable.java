package io.eventplan.collector.warehouse;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;

/** SQL of {@code rejected_events}: every message that was refused, with every reason, so nothing is lost. */
public final class RejectedEventsTable {
  public static final String INSERT = """
      INSERT INTO rejected_events (received_at, event_name, payload, reasons, source_ip, plan_version)
      VALUES (?, ?, ?, CAST(? AS jsonb), CAST(? AS inet), ?)""";

  private RejectedEventsTable() {}

  public static void bindInsert(PreparedStatement statement, RejectedRow row) throws SQLException {
    statement.setObject(1, row.receivedAt().atOffset(ZoneOffset.UTC));
    statement.setString(2, row.eventName());
    statement.setString(3, row.payload());
    statement.setString(4, row.reasonsJson());
    statement.setString(5, row.sourceIp());
    statement.setInt(6, row.planVersion());
  }
}
