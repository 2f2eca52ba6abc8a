package io.eventplan.collector.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.RunningCollector;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Logins, sign-ups and feature use sent through the collector's HTTP API, then read back from the
 * reporting views and through /report: the right users, their last login in the column named exactly
 * {@code Last logged in}, most recent first, and the answers to "has this user tried feature X?" and
 * "has this new user logged in yet?" (one user signed up and never logged in).
 */
class ReportTest {
  static final String REPORT_KEY = "test-report-key";
  static final String HOSTILE = "<script>alert(1)</script>";

  static RunningCollector collector;

  @BeforeAll
  static void start() {
    collector = RunningCollector.start(setup -> setup.withReport(List.of(REPORT_KEY)));
    identify("ada", "Ada Lovelace", "ada@example.com");
    identify("bob", HOSTILE, "bob@example.com");
    identify("dan", "=HYPERLINK(\"http://x\",\"y\")", "dan@example.com");
    track("Signed Up", "ada", "2026-03-01T09:00:00Z", "\"signup_method\": \"email\"");
    track("Signed Up", "cy", "2026-03-02T09:00:00Z", "\"signup_method\": \"google\"");
    track("Logged In", "ada", "2026-03-01T10:00:00Z", "\"type\": \"password\"");
    track("Logged In", "bob", "2026-03-03T08:00:00Z", "\"type\": \"sso\"");
    track("Logged In", "ada", "2026-03-04T12:30:00Z", "\"type\": \"password\"");
    track("Logged In", "dan", "2026-03-02T07:00:00Z", "\"type\": \"magic_link\"");
    track("Feature Used", "ada", "2026-03-04T12:35:00Z", "\"feature\": \"csv_import\"");
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  @Test
  void loggedInUsersHasTheRightUsersMostRecentFirstInColumnLastLoggedIn() throws Exception {
    List<String> columns = new ArrayList<>();
    List<String> rows = new ArrayList<>();
    try (Connection c = collector.dataSource().getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT * FROM reporting.logged_in_users ORDER BY \"Last logged in\" DESC")) {
      ResultSetMetaData meta = rs.getMetaData();
      for (int i = 1; i <= meta.getColumnCount(); i++) {
        columns.add(meta.getColumnName(i));
      }
      while (rs.next()) {
        rows.add(rs.getString("user_id") + " " + rs.getTimestamp("Last logged in").toInstant() + " "
            + rs.getLong("login_count") + " #" + rs.getLong("last_login_rank"));
      }
    }
    assertThat(columns).containsExactly(
        "user_id", "name", "email", "company", "Last logged in", "login_count", "last_login_rank");
    assertThat(rows).containsExactly(
        "ada 2026-03-04T12:30:00Z 2 #1",
        "bob 2026-03-03T08:00:00Z 1 #2",
        "dan 2026-03-02T07:00:00Z 1 #3");
  }

