package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.lock.LockFile;
import io.eventplan.codegen.lock.LockJson;
import io.eventplan.codegen.reporting.ReportColumn;
import io.eventplan.codegen.reporting.ReportView;
import io.eventplan.codegen.reporting.ReportViews;
import io.eventplan.plan.model.TrackingPlan;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.PGConnection;

/**
 * The reporting schema on embedded PostgreSQL 17: the views have exactly the model's columns and
 * types, the summary tables follow INSERT, COPY, UPDATE, DELETE and TRUNCATE on events, the two product questions
 * have the right answers, and a changed plan re-creates the views on top of an existing warehouse.
 */
class ReportingSchemaTest {
  @RegisterExtension static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  static final String EVENTS = """
      events:
        Logged In:
          properties:
            user_id: {type: string, required: true}
            method: {type: string, values: [password, sso]}
        Signed Up:
          properties:
            user_id: {type: string, required: true}
        Feature Used:
          properties:
            user_id: {type: string, required: true}
            feature: {type: string, required: true}
            tags: {type: array, items: {type: string}}
            request: {type: uuid}
      people:
        traits:
          name: {type: string}
          email: {type: email}
          company_id: {type: string, references: companies}
          created_at: {type: timestamp}
      companies:
        traits:
          name: {type: string}
      """;

  @Test
  void viewsMatchTheModelAndAnswerTheProductQuestions() throws Exception {
    TestDatabase db = POSTGRES.freshDatabase();
    TrackingPlan plan = Plans.plan(1, EVENTS);
    db.apply(Plans.generate(plan).changelog());
    assertColumnsMatchModel(db, plan);

    db.execute("INSERT INTO \"companies\" (\"company_id\", \"name\") VALUES ('acme', 'Acme'), ('noname', NULL)");
    db.execute("INSERT INTO \"people\" (\"user_id\", \"name\", \"email\", \"company_id\") VALUES"
        + " ('ada', 'Ada', 'ada@example.com', 'acme'), ('bob', '<b>Bob</b>', 'bob@example.com', 'noname'),"
        + " ('cy', 'Cy', 'cy@example.com', NULL)");
    insert(db, "Signed Up", "signed_up", "ada", "2026-01-01T09:00:00Z", Map.of());
    insert(db, "Logged In", "logged_in", "ada", "2026-01-02T10:00:00Z", Map.of("method", "'sso'"));
    insert(db, "Logged In", "logged_in", "ada", "2026-01-05T10:00:00Z", Map.of("method", "'password'"));
    insert(db, "Logged In", "logged_in", "bob", "2026-01-04T08:00:00Z", Map.of());
    insert(db, "Signed Up", "signed_up", "dee", "2026-01-03T12:00:00Z", Map.of()); // never identified, never logged in
    insert(db, "Feature Used", "feature_used", "ada", "2026-01-05T11:00:00Z",
        Map.of("feature", "'csv_import'", "tags", "'[\"a\"]'", "request", "'" + UUID.randomUUID() + "'"));

    assertThat(db.query("SELECT \"user_id\", \"name\", \"company\", \"Last logged in\", \"login_count\", \"last_login_rank\""
        + " FROM reporting.\"logged_in_users\" ORDER BY \"last_login_rank\"")).containsExactly(
        Map.of("user_id", "ada", "name", "Ada", "company", "Acme", "Last logged in", at("2026-01-05T10:00:00Z"),
            "login_count", 2L, "last_login_rank", 1L),
        Map.of("user_id", "bob", "name", "<b>Bob</b>", "company", "noname", "Last logged in", at("2026-01-04T08:00:00Z"),
            "login_count", 1L, "last_login_rank", 2L));

    // "has this user tried feature X?" and "has this user done event Y?"
    assertThat(db.single("SELECT EXISTS (SELECT 1 FROM reporting.\"event_feature_used\" WHERE \"user_id\" = 'ada'"
        + " AND \"feature\" = 'csv_import')")).isEqualTo(true);
    assertThat(db.single("SELECT EXISTS (SELECT 1 FROM reporting.\"event_feature_used\" WHERE \"user_id\" = 'ada'"
        + " AND \"feature\" = 'api_keys')")).isEqualTo(false);
    assertThat(db.single("SELECT count(*) FROM reporting.\"user_event_summary\" WHERE \"user_id\" = 'bob'"
        + " AND \"event_name\" = 'Feature Used'")).isEqualTo(0L);
    assertThat(db.single("SELECT \"event_count\" FROM reporting.\"user_event_summary\" WHERE \"user_id\" = 'ada'"
        + " AND \"event_name\" = 'Logged In'")).isEqualTo(2L);

    // "has this new user logged in yet?": dee signed up and never logged in; cy was only identified
    assertThat(db.query("SELECT \"user_id\", \"signed_up_at\", \"has_logged_in\" FROM reporting.\"new_user_login_status\""
        + " WHERE \"user_id\" IN ('ada', 'dee') ORDER BY \"user_id\"")).containsExactly(
        Map.of("user_id", "ada", "signed_up_at", at("2026-01-01T09:00:00Z"), "has_logged_in", true),
        Map.of("user_id", "dee", "signed_up_at", at("2026-01-03T12:00:00Z"), "has_logged_in", false));
    assertThat(db.single("SELECT count(*) FROM reporting.\"new_user_login_status\"")).isEqualTo(4L);
    assertThat(db.query("SELECT \"day\"::text AS d, \"logins\", \"users\" FROM reporting.\"logins_per_day\" ORDER BY 1"))
        .extracting(r -> r.get("d") + "=" + r.get("logins") + "/" + r.get("users"))
        .containsExactly("2026-01-02=1/1", "2026-01-04=1/1", "2026-01-05=1/1");
    assertThat(db.single("SELECT \"tags\" FROM reporting.\"event_feature_used\"")).isEqualTo("[\"a\"]");

    // COPY goes through the same trigger; deletes recompute
    copyLogin(db, "cy", "2026-01-06T07:00:00Z");
    assertThat(db.single("SELECT \"user_id\" FROM reporting.\"logged_in_users\" WHERE \"last_login_rank\" = 1"))
        .isEqualTo("cy");
    db.execute("DELETE FROM \"events\" WHERE \"user_id\" = 'ada' AND \"timestamp\" = '2026-01-05T10:00:00Z'");
    assertThat(db.query("SELECT \"Last logged in\", \"login_count\" FROM reporting.\"logged_in_users\" WHERE \"user_id\" = 'ada'"))
        .containsExactly(Map.of("Last logged in", at("2026-01-02T10:00:00Z"), "login_count", 1L));
    assertThat(db.query("SELECT \"day\"::text AS d, \"logins\", \"users\" FROM reporting.\"logins_per_day\" ORDER BY 1"))
        .extracting(r -> r.get("d") + "=" + r.get("logins") + "/" + r.get("users"))
        .containsExactly("2026-01-02=1/1", "2026-01-04=1/1", "2026-01-06=1/1");
    assertSummariesMatchEvents(db);

    // a second login of bob on 2026-01-04 counts as a login, not as a new user of that day
    insert(db, "Logged In", "logged_in", "bob", "2026-01-04T18:00:00Z", Map.of());
    assertThat(db.single("SELECT \"logins\" || '/' || \"users\" FROM reporting.\"logins_per_day\""
        + " WHERE \"day\" = '2026-01-04'")).isEqualTo("2/1");
    db.execute("UPDATE \"events\" SET \"timestamp\" = '2026-01-07T09:00:00Z' WHERE \"user_id\" = 'cy'");
    assertThat(db.single("SELECT \"user_id\" || ' ' || \"login_count\" FROM reporting.\"logged_in_users\""
        + " WHERE \"last_login_rank\" = 1")).isEqualTo("cy 1");
    assertSummariesMatchEvents(db);
    db.execute("TRUNCATE \"events\" CASCADE");
    assertThat(db.single("SELECT (SELECT count(*) FROM reporting.\"logged_in_users\") + (SELECT count(*) FROM"
        + " reporting.\"logins_per_day\") + (SELECT count(*) FROM reporting.\"accepted_daily\")")).isEqualTo(0L);
  }

