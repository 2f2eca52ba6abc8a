package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.model.TrackingPlan;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The plan health views on embedded PostgreSQL 17, over rows written straight into events and rejected_events as
 * any writer would: a known mix of accepted, refused, unplanned and deprecated events on several days, from several
 * libraries and plan versions, gives known figures; deleting and updating refusals (what a replay does) and
 * TRUNCATE keep the summaries right.
 */
class HealthSchemaTest {
  @RegisterExtension static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  static final String PLAN = """
      events:
        Logged In:
          status: implemented
          properties:
            user_id: {type: string, required: true}
            method: {type: string, values: [password, sso]}
        Signed Up: {status: deprecated, properties: {user_id: {type: string}}}
        Feature Used: {status: implemented, properties: {feature: {type: string}, tags: {type: array, items: {type: string}}}}
        Never Sent: {status: planned}
      """;
  static final String JS_10 = "{\"library\": {\"name\": \"analytics.js\", \"version\": \"1.0\"}}";
  static final String JS_11 = "{\"library\": {\"name\": \"analytics.js\", \"version\": \"1.1\"}}";
  static final String NODE = "{\"library\": {\"name\": \"analytics-node\", \"version\": \"2.0\"}}";

  @Test
  void aKnownMixGivesKnownFigures() throws Exception {
    TestDatabase db = POSTGRES.freshDatabase();
    TrackingPlan plan = Plans.plan(3, PLAN);
    db.apply(Plans.generate(plan).changelog());
    ReportingSchemaTest.assertColumnsMatchModel(db, plan);

    accepted(db, "Logged In", 0, 1, JS_10);
    accepted(db, "Logged In", 0, 1, JS_10);
    accepted(db, "Logged In", 0, 1, NODE);
    accepted(db, "Logged In", 10, 1, null);
    accepted(db, "Signed Up", 0, 2, JS_10);
    accepted(db, "Signed Up", 1, 2, JS_10);
    accepted(db, "Feature Used", 3, 2, "{\"library\": \"not an object\"}");
    refused(db, "Logged In", 0, 3, "analytics.js", "1.1", reason("/method", "enum"));
    long both = refused(db, "Logged In", 0, 3, "analytics.js", "1.1",
        reason("/method", "enum") + ", " + reason("/user_id", "required"));
    refused(db, "Order Placed", 8, 3, "analytics.js", "1.1", reason("/event", "unknownEvent"));
    long lastOrder = refused(db, "Order Placed", 0, 3, null, null, reason("/event", "unknownEvent"));
    refused(db, null, 0, 3, null, null, reason("", "noTraitsInPlan"));
    refused(db, "Feature Used", 2, 3, "analytics.js", "1.1",
        reason("/tags/3", "maxLength") + ", " + reason("/tags/12", "maxLength"));

    assertThat(rows(db, "SELECT \"event_name\", \"status\", \"accepted_today\", \"accepted_7_days\", \"accepted_total\","
        + " \"refused_today\", \"refused_7_days\", \"refused_total\", round(\"refused_share\"::numeric, 3) AS share,"
        + " \"received\" FROM reporting.\"plan_health\" ORDER BY \"event_name\"")).containsExactly(
        "Feature Used implemented 0 1 1 0 1 1 0.500 true",
        "Logged In implemented 3 3 4 2 2 2 0.333 true",
        "Never Sent planned 0 0 0 0 0 0 null false",
        "Signed Up deprecated 1 2 2 0 0 0 0.000 true");
    assertThat(rows(db, "SELECT \"event_name\", \"planned\", \"rule\", \"path\", \"refused_today\", \"refused_7_days\","
        + " \"refused_total\" FROM reporting.\"plan_health_refusals\" ORDER BY 1 NULLS FIRST, 3, 4")).containsExactly(
        "null false noTraitsInPlan  1 1 1",
        "Feature Used true maxLength /tags/* 0 1 1",
        "Logged In true enum /method 2 2 2",
        "Logged In true required /user_id 1 1 1",
        "Order Placed false unknownEvent /event 1 1 2");
    assertThat(db.query("SELECT \"event_name\", \"received_today\", \"received_7_days\", \"received_total\","
        + " \"example_id\", \"example\" FROM reporting.\"unplanned_events\"")).containsExactly(Map.of(
        "event_name", "Order Placed", "received_today", 1L, "received_7_days", 1L, "received_total", 2L,
        "example_id", lastOrder, "example", "{\"event\": \"Order Placed\", \"n\": " + lastOrder + "}"));
    assertThat(rows(db, "SELECT * FROM reporting.\"unreceived_events\"")).containsExactly("Never Sent 1 planned");
    assertThat(rows(db, "SELECT \"event_name\", \"accepted_total\", \"refused_total\""
        + " FROM reporting.\"deprecated_events_received\"")).containsExactly("Signed Up 2 0");
    assertThat(rows(db, "SELECT \"event_name\", \"planned\", \"plan_version\", \"library_name\", \"library_version\","
        + " \"accepted_today\", \"accepted_total\", \"refused_today\", \"refused_total\""
        + " FROM reporting.\"health_by_source\" ORDER BY 1 NULLS FIRST, 3, 4 NULLS FIRST, 5")).containsExactly(
        "null false 3 null null 0 0 1 1",
        "Feature Used true 2 null null 0 1 0 0",
        "Feature Used true 3 analytics.js 1.1 0 0 0 1",
        "Logged In true 1 null null 0 1 0 0",
        "Logged In true 1 analytics-node 2.0 1 1 0 0",
        "Logged In true 1 analytics.js 1.0 2 2 0 0",
        "Logged In true 3 analytics.js 1.1 0 0 2 2",
        "Order Placed false 3 null null 0 0 1 1",
        "Order Placed false 3 analytics.js 1.1 0 0 0 1",
        "Signed Up true 2 analytics.js 1.0 1 2 0 0");

    // a replay moves one refused login into the warehouse and gives the other new reasons
    db.execute("DELETE FROM \"rejected_events\" WHERE \"id\" = " + both);
    db.execute("UPDATE \"rejected_events\" SET \"reasons\" = '[" + reason("/method", "required") + "]'"
        + " WHERE \"event_name\" = 'Logged In'");
    assertThat(rows(db, "SELECT \"rule\", \"path\", \"refused_total\" FROM reporting.\"plan_health_refusals\""
        + " WHERE \"event_name\" = 'Logged In'")).containsExactly("required /method 1");
    assertThat(db.single("SELECT \"refused_total\" FROM reporting.\"plan_health\" WHERE \"event_name\" = 'Logged In'"))
        .isEqualTo(1L);
    db.execute("TRUNCATE \"rejected_events\"");
    assertThat(db.single("SELECT count(*) FROM reporting.\"plan_health\" WHERE \"refused_total\" > 0")).isEqualTo(0L);
    assertThat(db.single("SELECT count(*) FROM reporting.\"unplanned_events\"")).isEqualTo(0L);
  }

