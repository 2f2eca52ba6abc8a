package io.eventplan.collector.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.ReplayCommand;
import io.eventplan.collector.support.CompiledPlans;
import io.eventplan.collector.support.HealthClient;
import io.eventplan.collector.support.RunningCollector;
import io.eventplan.collector.support.Sql;
import io.eventplan.collector.support.TestDatabase;
import io.eventplan.runtime.EventPlan;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * Replay across a plan change: logins with a type the plan did not know yet are refused; the plan gains the value
 * (a new plan version, its changelog applied by the next collector); a dry run counts what would move, the replay
 * moves those events once, with their ids and times, and keeps the rest with the new plan's reasons; a second
 * replay moves nothing; the report and the plan health show the moved logins.
 */
class ReplayTest {
  static final String ADMIN_KEY = "test-admin-key";
  static final String PLAN = """
      plan:
        name: Replay Plan
        version: %d
        description: Logins, before and after the plan learned about passkeys.
      common_properties:
        user_id: {type: string, description: The user.}
      events:
        Logged In:
          description: A user logged in.
          status: implemented
          properties:
            user_id: {required: true}
            method: {type: string, values: [%s], required: true, description: How.}
      """;

  @Test
  void refusedLoginsMoveOnceAfterThePlanLearnsTheirValue(@TempDir Path project) {
    EventPlan before = CompiledPlans.compile(project, PLAN.formatted(1, "password, sso"), "com.example.replay.v1");
    try (TestDatabase database = TestDatabase.create()) {
      try (RunningCollector first = RunningCollector.start(database, before, setup -> setup)) {
        login(first, "11111111-1111-4111-8111-111111111111", "ada", "password", "2026-03-01T10:00:00Z", true);
        login(first, "22222222-2222-4222-8222-222222222222", "bob", "passkey", "2026-03-02T11:00:00Z", false);
        login(first, "node-next-1700000000000-abc", "cy", "passkey", "2026-03-03T12:00:00Z", false);
        login(first, "33333333-3333-4333-8333-333333333333", "dan", "carrier_pigeon", "2026-03-04T13:00:00Z", false);
      }
      List<Map<String, Object>> refused = new Sql(database.dataSource())
          .rows("SELECT event_id, received_at FROM rejected_events ORDER BY id");

      EventPlan after = CompiledPlans.compile(project, PLAN.formatted(2, "password, sso, passkey"),
          "com.example.replay.v2");
      try (RunningCollector second = RunningCollector.start(database, after,
          setup -> setup.withAdmin(List.of(ADMIN_KEY)).withReport(List.of(HealthClient.REPORT_KEY)))) {
        assertThat(replay(second, "?dry_run=true", null).statusCode()).isEqualTo(401);
        JsonNode dry = second.json(replay(second, "?dry_run=true", ADMIN_KEY));
        assertThat(dry.get("summary").asString()).contains("2 would move");
        assertThat(fields(dry)).isEqualTo("true v2 examined 3 moved 2 still 1 updated 1 kept 0");
        assertThat(second.sql().count("events")).isEqualTo(1);
        assertThat(second.sql().count("rejected_events")).isEqualTo(3);

        JsonNode moved = second.json(replay(second, "", ADMIN_KEY));
        assertThat(fields(moved)).isEqualTo("false v2 examined 3 moved 2 still 1 updated 1 kept 0");
        assertThat(second.sql().rows("SELECT event_id, received_at FROM events WHERE user_id <> 'ada' ORDER BY"
            + " user_id")).as("original ids and times").isEqualTo(refused.subList(0, 2));
        assertThat(second.sql().rows("SELECT user_id, timestamp::text AS t, plan_version FROM events ORDER BY"
            + " user_id").stream().map(r -> r.get("user_id") + " " + r.get("t") + " v" + r.get("plan_version"))
            .toList()).containsExactly("ada 2026-03-01 10:00:00+00 v1", "bob 2026-03-02 11:00:00+00 v2",
                "cy 2026-03-03 12:00:00+00 v2");
        assertThat(second.sql().count("logged_in")).isEqualTo(3);
        Map<String, Object> still = second.sql().one("SELECT payload, reasons::text AS r, plan_version FROM"
            + " rejected_events");
        assertThat(still.get("payload").toString()).contains("carrier_pigeon");
        assertThat(still.get("plan_version")).isEqualTo(2);
        assertThat(still.get("r").toString()).contains("password, sso, passkey");

        JsonNode again = second.json(replay(second, "", ADMIN_KEY));
        assertThat(fields(again)).isEqualTo("false v2 examined 1 moved 0 still 1 updated 0 kept 0");
        assertThat(second.sql().count("events")).isEqualTo(3);

        List<String> users = new ArrayList<>();
        second.json(report(second, "/report/api/logged-in-users")).get("users")
            .forEach(u -> users.add(u.get("user_id").asString() + " " + u.get("Last logged in").asString()));
        assertThat(users).containsExactly("cy 2026-03-03T12:00:00Z",
            "bob 2026-03-02T11:00:00Z", "ada 2026-03-01T10:00:00Z");
        JsonNode health = second.json(report(second, "/report/api/health")).get("plan_health").get(0);
        assertThat(health.get("accepted_total").asLong()).isEqualTo(3);
        assertThat(health.get("refused_total").asLong()).isEqualTo(1);
      }
    }
  }

