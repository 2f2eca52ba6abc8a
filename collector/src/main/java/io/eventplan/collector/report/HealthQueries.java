package io.eventplan.collector.report;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The plan health views of schema {@code reporting} (docs/reports.md, "Plan health"), read whole, each in its natural order,
 * in one read-only transaction so that the figures agree with each other. They read the daily summaries, so the
 * cost does not grow with the number of events.
 */
final class HealthQueries {
  /** Every health view, with the order its rows are shown in. */
  static final Map<String, String> VIEWS = views();

  private final DataSource dataSource;

  HealthQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  private static Map<String, String> views() {
    Map<String, String> views = new LinkedHashMap<>();
    views.put("plan_health", "\"refused_share\" DESC NULLS LAST, \"event_name\"");
    views.put("plan_health_refusals", "\"refused_total\" DESC, \"event_name\" NULLS FIRST, \"rule\", \"path\"");
    views.put("unplanned_events", "\"received_total\" DESC, \"event_name\"");
    views.put("unreceived_events", "\"event_name\"");
    views.put("deprecated_events_received", "\"last_accepted_at\" DESC NULLS LAST, \"event_name\"");
    views.put("health_by_source", "\"refused_total\" DESC, \"accepted_total\" DESC, \"event_name\" NULLS FIRST,"
        + " \"plan_version\", \"library_name\" NULLS FIRST, \"library_version\" NULLS FIRST");
    return Collections.unmodifiableMap(views);
  }

  /** {@code {"<view>": [{<column>: <value>, ...}, ...], ...}} for every health view; times as ISO-8601 in UTC. */
  ObjectNode all() throws SQLException {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    try (Connection connection = dataSource.getConnection()) {
      connection.setReadOnly(true);
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      try {
        for (Map.Entry<String, String> view : VIEWS.entrySet()) {
          body.set(view.getKey(), rows(connection, "SELECT * FROM reporting.\"" + view.getKey() + "\" ORDER BY "
              + view.getValue()));
        }
      } finally {
        connection.rollback(); // read only: nothing to keep
        connection.setAutoCommit(true);
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        connection.setReadOnly(false);
      }
    }
    return body;
  }

  private static ArrayNode rows(Connection connection, String sql) throws SQLException {
    ArrayNode rows = JsonNodeFactory.instance.arrayNode();
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setQueryTimeout(10);
      try (ResultSet rs = statement.executeQuery()) {
        ResultSetMetaData meta = rs.getMetaData();
        while (rs.next()) {
          ObjectNode row = rows.addObject();
          for (int i = 1; i <= meta.getColumnCount(); i++) {
            put(row, meta.getColumnLabel(i), meta.getColumnType(i), rs, i);
          }
        }
      }
    }
    return rows;
  }

  private static void put(ObjectNode row, String column, int type, ResultSet rs, int i) throws SQLException {
    switch (type) {
      case Types.BIGINT, Types.INTEGER -> {
        long value = rs.getLong(i);
        if (rs.wasNull()) {
          row.putNull(column);
        } else {
          row.put(column, value);
        }
      }
      case Types.DOUBLE, Types.REAL, Types.NUMERIC -> {
        double value = rs.getDouble(i);
        if (rs.wasNull()) {
          row.putNull(column);
        } else {
          row.put(column, value);
        }
      }
      case Types.BIT, Types.BOOLEAN -> {
        boolean value = rs.getBoolean(i);
        if (rs.wasNull()) {
          row.putNull(column);
        } else {
          row.put(column, value);
        }
      }
      case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> {
        Timestamp value = rs.getTimestamp(i);
        row.put(column, value == null ? null : value.toInstant().toString());
      }
      default -> row.put(column, rs.getString(i));
    }
  }
}
