package io.eventplan.collector.db;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The months of a month-partitioned warehouse (docs/warehouse.md#month-partitions): creates the partitions of
 * {@code events} and of every typed table from last month to {@code monthsAhead} months ahead, and, with a
 * retention period, drops the partitions of months that ended before it (typed tables first, then events), forgets
 * their event ids and recounts the per-user summary. A warehouse without partitioned tables is left alone. Several
 * processes may run it at once: they take turns on an advisory lock.
 */
public final class MonthPartitions {
  /** The advisory lock key of partition maintenance ("evtpart1"). */
  static final long ADVISORY_LOCK_KEY = 0x65767470617274_31L;
  private static final Pattern OWN_PARTITION = Pattern.compile(".*_p(\\d{4})(\\d{2})");

  private MonthPartitions() {}

  /**
   * What maintenance does.
   *
   * @param monthsAhead months after the current one that get their partitions now ({@code EVENTPLAN_PARTITIONS_AHEAD})
   * @param retentionMonths whole months kept before the current one; 0: keep everything
   *     ({@code EVENTPLAN_RETENTION_MONTHS})
   */
  public record Settings(int monthsAhead, int retentionMonths) {
    public static final Settings DEFAULT = new Settings(3, 0);

    /** {@code EVENTPLAN_PARTITIONS_AHEAD} (0-24, default 3) and {@code EVENTPLAN_RETENTION_MONTHS} (default 0). */
    public static Settings fromEnvironment(java.util.Map<String, String> env) {
      List<String> problems = new ArrayList<>();
      int ahead = number(env, "EVENTPLAN_PARTITIONS_AHEAD", DEFAULT.monthsAhead(), 0, 24, problems);
      int retention = number(env, "EVENTPLAN_RETENTION_MONTHS", 0, 0, 1200, problems);
      if (!problems.isEmpty()) {
        throw new io.eventplan.collector.config.ConfigException(problems);
      }
      return new Settings(ahead, retention);
    }

    private static int number(java.util.Map<String, String> env, String name, int fallback, int min, int max,
        List<String> problems) {
      String value = env.get(name);
      if (value == null || value.isBlank()) {
        return fallback;
      }
      try {
        int number = Integer.parseInt(value.trim());
        if (number >= min && number <= max) {
          return number;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      problems.add(name + " must be a whole number of months from " + min + " to " + max + ", not '" + value
          + "'" + (name.endsWith("RETENTION_MONTHS") ? " (0 keeps every month)" : ""));
      return fallback;
    }
  }

  /** What one run changed: partitions created and dropped, by name. */
  public record Result(List<String> created, List<String> dropped) {}

  /** One maintenance run for the month {@code now} (in UTC), in one transaction. */
  public static Result maintain(DataSource dataSource, Settings settings, YearMonth now) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        Result result = maintain(connection, settings, now);
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  private static Result maintain(Connection connection, Settings settings, YearMonth now) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SELECT pg_advisory_xact_lock(" + ADVISORY_LOCK_KEY + ")");
    }
    List<String> tables = partitionedTables(connection);
    List<String> created = new ArrayList<>();
    List<String> dropped = new ArrayList<>();
    for (String table : tables) {
      for (YearMonth month = now.minusMonths(1); !month.isAfter(now.plusMonths(settings.monthsAhead()));
          month = month.plusMonths(1)) {
        String partition = partitionName(table, month);
        if (!exists(connection, partition)) {
          execute(connection, "CREATE TABLE " + quote(partition) + " PARTITION OF " + quote(table)
              + " FOR VALUES FROM ('" + month.atDay(1) + " 00:00:00+00') TO ('" + month.plusMonths(1).atDay(1)
              + " 00:00:00+00')");
          created.add(partition);
        }
      }
    }
    if (settings.retentionMonths() > 0) {
      YearMonth firstKept = now.minusMonths(settings.retentionMonths());
      // typed tables refer to events: their partitions go first (tables lists events first)
      List<String> typedFirst = new ArrayList<>(tables);
      java.util.Collections.reverse(typedFirst);
      for (String table : typedFirst) {
        for (String partition : partitionsOf(connection, table)) {
          Matcher m = OWN_PARTITION.matcher(partition);
          if (m.matches() && YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))
              .isBefore(firstKept)) {
            // detached first: a partition of events is referenced by the typed tables' foreign keys
            execute(connection, "ALTER TABLE " + quote(table) + " DETACH PARTITION " + quote(partition));
            execute(connection, "DROP TABLE " + quote(partition));
            dropped.add(partition);
          }
        }
      }
      if (!dropped.isEmpty()) {
        forget(connection, firstKept);
      }
    }
    return new Result(created, dropped);
  }

  /** After dropping months: their event ids may be sent again, and the summary counts only what is left. */
  private static void forget(Connection connection, YearMonth firstKept) throws SQLException {
    if (exists(connection, "event_ids")) {
      execute(connection, "DELETE FROM \"event_ids\" WHERE \"received_at\" < '" + firstKept.atDay(1) + " 00:00:00+00'");
    }
    // the summaries of the report and health views count the dropped events until they are filled again
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(
            "SELECT to_regprocedure('reporting.summaries_refill()') IS NOT NULL")) {
      rs.next();
      if (rs.getBoolean(1)) {
        execute(connection, "SELECT reporting.\"summaries_refill\"()");
      }
    }
  }

  /** The range-partitioned tables of the current schema, {@code events} first. */
  private static List<String> partitionedTables(Connection connection) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("""
            SELECT c.relname FROM pg_partitioned_table p
            JOIN pg_class c ON c.oid = p.partrelid JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = current_schema() AND p.partstrat = 'r'
            ORDER BY c.relname <> 'events', c.relname""")) {
      while (rs.next()) {
        tables.add(rs.getString(1));
      }
    }
    return tables;
  }

  private static List<String> partitionsOf(Connection connection, String table) throws SQLException {
    List<String> partitions = new ArrayList<>();
    try (PreparedStatement statement = connection.prepareStatement("""
        SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid
        JOIN pg_class p ON p.oid = i.inhparent JOIN pg_namespace n ON n.oid = p.relnamespace
        WHERE p.relname = ? AND n.nspname = current_schema() ORDER BY c.relname""")) {
      statement.setString(1, table);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          partitions.add(rs.getString(1));
        }
      }
    }
    return partitions;
  }

  private static boolean exists(Connection connection, String table) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(
        "SELECT 1 FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE c.relname = ? AND n.nspname = current_schema()")) {
      statement.setString(1, table);
      try (ResultSet rs = statement.executeQuery()) {
        return rs.next();
      }
    }
  }

  /**
   * {@code <table>_pYYYYMM}; a table name too long for that within PostgreSQL's 63 bytes is cut and marked with 8
   * hex digits of its SHA-256, so the name stays unique and the same on every run.
   */
  static String partitionName(String table, YearMonth month) {
    String suffix = String.format("_p%04d%02d", month.getYear(), month.getMonthValue());
    if (table.getBytes(StandardCharsets.UTF_8).length + suffix.length() <= 63) {
      return table + suffix;
    }
    String hash;
    try {
      hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(table.getBytes(StandardCharsets.UTF_8))).substring(0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    StringBuilder cut = new StringBuilder();
    int budget = 63 - suffix.length() - 9;
    for (int i = 0; i < table.length(); ) {
      int cp = table.codePointAt(i);
      String one = new String(Character.toChars(cp));
      if (cut.toString().getBytes(StandardCharsets.UTF_8).length + one.getBytes(StandardCharsets.UTF_8).length
          > budget) {
        break;
      }
      cut.append(one);
      i += Character.charCount(cp);
    }
    return cut + "_" + hash + suffix;
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static String quote(String identifier) {
    return "\"" + identifier.replace("\"", "\"\"") + "\"";
  }
}
