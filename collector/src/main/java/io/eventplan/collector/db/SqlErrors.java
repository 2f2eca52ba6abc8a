package io.eventplan.collector.db;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** Sorts database errors by what the collector should do about them (SQLSTATE classes). */
public final class SqlErrors {
  private SqlErrors() {}

  /** A row the database refuses (data exception 22, integrity constraint 23): that row alone is at fault. */
  public static boolean isDataError(SQLException e) {
    String state = e.getSQLState();
    return state != null && (state.startsWith("22") || state.startsWith("23"));
  }

  /** Worth the same transaction again: serialization failure or deadlock (class 40). */
  public static boolean isRetryable(SQLException e) {
    String state = e.getSQLState();
    return state != null && state.startsWith("40");
  }

  /**
   * The database cannot be used right now: no connection (08), out of resources (53), shut down
   * or in recovery (57), or no connection from the pool in time.
   */
  public static boolean isUnavailable(SQLException e) {
    if (e instanceof SQLTransientConnectionException || e instanceof SQLRecoverableException) {
      return true;
    }
    String state = e.getSQLState();
    return state == null || state.startsWith("08") || state.startsWith("53") || state.startsWith("57");
  }

  /** The constraint or problem in a refused row, short enough for a reason and free of SQL. */
  public static String refusal(SQLException e) {
    String message = e.getMessage() == null ? "" : e.getMessage();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    return message.replaceFirst("^ERROR: ", "") + " (SQLSTATE " + e.getSQLState() + ")";
  }
}
