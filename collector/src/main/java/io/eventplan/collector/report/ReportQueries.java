package io.eventplan.collector.report;

import io.eventplan.collector.warehouse.SqlIdentifiers;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The report's SQL, in one place: read-only queries on the views of schema {@code reporting} that
 * the warehouse changelog creates (docs/reports.md). Each query runs in its own read-only transaction.
 */
final class ReportQueries {
  /**
   * Most recent first, in the order of the view's rank: sorted by the rank's own keys, PostgreSQL reads the summary's
   * index in that order and stops after {@code limit} rows, where sorting by the rank would rank every user first.
   */
  private static final String LOGGED_IN_USERS = """
      SELECT "user_id", "name", "email", "company", "Last logged in", "login_count", "last_login_rank"
      FROM reporting."logged_in_users" ORDER BY "Last logged in" DESC, "user_id" LIMIT ?""";
  private static final String LOGGED_IN_COUNT = "SELECT count(*) FROM reporting.\"user_report_events\" WHERE \"event_name\" = ?";
  private static final String HAS_DONE = """
      SELECT "first_at", "last_at", "event_count" FROM reporting."user_event_summary"
      WHERE "user_id" = ? AND "event_name" = ?""";
  private static final String LOGIN_STATUS = """
      SELECT "signed_up_at", "first_login_at", "last_login_at", "has_logged_in"
      FROM reporting."new_user_login_status" WHERE "user_id" = ?""";
  /**
   * The rows of logins_per_day for the last days, read from the daily summary the view reads (one row per day), so
   * that the cost does not grow with the number of logins. The login event is the plan's, fixed in the summary.
   */
  private static final String LOGINS_PER_DAY = """
      SELECT "day"::text AS "day", "logins", "users" FROM reporting."login_days"
      WHERE "day" >= (now() AT TIME ZONE 'UTC')::date - ?
      ORDER BY "day\"""";

  private final DataSource dataSource;

  ReportQueries(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** One row of logged_in_users. */
  record LoggedInUser(String userId, String name, String email, String company, Instant lastLoggedIn,
      long loginCount, long rank) {}

  /** When a user first and last sent an event, and how often; empty when never. */
  record Done(Instant firstAt, Instant lastAt, long count) {}

  /** A row of new_user_login_status. */
  record LoginStatus(Instant signedUpAt, Instant firstLoginAt, Instant lastLoginAt, boolean hasLoggedIn) {}

  /** A row of logins_per_day; {@code day} is ISO, e.g. 2026-11-25. */
  record Day(String day, long logins, long users) {}

  List<LoggedInUser> loggedInUsers(int limit) throws SQLException {
    return query(LOGGED_IN_USERS, statement -> statement.setInt(1, limit), rs -> new LoggedInUser(
        rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), instant(rs.getTimestamp(5)),
        rs.getLong(6), rs.getLong(7)));
  }

  /** How many users have logged in (the rows of logged_in_users), by the plan's login event. */
  long loggedInCount(String loginEvent) throws SQLException {
    return query(LOGGED_IN_COUNT, statement -> statement.setString(1, loginEvent), rs -> rs.getLong(1)).get(0);
  }

  Optional<Done> hasDone(String userId, String event) throws SQLException {
    return query(HAS_DONE, statement -> {
      statement.setString(1, userId);
      statement.setString(2, event);
    }, ReportQueries::done).stream().findFirst();
  }

  /**
   * Whether the user sent {@code event} with property {@code column} equal to {@code value} (as text),
   * from the event's flat view; the view and column come from the plan, never from the request.
   */
  Optional<Done> hasDoneWith(String userId, String view, String column, String value) throws SQLException {
    String sql = "SELECT min(\"timestamp\"), max(\"timestamp\"), count(*) FROM reporting." + SqlIdentifiers.quote(view)
        + " WHERE \"user_id\" = ? AND " + SqlIdentifiers.quote(column) + "::text = ? HAVING count(*) > 0";
    return query(sql, statement -> {
      statement.setString(1, userId);
      statement.setString(2, value);
    }, ReportQueries::done).stream().findFirst();
  }

  Optional<LoginStatus> loginStatus(String userId) throws SQLException {
    return query(LOGIN_STATUS, statement -> statement.setString(1, userId), rs -> new LoginStatus(
        instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)), instant(rs.getTimestamp(3)), rs.getBoolean(4)))
        .stream().findFirst();
  }

  List<Day> loginsPerDay(int days) throws SQLException {
    return query(LOGINS_PER_DAY, statement -> statement.setInt(1, days - 1),
        rs -> new Day(rs.getString(1), rs.getLong(2), rs.getLong(3)));
  }

  private static Done done(ResultSet rs) throws SQLException {
    return new Done(instant(rs.getTimestamp(1)), instant(rs.getTimestamp(2)), rs.getLong(3));
  }

  private <T> List<T> query(String sql, Binder binder, RowReader<T> reader) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setReadOnly(true);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setQueryTimeout(10);
        binder.bind(statement);
        List<T> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            rows.add(reader.read(rs));
          }
        }
        return rows;
      } finally {
        connection.setReadOnly(false);
      }
    }
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private interface Binder {
    void bind(PreparedStatement statement) throws SQLException;
  }

  private interface RowReader<T> {
    T read(ResultSet rs) throws SQLException;
  }
}
