package io.eventplan.collector.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** Reads the warehouse in tests: rows as maps of column name to JDBC value. */
public final class Sql {
  private final DataSource dataSource;

  public Sql(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<Map<String, Object>> rows(String sql, Object... parameters) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        ResultSetMetaData meta = result.getMetaData();
        List<Map<String, Object>> rows = new ArrayList<>();
        while (result.next()) {
          Map<String, Object> row = new LinkedHashMap<>();
          for (int c = 1; c <= meta.getColumnCount(); c++) {
            row.put(meta.getColumnLabel(c), plain(result.getObject(c)));
          }
          rows.add(row);
        }
        return rows;
      }
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** timestamptz as Instant, jsonb and other PostgreSQL types as their text. */
  private static Object plain(Object value) {
    if (value instanceof java.sql.Timestamp) {
      return ((java.sql.Timestamp) value).toInstant();
    }
    if (value instanceof java.sql.Date) {
      return ((java.sql.Date) value).toLocalDate();
    }
    if (value instanceof org.postgresql.util.PGobject) {
      return ((org.postgresql.util.PGobject) value).getValue();
    }
    return value;
  }

  public Map<String, Object> one(String sql, Object... parameters) {
    List<Map<String, Object>> rows = rows(sql, parameters);
    if (rows.size() != 1) {
      throw new AssertionError("expected one row from " + sql + " but got " + rows);
    }
    return rows.get(0);
  }

  public long count(String table) {
    return ((Number) one("SELECT count(*) AS n FROM " + table).get("n")).longValue();
  }

  /** Runs a statement that returns no rows (DDL, an update). */
  public void execute(String sql) {
    try (Connection connection = dataSource.getConnection()) {
      connection.createStatement().execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Every table the collector writes, emptied. */
  public void clear() {
    try (Connection connection = dataSource.getConnection()) {
      connection.createStatement().execute("TRUNCATE events, rejected_events, people, companies, aliases, logged_in, "
          + "signed_up, logged_out, feature_used, login_failed, page_viewed, screen_viewed, order_placed, button_clicked");
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