  /** Every summary table holds exactly what a GROUP BY over events gives. */
  static void assertSummariesMatchEvents(TestDatabase db) throws Exception {
    assertThat(db.query("""
        (SELECT "user_id", "event_name", "first_at", "last_at", "event_count" FROM reporting."user_report_events"
         EXCEPT SELECT "user_id", "event_name", min("timestamp"), max("timestamp"), count(*) FROM "events"
         WHERE "event_name" IN ('Logged In', 'Signed Up') AND "user_id" IS NOT NULL GROUP BY 1, 2)
        UNION ALL
        (SELECT "user_id", "event_name", min("timestamp"), max("timestamp"), count(*) FROM "events"
         WHERE "event_name" IN ('Logged In', 'Signed Up') AND "user_id" IS NOT NULL GROUP BY 1, 2
         EXCEPT SELECT "user_id", "event_name", "first_at", "last_at", "event_count" FROM reporting."user_report_events")
        """)).isEmpty();
    String perDay = "SELECT (\"timestamp\" AT TIME ZONE 'UTC')::date AS \"day\", count(*) AS \"logins\","
        + " count(DISTINCT \"user_id\") AS \"users\" FROM \"events\" WHERE \"event_name\" = 'Logged In' GROUP BY 1";
    assertThat(db.query("(SELECT * FROM reporting.\"login_days\" EXCEPT " + perDay + ") UNION ALL (" + perDay
        + " EXCEPT SELECT * FROM reporting.\"login_days\")")).isEmpty();
    assertThat(db.single("SELECT (SELECT coalesce(sum(\"events\"), 0) FROM reporting.\"accepted_daily\") ="
        + " (SELECT count(*) FROM \"events\")")).isEqualTo(true);
  }