  @Test
  void theGoalsCommandMigratesToThePlanAndReplaysAgainstADatabaseUrl(@TempDir Path project) throws Exception {
    EventPlan before = CompiledPlans.compile(project, PLAN.formatted(1, "password"), "com.example.command.v1");
    try (TestDatabase database = TestDatabase.create()) {
      try (RunningCollector first = RunningCollector.start(database, before, setup -> setup)) {
        login(first, "44444444-4444-4444-8444-444444444444", "eve", "sso", "2026-03-05T09:00:00Z", false);
      }
      Path after = CompiledPlans.directory(project, PLAN.formatted(2, "password, sso"), "com.example.command.v2");
      Sql sql = new Sql(database.dataSource());

      assertThat(ReplayCommand.run(database.jdbcUrl(), "postgres", null, after, true))
          .startsWith("Plan 'Replay Plan' v2: Dry run, nothing changed: 1 refused messages").contains("1 would move");
      assertThat(sql.count("events")).isZero();
      assertThat(ReplayCommand.run(database.jdbcUrl(), "postgres", null, after, false)).contains("1 moved");
      assertThat(sql.rows("SELECT event_id::text AS id, plan_version FROM events")).containsExactly(
          Map.of("id", "44444444-4444-4444-8444-444444444444", "plan_version", 2));
      assertThat(ReplayCommand.run(database.jdbcUrl(), "postgres", null, after, false)).contains("0 moved");
    }
  }

  private static String fields(JsonNode r) {
    return r.get("dry_run").asString() + " v" + r.get("plan_version").asInt() + " examined " + r.get("examined")
        .asLong() + " moved " + r.get("moved").asLong() + " still " + r.get("still_refused").asLong() + " updated "
        + r.get("reasons_updated").asLong() + " kept " + r.get("kept").asLong();
  }

  private static void login(RunningCollector collector, String messageId, String user, String method, String at,
      boolean accepted) {
    String body = """
        {"type": "track", "event": "Logged In", "messageId": "%s", "userId": "%s", "timestamp": "%s",
         "properties": {"method": "%s"}}""".formatted(messageId, user, at, method);
    HttpResponse<String> response = collector.post("/v1/track", body);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(accepted ? 200 : 400);
  }

  private static HttpResponse<String> replay(RunningCollector collector, String query, String key) {
    HttpRequest.Builder request = collector.request("/admin/replay" + query).POST(HttpRequest.BodyPublishers.noBody());
    if (key != null) {
      request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + key)
          .getBytes(StandardCharsets.UTF_8)));
    }
    return collector.send(request.build());
  }

  private static HttpResponse<String> report(RunningCollector collector, String path) {
    HttpResponse<String> response = collector.send(collector.request(path)
        .header("Authorization", HealthClient.reportAuthorization()).GET().build());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return response;
  }
}
