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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The report benchmark (issues 7 and 17): not JMH and not run by the build. One run starts an embedded
 * PostgreSQL 17, applies the collector's warehouse changelog (with the reporting schema, its summary tables and
 * their triggers), loads {@code report.users} people and {@code report.events} events by COPY in statements of
 * {@code report.copyRows} rows, then times, in the same run:
 *
 * <ol>
 *   <li>the cost of the summary triggers on COPY ({@link TriggerCost}): new groups of events as the collector stores
 *       them, committed with and without the triggers, at {@code report.copyRows} rows and at the collector's group
 *       size of 5,000;
 *   <li>reading all of {@code reporting.logged_in_users} (most recent first), against the naive GROUP BY over raw
 *       events that computes the same rows;
 *   <li>its first 500 rows, as the report page and API read them, against the naive query with LIMIT 500;
 *   <li>{@code reporting.logins_per_day} for 30 days, against the naive GROUP BY over those days' login events;
 *   <li>{@code report.lookups} single-user "has done X" lookups (p50/p99), against an aggregate over raw events;
 *   <li>reading the plan health views whole.
 * </ol>
 *
 * With {@code report.loadWithTriggers=false} the events are loaded with the summary triggers off and the summaries
 * are then filled by the changeset that creates them (as on an existing warehouse), which is faster on a slow
 * machine; the triggers' cost is measured by step 1 either way.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar io.eventplan.benchmarks.report.ReportBenchmark}.
 * System properties (defaults in brackets): {@code report.users} [100000], {@code report.events}
 * [10000000], {@code report.copyRows} [100000], {@code report.groupRows} [5000], {@code report.groupRounds} [25],
 * {@code report.lookups} [2000], {@code report.repeat} [5],
 * {@code report.loadWithTriggers} [true]. See docs/performance.md.
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
  private final int groupRows = Integer.getInteger("report.groupRows", 5_000);
  private final int groupRounds = Integer.getInteger("report.groupRounds", 25);
  private final int lookups = Integer.getInteger("report.lookups", 2_000);
  private final int repeat = Integer.getInteger("report.repeat", 5);
  private final boolean loadWithTriggers = Boolean.parseBoolean(System.getProperty("report.loadWithTriggers", "true"));
  /** The statement-level triggers on events that keep the summaries current. */
  static final String[] TRIGGERS = {"summaries_insert", "summaries_update", "summaries_delete", "summaries_truncate"};
  static final String COPY_EVENTS =
      "COPY events (event_id, event_name, user_id, \"timestamp\", properties, plan_version) FROM STDIN";
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
      LiquibaseMigrations migrations = LiquibaseMigrations.of(new EventRegistry());
      migrations.migrate(dataSource);
      try (Connection c = dataSource.getConnection()) {
        load(c, dataSource, migrations);
        measure(c);
      }
    }
  }

  private void load(Connection c, DataSource dataSource, LiquibaseMigrations migrations) throws Exception {
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
    if (!loadWithTriggers) {
      triggers(c, false);
    }
    // every user signs up once, the rest is a mix of logins, feature use, logouts and failed logins
    while (loaded < events) {
      int rows = (int) Math.min(copyRows, events - loaded);
      String chunk = chunk(random, loaded, rows, YEAR_SECONDS);
      long t = System.nanoTime();
      copy.copyIn(COPY_EVENTS, new StringReader(chunk));
      copyNanos += System.nanoTime() - t;
      loaded += rows;
      if (loaded % 1_000_000 == 0 || loaded == events) {
        System.out.printf(Locale.ROOT, "loaded %,d events (%.0f s)%n", loaded, seconds(System.nanoTime() - start));
      }
    }
    long fill = 0;
    if (!loadWithTriggers) {
      triggers(c, true);
      long t = System.nanoTime();
      try (Statement s = c.createStatement()) {
        // the summaries changeset fills the tables from the events there when it runs: make it run again
        s.execute("DELETE FROM databasechangelog WHERE id = 'reporting-summaries'");
      }
      migrations.migrate(dataSource);
      fill = System.nanoTime() - t;
    }
    try (Statement s = c.createStatement()) {
      s.execute("VACUUM ANALYZE events");
      s.execute("VACUUM ANALYZE people");
      s.execute("VACUUM ANALYZE reporting.user_report_events, reporting.login_days,"
          + " reporting.accepted_daily");
    }
    System.out.printf(Locale.ROOT, "load: %,d people and %,d events in %.1f s (COPY %s the summary triggers: %.1f s,"
            + " %,.0f events/s%s); user_report_events has %,d rows, login_days %,d%n",
        users, events, seconds(System.nanoTime() - start), loadWithTriggers ? "with" : "without", seconds(copyNanos),
        events / seconds(copyNanos),
        loadWithTriggers ? "" : String.format(Locale.ROOT, "; summaries filled by the changeset in %.1f s",
            seconds(fill)),
        count(c, "SELECT count(*) FROM reporting.user_report_events"),
        count(c, "SELECT count(*) FROM reporting.login_days"));
    TriggerCost cost = new TriggerCost(c, random, users);
    cost.measure(copyRows, 3);
    cost.measure(groupRows, groupRounds);
    cost.forgetUntracked();
    try (Statement s = c.createStatement()) {
      s.execute("VACUUM ANALYZE events");
    }
  }

  private static void triggers(Connection c, boolean on) throws SQLException {
    for (String trigger : TRIGGERS) {
      trigger(c, trigger, on);
    }
  }

  /** Turns one trigger on {@code events} on or off (inside the caller's transaction, if one is open). */
  static void trigger(Connection c, String name, boolean on) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("ALTER TABLE events " + (on ? "ENABLE" : "DISABLE") + " TRIGGER " + name);
    }
  }

  private void measure(Connection c) throws SQLException {
    String viewSql = "SELECT * FROM reporting.logged_in_users ORDER BY \"Last logged in\" DESC, user_id";
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
    compare(c, "logged_in_users, all " + String.format(Locale.ROOT, "%,d", viewRows) + " rows", viewSql, naiveSql);
    compare(c, "logged_in_users, first 500 rows", viewSql + " LIMIT 500", naiveSql + " LIMIT 500");
    if (Boolean.getBoolean("report.explain")) {
      try (Statement s = c.createStatement();
          ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + viewSql + " LIMIT 500")) {
        while (rs.next()) {
          System.out.println("  " + rs.getString(1));
        }
      }
    }
    // one bound for both queries, so that a midnight between them cannot make them disagree
    String days = "DATE '" + LocalDate.now(ZoneOffset.UTC).minusDays(29) + "'";
    String perDay = "SELECT * FROM reporting.logins_per_day WHERE day >= " + days + " ORDER BY day";
    String naivePerDay = "SELECT (\"timestamp\" AT TIME ZONE 'UTC')::date AS day, count(*) AS logins,"
        + " count(DISTINCT user_id) AS users FROM events WHERE event_name = 'Logged In'"
        + " AND \"timestamp\" >= (" + days + ")::timestamp AT TIME ZONE 'UTC' GROUP BY 1 ORDER BY 1";
    if (rows(c, perDay) != rows(c, naivePerDay)) {
      throw new IllegalStateException("logins_per_day and the naive query disagree on the number of days");
    }
    compare(c, "logins_per_day, last 30 days", perDay, naivePerDay);

    lookups(c, "user_event_summary", "SELECT event_count, first_at, last_at FROM reporting.user_event_summary"
        + " WHERE user_id = ? AND event_name = ?");
    lookups(c, "naive aggregate over events", "SELECT count(*), min(\"timestamp\"), max(\"timestamp\") FROM events"
        + " WHERE user_id = ? AND event_name = ?");
    for (String view : new String[] {"plan_health", "plan_health_refusals", "unreceived_events", "health_by_source"}) {
      double[] times = new double[repeat];
      for (int i = 0; i < repeat; i++) {
        times[i] = timed(() -> rows(c, "SELECT * FROM reporting." + view));
      }
      System.out.printf(Locale.ROOT, "health view %s, whole: median %.1f ms%n", view, median(times) * 1000);
    }
  }

  /** The view's query and the naive one, alternately, {@code repeat} times each: medians and minimums. */
  private void compare(Connection c, String what, String viewSql, String naiveSql) throws SQLException {
    double[] view = new double[repeat];
    double[] naive = new double[repeat];
    for (int i = 0; i < repeat; i++) {
      view[i] = timed(() -> rows(c, viewSql));
      naive[i] = timed(() -> rows(c, naiveSql));
    }
    System.out.printf(Locale.ROOT, "%s: view median %.1f ms (min %.1f), naive median %.1f ms (min %.1f); %.0fx%n",
        what, median(view) * 1000, min(view) * 1000, median(naive) * 1000, min(naive) * 1000,
        median(naive) / median(view));
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

  /** {@code rows} COPY lines starting at event number {@code first}, timestamps in the last {@code spread} seconds. */
  private String chunk(SplittableRandom random, long first, int rows, long spread) {
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
      Instant at = now.minusSeconds(random.nextLong(spread));
      out.append(new UUID(random.nextLong(), random.nextLong())).append('\t').append(event).append('\t')
          .append(user).append('\t').append(at).append('\t').append(properties).append("\t1\n");
    }
    return out.toString();
  }

  static String pick(int percent) {
    int sum = 0;
    for (int i = 0; i < SHARES.length; i++) {
      sum += SHARES[i];
      if (percent < sum) {
        return EVENTS[i];
      }
    }
    return EVENTS[EVENTS.length - 1];
  }

  static String user(int n) {
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

  static double median(double[] values) {
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