  @Test
  void aPlanWithoutEventsOfItsOwnStillHasTheViews() throws Exception {
    TestDatabase db = POSTGRES.freshDatabase();
    TrackingPlan plan = Plans.plan(1, "events:\n  Session Started: {}\n");
    db.apply(Plans.generate(plan).changelog());
    refused(db, "Anything", 0, 1, null, null, reason("/event", "unknownEvent"));
    assertThat(rows(db, "SELECT \"event_name\", \"received\" FROM reporting.\"plan_health\""))
        .containsExactly("Session Started false");
    assertThat(rows(db, "SELECT \"event_name\" FROM reporting.\"unplanned_events\"")).containsExactly("Anything");
  }

  /** An accepted event received {@code daysAgo} days ago (noon UTC), with {@code context} as sent. */
  static void accepted(TestDatabase db, String event, int daysAgo, int planVersion, String context) throws Exception {
    db.execute("INSERT INTO \"events\" (\"event_id\", \"event_name\", \"user_id\", \"timestamp\", \"received_at\","
        + " \"properties\", \"context\", \"plan_version\") VALUES ('" + UUID.randomUUID() + "', '" + event
        + "', 'u1', now(), " + day(daysAgo) + ", '{}', " + (context == null ? "NULL" : "'" + context + "'") + ", "
        + planVersion + ")");
  }

  /** A refused event, its id; its payload names the event and the id. */
  static long refused(TestDatabase db, String event, int daysAgo, int planVersion, String library, String version,
      String reasons) throws Exception {
    long id = (Long) db.single("SELECT nextval(pg_get_serial_sequence('rejected_events', 'id'))");
    db.execute("INSERT INTO \"rejected_events\" (\"id\", \"received_at\", \"event_name\", \"payload\", \"reasons\","
        + " \"plan_version\", \"library_name\", \"library_version\") VALUES (" + id + ", " + day(daysAgo) + ", "
        + text(event) + ", '{\"event\": " + (event == null ? "null" : "\"" + event + "\"") + ", \"n\": " + id + "}', '["
        + reasons + "]', " + planVersion + ", " + text(library) + ", " + text(version) + ")");
    return id;
  }

  static String reason(String path, String rule) {
    return "{\"path\": \"" + path + "\", \"rule\": \"" + rule + "\", \"message\": \"m\"}";
  }

  private static String day(int daysAgo) {
    return "(((now() AT TIME ZONE 'UTC')::date - " + daysAgo + ") + time '12:00') AT TIME ZONE 'UTC'";
  }

  private static String text(String value) {
    return value == null ? "NULL" : "'" + value + "'";
  }

  /** Each row as its values joined by spaces. */
  static List<String> rows(TestDatabase db, String sql) throws Exception {
    return db.query(sql).stream()
        .map(row -> String.join(" ", row.values().stream().map(String::valueOf).toList()))
        .toList();
  }
}
