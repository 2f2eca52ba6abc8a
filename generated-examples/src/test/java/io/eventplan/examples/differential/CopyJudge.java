package io.eventplan.examples.differential;

import io.eventplan.collector.warehouse.CopyText;
import io.eventplan.collector.warehouse.EventRow;
import io.eventplan.collector.warehouse.EventsTable;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.collector.warehouse.TypedRow;
import io.eventplan.collector.warehouse.TypedTable;
import io.eventplan.collector.warehouse.SqlIdentifiers;
import io.eventplan.runtime.Column;
import io.eventplan.runtime.EventTable;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.UUID;
import java.util.stream.Collectors;
import org.postgresql.PGConnection;
import tools.jackson.databind.node.ObjectNode;

/**
 * The collector writes new events by COPY and repeated ones by INSERT: for a payload already stored
 * by INSERT, this stores it again by COPY (under a new id) and demands the very same column values.
 */
final class CopyJudge {
  private final Connection connection;
  private final JsonText json;

  CopyJudge(Connection connection, JsonText json) {
    this.connection = connection;
    this.json = json;
  }

  /** Copies {@code node} into {@code event}'s typed table; its row must equal the one stored as {@code inserted}. */
  void sameAsInsert(EventTable event, ObjectNode node, UUID inserted, String timestamp) throws WarehouseJudge.Disagreement {
    UUID copied = UUID.randomUUID();
    TypedTable table = TypedTable.of(event);
    try {
      try (PreparedStatement insert = connection.prepareStatement(EventsTable.INSERT)) {
        EventsTable.bindInsert(insert, new EventRow(copied, event.event(), event.version(), "user-1", null, timestamp,
            Instant.now(), null, json.text(node), null, 1));
        insert.executeUpdate();
      }
      CopyText rows = new CopyText(1);
      table.appendCopyRow(rows, new TypedRow(event, copied, Instant.now(), null, 1, node), json);
      connection.unwrap(PGConnection.class).getCopyAPI().copyIn(table.copySql(), new StringReader(rows.toString()));
    } catch (SQLException | IOException e) {
      throw new WarehouseJudge.Disagreement("valid, refused by COPY",
          "stored by INSERT, refused by COPY: " + (e instanceof SQLException s ? s.getSQLState() + " " : "")
          + e.getMessage());
    }
    if (!sameColumns(event, inserted, copied)) {
      throw new WarehouseJudge.Disagreement("COPY differs from INSERT", "COPY stored other values than INSERT for " + node);
    }
  }

  private boolean sameColumns(EventTable event, UUID inserted, UUID copied) throws WarehouseJudge.Disagreement {
    String table = SqlIdentifiers.quote(event.table());
    String sql = "SELECT ROW(" + columns(event, "a") + ") IS NOT DISTINCT FROM ROW(" + columns(event, "b")
        + ") FROM " + table + " a, " + table + " b WHERE a._event_id = ? AND b._event_id = ?";
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setObject(1, inserted);
      query.setObject(2, copied);
      try (ResultSet rs = query.executeQuery()) {
        return rs.next() && rs.getBoolean(1);
      }
    } catch (SQLException e) {
      throw new WarehouseJudge.Disagreement("comparison failed", e.getSQLState() + " " + e.getMessage());
    }
  }

  private static String columns(EventTable event, String alias) {
    return event.columns().stream().map(Column::column)
        .map(name -> alias + "." + SqlIdentifiers.quote(name)).collect(Collectors.joining(", "));
  }
}
