package io.eventplan.benchmarks.report;

import io.eventplan.collector.db.LiquibaseMigrations;
import io.eventplan.examples.events.EventRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The report benchmark (issue 7): not JMH and not run by the build. One run starts an embedded
 * PostgreSQL 17, applies the collector's warehouse changelog (with the reporting schema and its
 * triggers), loads {@code report.users} people and {@code report.events} events by COPY in statements
 * of {@code report.copyRows} rows (the triggers keep reporting.user_event_stats up to date as they
 * would for the collector), then times, in the same run:
 *
 * <ol>
 *   <li>reading all of {@code reporting.logged_in_users} (most recent first), against the naive
 *       GROUP BY over raw events that computes the same rows;
 *   <li>{@code report.lookups} single-user "has done X" lookups on {@code reporting.user_event_summary}
 *       (p50/p99), against the same question as an aggregate over raw events (using the events index);
 *   <li>the cost of the trigger on COPY: the same rows copied with and without it (rolled back).
 * </ol>
 *
 * Run: {@code java -cp benchmarks/target/benchmarks.jar io.eventplan.benchmarks.report.ReportBenchmark}.
 * System properties (defaults in brackets): {@code report.users} [100000], {@code report.events}
 * [10000000], {@code report.copyRows} [100000], {@code report.lookups} [2000], {@code report.repeat} [5].
 * See docs/performance.md.
 */
public final class ReportBenchmark {
  static final String[] EVENTS = {"Logged In", "Feature Used", "Logged Out", "Login Failed"};
  /** Shares of the events above, in percent; every user also signs up once. */
  static final int[] SHARES = {30, 45, 20, 5};
  static final String[] FEATURES = {"dashboard", "report_export", "csv_import", "api_keys", "team_invite", "sso_setup"};
  static final long YEAR_SECONDS = 365L * 24 * 3600;

  private final int users = Integer.getInteger("report.users", 100_000);
  private final long events = Long.getLong("report.events", 10_000_000L);
  private final int copyRows = Integer.getInteger("report.copyRows", 100_000);
  private final int lookups = Integer.getInteger("report.lookups", 2_000);
  private final int repeat = Integer.getInteger("report.repeat", 5);
  private final Instant now = Instant.now();

  public static void main(String[] args) throws Exception {
    new ReportBenchmark().run();
  }