  @Test
  void theApiListsTheSameUsersAndIsProtected() {
    HttpResponse<String> anonymous = collector.get("/report/api/logged-in-users");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));
    assertThat(get("/report/api/logged-in-users", "wrong-key").statusCode()).isEqualTo(401);

    HttpResponse<String> response = get("/report/api/logged-in-users");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        v -> assertThat(v).contains("default-src 'self'").contains("script-src 'self'").doesNotContain("unsafe"));
    assertThat(response.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    JsonNode body = collector.json(response);
    assertThat(body.get("total").asLong()).isEqualTo(3);
    List<String> users = new ArrayList<>();
    body.get("users").forEach(u -> users.add(u.get("user_id").asString() + " " + u.get("Last logged in").asString()));
    assertThat(users).containsExactly("ada 2026-03-04T12:30:00Z", "bob 2026-03-03T08:00:00Z", "dan 2026-03-02T07:00:00Z");
    assertThat(body.get("users").get(1).get("name").asString()).isEqualTo(HOSTILE);
  }

  @Test
  void hasThisUserTriedThisFeature() {
    assertThat(done("/report/api/has-done?user_id=ada&event=Feature%20Used&property=feature&value=csv_import")).isTrue();
    assertThat(done("/report/api/has-done?user_id=ada&event=Feature%20Used&property=feature&value=api_keys")).isFalse();
    assertThat(done("/report/api/has-done?user_id=bob&event=Feature%20Used")).isFalse();
    JsonNode ada = collector.json(get("/report/api/has-done?user_id=ada&event=Logged%20In"));
    assertThat(ada.get("count").asLong()).isEqualTo(2);
    assertThat(ada.get("last_at").asString()).isEqualTo("2026-03-04T12:30:00Z");
    assertThat(collector.sql().one("SELECT count(*) AS n FROM reporting.user_event_summary"
        + " WHERE user_id = 'ada' AND event_name = 'Feature Used'").get("n")).isEqualTo(1L);

    HttpResponse<String> unknown = get("/report/api/has-done?user_id=ada&event=Flew%20Away");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("invalid_query").contains("Flew Away");
    assertThat(get("/report/api/has-done?user_id=ada&event=Feature%20Used&property=colour&value=x").statusCode())
        .isEqualTo(400);
    assertThat(get("/report/api/has-done?event=Logged%20In").statusCode()).isEqualTo(400);
  }

  @Test
  void hasThisNewUserLoggedInYet() {
    JsonNode cy = collector.json(get("/report/api/login-status?user_id=cy"));
    assertThat(cy.get("known").asBoolean()).isTrue();
    assertThat(cy.get("has_logged_in").asBoolean()).isFalse();
    assertThat(cy.get("signed_up_at").asString()).isEqualTo("2026-03-02T09:00:00Z");
    JsonNode ada = collector.json(get("/report/api/login-status?user_id=ada"));
    assertThat(ada.get("has_logged_in").asBoolean()).isTrue();
    assertThat(ada.get("first_login_at").asString()).isEqualTo("2026-03-01T10:00:00Z");
    assertThat(collector.sql().rows("SELECT user_id, has_logged_in FROM reporting.new_user_login_status"
        + " ORDER BY user_id")).containsExactly(
        Map.of("user_id", "ada", "has_logged_in", true), Map.of("user_id", "bob", "has_logged_in", true),
        Map.of("user_id", "cy", "has_logged_in", false), Map.of("user_id", "dan", "has_logged_in", true));
  }

  @Test
  void csvHasEveryRowQuotedAndNoFormulas() {
    HttpResponse<String> csv = get("/report/logged-in-users.csv");
    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/csv"));
    assertThat(csv.body().split("\r\n")).containsExactly(
        "user_id,name,email,company,Last logged in,login_count,last_login_rank",
        "ada,Ada Lovelace,ada@example.com,,2026-03-04T12:30:00Z,2,1",
        "bob," + HOSTILE + ",bob@example.com,,2026-03-03T08:00:00Z,1,2",
        "dan,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",dan@example.com,,2026-03-02T07:00:00Z,1,3");
  }

  @Test
  void thePageAndLoginsPerDay() {
    HttpResponse<String> page = get("/report");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("text/html"));
    assertThat(page.body()).contains("Last logged in").contains("<script src=\"/report/report.js\" defer></script>");
    assertThat(collector.get("/report").statusCode()).isEqualTo(401);
    JsonNode days = collector.json(get("/report/api/logins-per-day?days=366"));
    assertThat(days.get("days").asInt()).isEqualTo(366);
    assertThat(get("/report/api/logins-per-day?days=0").statusCode()).isEqualTo(400);
    JsonNode events = collector.json(get("/report/api/events"));
    assertThat(events.get("login_event").asString()).isEqualTo("Logged In");
    assertThat(events.get("events").toString()).contains("Feature Used");
  }

  private static boolean done(String path) {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return collector.json(response).get("done").asBoolean();
  }

  static HttpResponse<String> get(String path) {
    return get(path, REPORT_KEY);
  }

  static HttpResponse<String> get(String path, String key) {
    String basic = Base64.getEncoder().encodeToString(("report:" + key).getBytes(StandardCharsets.UTF_8));
    return collector.send(collector.request(path).header("Authorization", "Basic " + basic).GET().build());
  }

  static void identify(String user, String name, String email) {
    String body = """
        {"type": "identify", "messageId": "%s", "userId": "%s", "timestamp": "2026-03-01T08:00:00Z",
         "traits": {"name": %s, "email": "%s"}}""".formatted(UUID.randomUUID(), user, json(name), email);
    assertThat(collector.post("/v1/identify", body).statusCode()).isEqualTo(200);
  }

  static void track(String event, String user, String timestamp, String properties) {
    String body = """
        {"type": "track", "event": "%s", "messageId": "%s", "userId": "%s", "timestamp": "%s",
         "properties": {%s}, "context": {"page": {"url": "https://app.example.com/"}}}"""
        .formatted(event, UUID.randomUUID(), user, Instant.parse(timestamp), properties);
    HttpResponse<String> response = collector.post("/v1/track", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