  @Test
  void aChangedPlanRecreatesTheViewsAndKeepsTheSummary() throws Exception {
    TestDatabase db = POSTGRES.freshDatabase();
    WarehouseResult first = Plans.generate(Plans.plan(1, EVENTS));
    db.apply(first.changelog());
    insert(db, "Logged In", "logged_in", "ada", "2026-01-02T10:00:00Z", Map.of());

    TrackingPlan second = Plans.plan(2, EVENTS.replace("method: {type: string, values: [password, sso]}",
        "method: {type: string, values: [password, sso]}\n      attempt: {type: integer}"));
    Optional<LockFile> lock = Optional.of(LockJson.read(LockFile.FILE_NAME, first.lockJson()));
    WarehouseResult next = Plans.generate(second, lock);
    assertThat(ledgerPart(next.changelog())).startsWith(ledgerPart(first.changelog()));
    db.apply(next.changelog());
    db.apply(next.changelog());
    assertColumnsMatchModel(db, second);
    assertThat(db.single("SELECT \"login_count\" FROM reporting.\"logged_in_users\"")).isEqualTo(1L);
    assertThat(db.query("SELECT id, exectype FROM databasechangelog WHERE id LIKE 'reporting-%' ORDER BY id"))
        .containsExactly(Map.of("id", "reporting-refusals", "exectype", "EXECUTED"),
            Map.of("id", "reporting-summaries", "exectype", "EXECUTED"),
            Map.of("id", "reporting-views", "exectype", "RERAN"));
  }

  @Test
  void withoutLoginEventTheViewsExistAndAreEmpty() throws Exception {
    TestDatabase db = POSTGRES.freshDatabase();
    TrackingPlan plan = Plans.plan(1, "events:\n  Session Started: {properties: {user_id: {type: string}}}\n");
    db.apply(Plans.generate(plan).changelog());
    assertColumnsMatchModel(db, plan);
    insert(db, "Session Started", "session_started", "ada", "2026-01-02T10:00:00Z", Map.of());
    assertThat(db.single("SELECT count(*) FROM reporting.\"logged_in_users\"")).isEqualTo(0L);
    assertThat(db.single("SELECT count(*) FROM reporting.\"logins_per_day\"")).isEqualTo(0L);
    assertThat(db.single("SELECT count(*) FROM reporting.\"new_user_login_status\"")).isEqualTo(0L);
    assertThat(db.single("SELECT \"event_count\" FROM reporting.\"user_event_summary\"")).isEqualTo(1L);
  }

  /** Every view has the model's columns, in order, with the model's types. */
  static void assertColumnsMatchModel(TestDatabase db, TrackingPlan plan) throws Exception {
    for (ReportView view : ReportViews.of(plan).views()) {
      List<String> expected = new ArrayList<>();
      for (ReportColumn column : view.columns()) {
        expected.add(column.name() + " " + column.type().sqlType());
      }
      List<String> actual = db.query("SELECT a.attname || ' ' || format_type(a.atttypid, a.atttypmod) AS c"
              + " FROM pg_attribute a WHERE a.attrelid = 'reporting." + view.name() + "'::regclass AND a.attnum > 0"
              + " ORDER BY a.attnum").stream().map(r -> (String) r.get("c")).toList();
      assertThat(actual).as("columns of reporting.%s", view.name()).isEqualTo(expected);
    }
  }

  static String ledgerPart(String changelog) {
    return changelog.substring(0, changelog.indexOf(ChangelogWriter.LEDGER_END));
  }

  static void insert(TestDatabase db, String event, String table, String user, String timestamp,
      Map<String, String> properties) throws Exception {
    UUID id = UUID.randomUUID();
    StringBuilder columns = new StringBuilder("\"_event_id\", \"_received_at\", \"_plan_version\", \"user_id\"");
    StringBuilder values = new StringBuilder("'" + id + "', now(), 1, '" + user + "'");
    properties.forEach((k, v) -> {
      columns.append(", \"").append(k).append('"');
      values.append(", ").append(v);
    });
    db.execute("BEGIN; INSERT INTO \"events\" (\"event_id\", \"event_name\", \"user_id\", \"timestamp\", \"properties\","
        + " \"plan_version\") VALUES ('" + id + "', '" + event + "', '" + user + "', '" + timestamp + "', '{}', 1);"
        + " INSERT INTO \"" + table + "\" (" + columns + ") VALUES (" + values + "); COMMIT;");
  }

  private static void copyLogin(TestDatabase db, String user, String timestamp) throws Exception {
    try (Connection c = db.connect()) {
      String row = UUID.randomUUID() + "\tLogged In\t" + user + "\t" + timestamp + "\t{}\t1\n";
      c.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY \"events\" (\"event_id\", \"event_name\", \"user_id\","
          + " \"timestamp\", \"properties\", \"plan_version\") FROM STDIN", new StringReader(row));
    }
  }

  /** How the driver returns a timestamptz from getObject. */
  private static Timestamp at(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }
}