  void run() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
        .setServerConfig("shared_buffers", "1GB")
        .setServerConfig("work_mem", "64MB")
        .setServerConfig("max_wal_size", "8GB")
        .setServerConfig("synchronous_commit", "on")
        .start()) {
      DataSource dataSource = postgres.getPostgresDatabase();
      LiquibaseMigrations.of(new EventRegistry()).migrate(dataSource);
      try (Connection c = dataSource.getConnection()) {
        load(c);
        measure(c);
      }
    }
  }

  private void load(Connection c) throws SQLException, java.io.IOException {
    CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
    long start = System.nanoTime();
    StringBuilder people = new StringBuilder();
    for (int u = 0; u < users; u++) {
      people.append(user(u)).append("\tUser ").append(u).append("\tuser").append(u).append("@example.com\n");
    }
    copy.copyIn("COPY people (user_id, name, email) FROM STDIN", new StringReader(people.toString()));
    SplittableRandom random = new SplittableRandom(42);
    long loaded = 0;
    long copyNanos = 0;
    // every user signs up once, the rest is a mix of logins, feature use, logouts and failed logins
    while (loaded < events) {
      int rows = (int) Math.min(copyRows, events - loaded);
      String chunk = chunk(random, loaded, rows);
      long t = System.nanoTime();
      copy.copyIn("COPY events (event_id, event_name, user_id, \"timestamp\", properties, plan_version) FROM STDIN",
          new StringReader(chunk));
      copyNanos += System.nanoTime() - t;
      loaded += rows;
      if (loaded % 1_000_000 == 0 || loaded == events) {
        System.out.printf(Locale.ROOT, "loaded %,d events (%.0f s)%n", loaded, seconds(System.nanoTime() - start));
      }
    }
    try (Statement s = c.createStatement()) {
      s.execute("VACUUM ANALYZE events");
      s.execute("VACUUM ANALYZE reporting.user_event_stats");
      s.execute("VACUUM ANALYZE people");
    }
    System.out.printf(Locale.ROOT, "load: %,d people and %,d events in %.1f s (COPY with the summary trigger:"
            + " %.1f s, %,.0f events/s); user_event_stats has %,d rows%n",
        users, events, seconds(System.nanoTime() - start), seconds(copyNanos), events / seconds(copyNanos),
        count(c, "SELECT count(*) FROM reporting.user_event_stats"));
    triggerCost(c, copy, random);
  }

  /** The same rows copied with and without the summary trigger, each in a transaction that is rolled back. */
  private void triggerCost(Connection c, CopyManager copy, SplittableRandom random) throws SQLException, java.io.IOException {
    String chunk = chunk(random, 0, copyRows);
    double[] with = new double[3];
    double[] without = new double[3];
    c.setAutoCommit(false);
    try (Statement s = c.createStatement()) {
      for (int i = 0; i < with.length; i++) {
        long t = System.nanoTime();
        copy.copyIn("COPY events (event_id, event_name, user_id, \"timestamp\", properties, plan_version) FROM STDIN",
            new StringReader(chunk));
        with[i] = seconds(System.nanoTime() - t);
        c.rollback();
        s.execute("ALTER TABLE events DISABLE TRIGGER user_event_stats_insert");
        t = System.nanoTime();
        copy.copyIn("COPY events (event_id, event_name, user_id, \"timestamp\", properties, plan_version) FROM STDIN",
            new StringReader(chunk));
        without[i] = seconds(System.nanoTime() - t);
        c.rollback();
      }
    } finally {
      c.setAutoCommit(true);
    }
    System.out.printf(Locale.ROOT, "COPY of %,d events into the loaded table: %.2f s with the trigger, %.2f s"
        + " without (medians of %d)%n", copyRows, median(with), median(without), with.length);
  }

  private void measure(Connection c) throws SQLException {
    String viewSql = "SELECT * FROM reporting.logged_in_users ORDER BY last_login_rank";
    String naiveSql = """
        SELECT e.user_id, p.name, p.email, p.company_id AS company, max(e."timestamp") AS "Last logged in",
               count(*) AS login_count, row_number() OVER (ORDER BY max(e."timestamp") DESC, e.user_id) AS last_login_rank
        FROM events e LEFT JOIN people p ON p.user_id = e.user_id
        WHERE e.event_name = 'Logged In' AND e.user_id IS NOT NULL
        GROUP BY e.user_id, p.name, p.email, p.company_id
        ORDER BY last_login_rank""";
    long viewRows = rows(c, viewSql);
    long naiveRows = rows(c, naiveSql);
    if (viewRows != naiveRows) {
      throw new IllegalStateException("the view has " + viewRows + " rows, the naive query " + naiveRows);
    }
    double[] view = new double[repeat];
    double[] naive = new double[repeat];
    for (int i = 0; i < repeat; i++) {
      view[i] = timed(() -> rows(c, viewSql));
      naive[i] = timed(() -> rows(c, naiveSql));
    }
    System.out.printf(Locale.ROOT, "logged_in_users, all %,d rows: view median %.0f ms (min %.0f), naive GROUP BY"
            + " median %.0f ms (min %.0f); %.0fx%n",
        viewRows, median(view) * 1000, min(view) * 1000, median(naive) * 1000, min(naive) * 1000,
        median(naive) / median(view));

    lookups(c, "user_event_summary", "SELECT event_count, first_at, last_at FROM reporting.user_event_summary"
        + " WHERE user_id = ? AND event_name = ?");
    lookups(c, "naive aggregate over events", "SELECT count(*), min(\"timestamp\"), max(\"timestamp\") FROM events"
        + " WHERE user_id = ? AND event_name = ?");
    double[] perDay = new double[repeat];
    for (int i = 0; i < repeat; i++) {
      perDay[i] = timed(() -> rows(c, "SELECT * FROM reporting.logins_per_day"
          + " WHERE day >= (now() AT TIME ZONE 'UTC')::date - 29 ORDER BY day"));
    }
    System.out.printf(Locale.ROOT, "logins_per_day, last 30 days: median %.0f ms%n", median(perDay) * 1000);
  }

  /** Single-user "has done X" lookups for random users and events, one after the other, p50/p99. */
  private void lookups(Connection c, String what, String sql) throws SQLException {
    SplittableRandom random = new SplittableRandom(7);
    String[] names = {"Logged In", "Feature Used", "Logged Out", "Signed Up", "Order Placed"};
    double[] millis = new double[lookups];
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = -lookups / 10; i < lookups; i++) { // the first tenth warms up
        statement.setString(1, user(random.nextInt(users)));
        statement.setString(2, names[random.nextInt(names.length)]);
        long t = System.nanoTime();
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            rs.getLong(1);
          }
        }
        if (i >= 0) {
          millis[i] = (System.nanoTime() - t) / 1e6;
        }
      }
    }
    Arrays.sort(millis);
    System.out.printf(Locale.ROOT, "has done X, %s: %,d lookups, p50 %.3f ms, p99 %.3f ms, max %.3f ms%n",
        what, lookups, millis[lookups / 2], millis[(int) (lookups * 0.99)], millis[lookups - 1]);
  }

  /** {@code rows} COPY lines starting at event number {@code first}. */
  private String chunk(SplittableRandom random, long first, int rows) {
    StringBuilder out = new StringBuilder(rows * 110);
    for (int i = 0; i < rows; i++) {
      long n = first + i;
      String event;
      String user;
      String properties;
      if (n < users) {
        event = "Signed Up";
        user = user((int) n);
        properties = "{\"signup_method\": \"email\"}";
      } else {
        event = pick(random.nextInt(100));
        user = event.equals("Login Failed") ? "\\N" : user(random.nextInt(users));
        properties = event.equals("Feature Used")
            ? "{\"feature\": \"" + FEATURES[random.nextInt(FEATURES.length)] + "\"}"
            : "{\"type\": \"password\"}";
      }
      Instant at = now.minusSeconds(random.nextLong(YEAR_SECONDS));
      out.append(new UUID(random.nextLong(), random.nextLong())).append('\t').append(event).append('\t')
          .append(user).append('\t').append(at).append('\t').append(properties).append("\t1\n");
    }
    return out.toString();
  }

  private static String pick(int percent) {
    int sum = 0;
    for (int i = 0; i < SHARES.length; i++) {
      sum += SHARES[i];
      if (percent < sum) {
        return EVENTS[i];
      }
    }
    return EVENTS[EVENTS.length - 1];
  }

  private static String user(int n) {
    return "user-" + n;
  }

  private static long rows(Connection c, String sql) throws SQLException {
    long rows = 0;
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          rs.getObject(i);
        }
        rows++;
      }
    }
    return rows;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static double timed(SqlAction action) throws SQLException {
    long t = System.nanoTime();
    action.run();
    return seconds(System.nanoTime() - t);
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }

  private static double min(double[] values) {
    return Arrays.stream(values).min().orElse(Double.NaN);
  }

  private interface SqlAction {
    void run() throws SQLException;
  }
}
