package io.eventplan.collector.db;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

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

  /**
   * The constraint or problem in a refused row, short enough for a reason and free of SQL: the
   * server's own message and detail (for a batch, those of the statement that failed), never the
   * statement the driver quotes around them.
   */
  public static String refusal(SQLException e) {
    SQLException cause = e;
    if (e instanceof BatchUpdateException && e.getNextException() != null) {
      cause = e.getNextException();
    }
    String message;
    if (cause instanceof PSQLException && ((PSQLException) cause).getServerErrorMessage() != null) {
      ServerErrorMessage server = ((PSQLException) cause).getServerErrorMessage();
      message = server.getMessage() + (server.getDetail() == null ? "" : "; " + server.getDetail());
    } else {
      message = cause.getMessage() == null ? "" : cause.getMessage();
      int newline = message.indexOf('\n');
      message = newline >= 0 ? message.substring(0, newline) : message;
      message = message.replaceFirst("^Batch entry \\d+ .*? was aborted: ", "").replaceFirst("^ERROR: ", "");
    }
    return message + " (SQLSTATE " + cause.getSQLState() + ")";
  }
}
