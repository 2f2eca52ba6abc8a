package io.eventplan.codegen.warehouse;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The summary tables of accepted events that the report and health views read instead of scanning {@code events}:
 * per user, the first and last time and count of the plan's login and sign-up events
 * ({@value #REPORT_EVENTS}); each UTC day's logins and distinct users ({@value #LOGIN_DAYS}); and accepted events
 * per UTC day of arrival, event, version, plan version and sending library ({@value #ACCEPTED_DAILY}).
 *
 * <p>Statement-level triggers on {@code events} keep them current in the writer's own transaction, whatever the
 * writer (the collector's COPY of a group, an INSERT, a script): one aggregated upsert per table and statement, in
 * key order so that concurrent writers lock rows in the same order. Only the login and sign-up events touch
 * per-user rows; every other event costs one row per day, event and library of the statement. Whether a login is
 * the user's first of its day is told by the user's first and last login before the statement, which the upsert
 * keeps in {@code previous_first_at} and {@code previous_last_at} of the row it locked (so concurrent writers see
 * each other's logins), and only for a late login between those two by a look at the user's logins that day in
 * {@code events}: no table of users per day is written. Deletes and updates
 * recompute the users and days they touched and subtract from the daily counts; TRUNCATE empties the tables. The
 * changeset fills them from the events already there each time it runs, through {@value #REFILL}.
 */
final class ReportSummaries {
  static final String REPORT_EVENTS = "reporting.\"user_report_events\"";
  static final String LOGIN_DAYS = "reporting.\"login_days\"";
  static final String ACCEPTED_DAILY = "reporting.\"accepted_daily\"";
  /** The function that fills the summaries again from {@code events}. */
  static final String REFILL = "reporting.\"summaries_refill\"()";

  private final Optional<String> login;
  /** The login and sign-up event names as an SQL list, e.g. {@code ('Logged In', 'Signed Up')}. */
  private final Optional<String> reportEvents;

  ReportSummaries(TrackingPlan plan) {
    this.login = plan.loginEvent().map(EventDef::name).map(SqlLiterals::string);
    List<String> names = new ArrayList<>();
    plan.loginEvent().ifPresent(e -> names.add(SqlLiterals.string(e.name())));
    plan.signupEvent().filter(e -> !plan.loginEvent().equals(Optional.of(e)))
        .ifPresent(e -> names.add(SqlLiterals.string(e.name())));
    this.reportEvents = names.isEmpty() ? Optional.empty() : Optional.of("(" + String.join(", ", names) + ")");
  }

  /** The changeset body. */
  String sql() {
    return String.join("\n", List.of(
        SummarySql.SCHEMA,
        "-- eventplan 0.1 kept one row per user and event; the tables below replace it",
        "DROP TRIGGER IF EXISTS \"user_event_stats_insert\" ON \"events\";",
        "DROP TRIGGER IF EXISTS \"user_event_stats_update\" ON \"events\";",
        "DROP TRIGGER IF EXISTS \"user_event_stats_delete\" ON \"events\";",
        "DROP TRIGGER IF EXISTS \"user_event_stats_truncate\" ON \"events\";",
        "DROP TABLE IF EXISTS reporting.\"user_event_stats\" CASCADE;",
        "DROP FUNCTION IF EXISTS reporting.\"user_event_stats_add\"(), reporting.\"user_event_stats_recompute\"(),"
            + " reporting.\"user_event_stats_clear\"();",
        tables(),
        SummarySql.function("summaries_add", login.isPresent() ? LOGIN_VARIABLES : "",
            body(addReportEvents(), addLoginDays(), addAccepted("new_events", ""))),
        SummarySql.function("summaries_remove", body(recomputeReportEvents(false), recomputeLoginDays(false),
            addAccepted("old_events", "-"), dropEmptyDays())),
        SummarySql.function("summaries_change", body(recomputeReportEvents(true), recomputeLoginDays(true),
            addAccepted("old_events", "-"), addAccepted("new_events", ""), dropEmptyDays())),
        SummarySql.function("summaries_clear", "  TRUNCATE " + allTables() + ";"),
        SummarySql.triggers("events", "new_events", "old_events", "summaries"),
        "-- earlier versions kept who logged in on which day; the triggers above tell a first login of the day without it",
        "DROP TABLE IF EXISTS reporting.\"login_user_days\";",
        refill()));
  }

  private static String tables() {
    return """
        CREATE TABLE IF NOT EXISTS reporting."user_report_events" (
          "user_id" text COLLATE "C" NOT NULL,
          "event_name" text COLLATE "C" NOT NULL,
          "first_at" timestamptz NOT NULL,
          "last_at" timestamptz NOT NULL,
          "event_count" bigint NOT NULL,
          PRIMARY KEY ("user_id", "event_name")
        );
        ALTER TABLE reporting."user_report_events" ADD COLUMN IF NOT EXISTS "previous_first_at" timestamptz,
          ADD COLUMN IF NOT EXISTS "previous_last_at" timestamptz;
        COMMENT ON COLUMN reporting."user_report_events"."previous_first_at" IS 'first_at before the last statement that added to this row (NULL when that statement created it): how the triggers tell a first login of the day.';
        COMMENT ON COLUMN reporting."user_report_events"."previous_last_at" IS 'last_at before the last statement that added to this row (NULL when that statement created it).';
        DROP INDEX IF EXISTS reporting."user_report_events_event_name_last_at";
        CREATE INDEX IF NOT EXISTS "user_report_events_by_last_at" ON reporting."user_report_events" ("event_name", "last_at" DESC, "user_id") INCLUDE ("event_count");
        COMMENT ON INDEX reporting."user_report_events_by_last_at" IS 'logged_in_users in rank order, by an index-only scan: its first rows without ranking every user first.';
        COMMENT ON TABLE reporting."user_report_events" IS 'Per user, the first and last time and the count of the plan''s login and sign-up events. Kept up to date by triggers on events.';
        CREATE TABLE IF NOT EXISTS reporting."login_days" (
          "day" date NOT NULL PRIMARY KEY,
          "logins" bigint NOT NULL,
          "users" bigint NOT NULL
        );
        COMMENT ON TABLE reporting."login_days" IS 'Logins and distinct users per day (UTC day of the event''s timestamp). Kept up to date by triggers on events.';
        CREATE TABLE IF NOT EXISTS reporting."accepted_daily" (
          "day" date NOT NULL,
          "event_name" text COLLATE "C" NOT NULL,
          "event_version" integer NOT NULL,
          "plan_version" integer NOT NULL,
          "library_name" text COLLATE "C" NOT NULL,
          "library_version" text COLLATE "C" NOT NULL,
          "events" bigint NOT NULL,
          "first_received_at" timestamptz NOT NULL,
          "last_received_at" timestamptz NOT NULL,
          PRIMARY KEY ("day", "event_name", "event_version", "plan_version", "library_name", "library_version")
        );
        COMMENT ON TABLE reporting."accepted_daily" IS 'Accepted events per UTC day of arrival, event, event version, plan version and sending library (context.library; empty when unknown). Kept up to date by triggers on events.';""";
  }

  /** The variables through which the per-user upsert hands the logins' previous first and last times on. */
  private static final String LOGIN_VARIABLES = """
        login_users text[];
        login_first timestamptz[];
        login_last timestamptz[];""";

  /**
   * The per-user upsert. It remembers each row's first and last time before this statement; with a login event,
   * those of the login rows go to {@link #LOGIN_VARIABLES} for {@link #addLoginDays}.
   */
  private String addReportEvents() {
    if (reportEvents.isEmpty()) {
      return "";
    }
    String upsert = """
        INSERT INTO reporting."user_report_events" AS s ("user_id", "event_name", "first_at", "last_at", "event_count")
        SELECT n."user_id", n."event_name", min(n."timestamp"), max(n."timestamp"), count(*)
        FROM "new_events" n
        WHERE n."user_id" IS NOT NULL AND n."event_name" IN %s
        GROUP BY n."user_id", n."event_name"
        ORDER BY n."user_id" COLLATE "C", n."event_name" COLLATE "C"
        ON CONFLICT ("user_id", "event_name") DO UPDATE SET
          "first_at" = LEAST(s."first_at", EXCLUDED."first_at"),
          "last_at" = GREATEST(s."last_at", EXCLUDED."last_at"),
          "event_count" = s."event_count" + EXCLUDED."event_count",
          "previous_first_at" = s."first_at",
          "previous_last_at" = s."last_at"
        """.formatted(reportEvents.get()).stripTrailing();
    if (login.isEmpty()) {
      return (upsert + ";\n").indent(2);
    }
    return """
        WITH "stored" AS (
        %s
          RETURNING s."user_id", s."event_name", s."previous_first_at", s."previous_last_at")
        SELECT array_agg("user_id"), array_agg("previous_first_at"), array_agg("previous_last_at")
          INTO login_users, login_first, login_last
        FROM "stored" WHERE "event_name" = %s;
        """.formatted(upsert.indent(2).stripTrailing(), login.get()).indent(2);
  }

  /**
   * Each day's logins, and its new users: a (day, user) login of the statement is the user's first that day when
   * the user had no login before it (no previous last time), or all before the day, or all after it. When the
   * user's earlier logins span the day (a late event), the user's logins that day in {@code events} tell it: all
   * of them are this statement's. A separate statement from the upsert, so that it sees the logins of whichever
   * writer held the user's row before.
   */
  private String addLoginDays() {
    if (login.isEmpty()) {
      return "";
    }
    String dayStart = "d.\"day\"::timestamp AT TIME ZONE 'UTC'";
    String dayEnd = "(d.\"day\" + 1)::timestamp AT TIME ZONE 'UTC'";
    return """
          WITH "previous" AS (
            SELECT * FROM unnest(login_users, login_first, login_last) AS p("user_id", "first_at", "last_at")),
          "user_days" AS (
            SELECT n."user_id", (n."timestamp" AT TIME ZONE 'UTC')::date AS "day", count(*) AS "logins"
            FROM "new_events" n WHERE n."event_name" = %1$s AND n."user_id" IS NOT NULL GROUP BY 1, 2),
          "users" AS (
            SELECT d."day", count(*) AS "users"
            FROM "user_days" d JOIN "previous" p ON p."user_id" = d."user_id"
            WHERE p."last_at" IS NULL OR p."last_at" < %2$s OR p."first_at" >= %3$s
              OR (p."first_at" < %2$s AND p."last_at" >= %3$s
                AND (SELECT count(*) FROM "events" e WHERE e."user_id" = d."user_id" AND e."event_name" = %1$s
                  AND e."timestamp" >= %2$s AND e."timestamp" < %3$s) = d."logins")
            GROUP BY d."day"),
          "logins" AS (SELECT (n."timestamp" AT TIME ZONE 'UTC')::date AS "day", count(*) AS "logins"
            FROM "new_events" n WHERE n."event_name" = %1$s GROUP BY 1)
          INSERT INTO reporting."login_days" AS t ("day", "logins", "users")
          SELECT l."day", l."logins", coalesce(s."users", 0) FROM "logins" l LEFT JOIN "users" s ON s."day" = l."day"
          ORDER BY l."day"
          ON CONFLICT ("day") DO UPDATE SET "logins" = t."logins" + EXCLUDED."logins", "users" = t."users" + EXCLUDED."users";
        """.formatted(login.get(), dayStart, dayEnd);
  }

  /** Adds (or with {@code sign} "-" subtracts) the rows of a transition table to the daily counts. */
  private static String addAccepted(String rows, String sign) {
    return "  INSERT INTO reporting.\"accepted_daily\" AS t " + ACCEPTED_COLUMNS + "\n" + accepted(rows, sign).indent(2)
        + """
          ON CONFLICT ("day", "event_name", "event_version", "plan_version", "library_name", "library_version") DO UPDATE SET
            "events" = t."events" + EXCLUDED."events",
            "first_received_at" = LEAST(t."first_received_at", EXCLUDED."first_received_at"),
            "last_received_at" = GREATEST(t."last_received_at", EXCLUDED."last_received_at");
        """;
  }

  private static final String ACCEPTED_COLUMNS = "(\"day\", \"event_name\", \"event_version\", \"plan_version\","
      + " \"library_name\", \"library_version\", \"events\", \"first_received_at\", \"last_received_at\")";

  /** The daily counts of {@code rows} (a transition table, or events), in key order; negated with sign "-". */
  private static String accepted(String rows, String sign) {
    return """
        SELECT g."day", g."event_name", g."event_version", g."plan_version", %3$s, %2$ssum(g."events"),
          min(g."first_at"), max(g."last_at")
        FROM (SELECT (n."received_at" AT TIME ZONE 'UTC')::date AS "day", n."event_name", n."event_version",
            n."plan_version", n."context" -> 'library' AS "library", count(*) AS "events",
            min(n."received_at") AS "first_at", max(n."received_at") AS "last_at"
          FROM "%1$s" n GROUP BY 1, 2, 3, 4, 5) g
        GROUP BY 1, 2, 3, 4, 5, 6
        ORDER BY 1, 2, 3, 4, 5, 6""".formatted(rows, sign, SummarySql.library("g.\"library\""));
  }

  private static String dropEmptyDays() {
    return "  DELETE FROM reporting.\"accepted_daily\" WHERE \"events\" <= 0;\n";
  }

  /** The users' rows that deleted or updated events touched, computed again from {@code events}. */
  private String recomputeReportEvents(boolean update) {
    if (reportEvents.isEmpty()) {
      return "";
    }
    String keys = "WITH k AS (" + keysOf("old_events") + (update ? " UNION " + keysOf("new_events") : "") + ")";
    return """
          %1$s
          DELETE FROM reporting."user_report_events" s USING k WHERE s."user_id" = k."user_id" AND s."event_name" = k."event_name";
          %1$s
          INSERT INTO reporting."user_report_events" ("user_id", "event_name", "first_at", "last_at", "event_count")
          SELECT e."user_id", e."event_name", min(e."timestamp"), max(e."timestamp"), count(*)
          FROM "events" e JOIN k ON e."user_id" = k."user_id" AND e."event_name" = k."event_name"
          GROUP BY e."user_id", e."event_name";
        """.formatted(keys);
  }

  private String keysOf(String rows) {
    return "SELECT DISTINCT \"user_id\", \"event_name\" FROM \"" + rows + "\" WHERE \"user_id\" IS NOT NULL AND"
        + " \"event_name\" IN " + reportEvents.orElseThrow();
  }

  /** The login days that deleted or updated events touched, computed again from {@code events}. */
  private String recomputeLoginDays(boolean update) {
    if (login.isEmpty()) {
      return "";
    }
    String days = "WITH d AS (" + daysOf("old_events") + (update ? " UNION " + daysOf("new_events") : "") + ")";
    String loginsOfDay = "\"events\" e ON e.\"event_name\" = " + login.get()
        + " AND e.\"timestamp\" >= d.\"day\"::timestamp AT TIME ZONE 'UTC'"
        + " AND e.\"timestamp\" < (d.\"day\" + 1)::timestamp AT TIME ZONE 'UTC'";
    return """
          %1$s
          DELETE FROM reporting."login_days" t USING d WHERE t."day" = d."day";
          %1$s
          INSERT INTO reporting."login_days" ("day", "logins", "users")
          SELECT d."day", count(*), count(DISTINCT e."user_id") FROM d JOIN %2$s GROUP BY d."day";
        """.formatted(days, loginsOfDay);
  }

  private String daysOf(String rows) {
    return "SELECT DISTINCT (\"timestamp\" AT TIME ZONE 'UTC')::date AS \"day\" FROM \"" + rows + "\" WHERE"
        + " \"event_name\" = " + login.orElseThrow();
  }

  private static String body(String... statements) {
    return String.join("", statements).stripTrailing();
  }

  private static String allTables() {
    return String.join(", ", REPORT_EVENTS, LOGIN_DAYS, ACCEPTED_DAILY);
  }

  /**
   * Function {@value #REFILL}: everything computed again from the events already there, while writers wait. The
   * changeset calls it, and so does whatever removes events without DELETE (dropping old month partitions).
   */
  private String refill() {
    List<String> statements = new ArrayList<>();
    statements.add("LOCK TABLE \"events\" IN SHARE MODE;");
    statements.add("TRUNCATE " + allTables() + ";");
    reportEvents.ifPresent(names -> statements.add("""
        INSERT INTO reporting."user_report_events" ("user_id", "event_name", "first_at", "last_at", "event_count")
        SELECT "user_id", "event_name", min("timestamp"), max("timestamp"), count(*)
        FROM "events" WHERE "user_id" IS NOT NULL AND "event_name" IN %s GROUP BY "user_id", "event_name";"""
        .formatted(names)));
    login.ifPresent(l -> statements.add("""
        INSERT INTO reporting."login_days" ("day", "logins", "users")
        SELECT ("timestamp" AT TIME ZONE 'UTC')::date, count(*), count(DISTINCT "user_id") FROM "events"
        WHERE "event_name" = %1$s GROUP BY 1;""".formatted(l)));
    statements.add("INSERT INTO reporting.\"accepted_daily\" " + ACCEPTED_COLUMNS + "\n" + accepted("events", "") + ";");
    return "CREATE OR REPLACE FUNCTION " + REFILL + " RETURNS void LANGUAGE plpgsql\n"
        + "  SET search_path FROM CURRENT AS $fn$\n"
        + "BEGIN\n"
        + String.join("\n", statements).indent(2)
        + "END\n"
        + "$fn$;\n"
        + "SELECT " + REFILL + ";\n"
        + "ANALYZE " + allTables() + ";";
  }
}
