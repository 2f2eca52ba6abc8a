package io.eventplan.collector.report;

import static io.eventplan.collector.support.HealthClient.lines;
import static io.eventplan.collector.support.HealthClient.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.support.HealthClient;
import io.eventplan.collector.support.RunningCollector;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Plan health of the test plan after a known mix sent through the HTTP API: accepted and refused events of the plan,
 * an event name the plan does not have, a deprecated event still sent, two sending libraries, and planned events
 * that never came. Read from /report/api/health (the warehouse's health views) and from /metrics.
 */
class PlanHealthTest {
  static RunningCollector collector;
  static HealthClient client;
  static JsonNode health;

  @BeforeAll
  static void sendTheMix() {
    collector = RunningCollector.start(setup -> setup.withReport(List.of(HealthClient.REPORT_KEY)));
    client = new HealthClient(collector);
    client.track("Logged In", "\"type\": \"password\"", "analytics.js/1.2.0", true);
    client.track("Logged In", "\"type\": \"sso\"", "analytics.js/1.2.0", true);
    client.track("Logged In", "\"type\": \"magic_link\"", null, true);
    client.track("Logged In", "\"type\": \"fingerprint\"", "analytics.js/1.1.0", false);
    client.track("Logged In", "\"type\": \"retina\"", "analytics.js/1.1.0", false);
    client.track("Signed Up", "\"signup_method\": \"email\"", "analytics-node/2.0.0", true);
    client.track("Button Clicked", "\"button\": \"Export\"", "analytics.js/1.1.0", true);
    client.track("Button Clicked", "\"button\": \"Import\"", "analytics.js/1.1.0", true);
    client.track("Button Clicked", "", "analytics.js/1.1.0", false);
    client.track("Rocket Launched", "\"speed\": 1", "analytics.js/1.1.0", false);
    client.track("Rocket Launched", "\"speed\": 2, \"marker\": \"last-rocket\"", null, false);
    health = client.health();
  }

  @AfterAll
  static void stop() {
    collector.close();
  }

  @Test
  void everyPlannedEventWithItsAcceptedAndRefusedCountsAndShare() {
    assertThat(health.get("plan").get("name").asString()).isEqualTo("Collector Test Plan");
    assertThat(health.get("plan").get("version").asInt()).isEqualTo(5);
    assertThat(lines(health, "plan_health", r -> text(r, "event_name") + " " + text(r, "status") + " accepted "
        + text(r, "accepted_today") + "/" + text(r, "accepted_7_days") + "/" + text(r, "accepted_total")
        + " refused " + text(r, "refused_today") + "/" + text(r, "refused_7_days") + "/" + text(r, "refused_total")
        + " share " + text(r, "refused_share") + " received " + text(r, "received")))
        .containsExactly(
            "Logged In implemented accepted 3/3/3 refused 2/2/2 share 0.4 received true",
            "Button Clicked deprecated accepted 2/2/2 refused 1/1/1 share 0.3333333333333333 received true",
            "Signed Up implemented accepted 1/1/1 refused 0/0/0 share 0.0 received true",
            "Feature Used planned accepted 0/0/0 refused 0/0/0 share null received false",
            "Logged Out implemented accepted 0/0/0 refused 0/0/0 share null received false",
            "Login Failed implemented accepted 0/0/0 refused 0/0/0 share null received false",
            "Order Placed planned accepted 0/0/0 refused 0/0/0 share null received false",
            "Page Viewed implemented accepted 0/0/0 refused 0/0/0 share null received false",
            "Screen Viewed implemented accepted 0/0/0 refused 0/0/0 share null received false");
    JsonNode loggedIn = health.get("plan_health").get(0);
    assertThat(loggedIn.get("last_accepted_at").asString()).endsWith("Z");
    assertThat(loggedIn.get("last_refused_at").asString()).endsWith("Z");
  }

  @Test
  void refusalsByRuleAndPath() {
    assertThat(lines(health, "plan_health_refusals", r -> text(r, "event_name") + " planned " + text(r, "planned")
        + " " + text(r, "rule") + " " + text(r, "path") + " " + text(r, "refused_total")))
        .containsExactly(
            "Logged In planned true enum /type 2",
            "Rocket Launched planned false unknownEvent /event 2",
            "Button Clicked planned true required /button 1");
  }

  @Test
  void unplannedUnreceivedAndDeprecated() {
    assertThat(lines(health, "unplanned_events", r -> text(r, "event_name") + " " + text(r, "received_total")))
        .containsExactly("Rocket Launched 2");
    assertThat(health.get("unplanned_events").get(0).get("example").asString()).contains("last-rocket");
    assertThat(lines(health, "unreceived_events", r -> text(r, "event_name")))
        .containsExactly("Feature Used", "Logged Out", "Login Failed", "Order Placed", "Page Viewed",
            "Screen Viewed");
    assertThat(lines(health, "deprecated_events_received", r -> text(r, "event_name") + " accepted "
        + text(r, "accepted_total") + " refused " + text(r, "refused_total")))
        .containsExactly("Button Clicked accepted 2 refused 1");
  }

  @Test
  void byPlanVersionAndSendingLibrary() {
    assertThat(lines(health, "health_by_source", r -> text(r, "event_name") + " v" + text(r, "plan_version") + " "
        + text(r, "library_name") + " " + text(r, "library_version") + " accepted " + text(r, "accepted_total")
        + " refused " + text(r, "refused_total")))
        .containsExactlyInAnyOrder(
            "Logged In v5 analytics.js 1.2.0 accepted 2 refused 0",
            "Logged In v5 null null accepted 1 refused 0",
            "Logged In v5 analytics.js 1.1.0 accepted 0 refused 2",
            "Signed Up v5 analytics-node 2.0.0 accepted 1 refused 0",
            "Button Clicked v5 analytics.js 1.1.0 accepted 2 refused 1",
            "Rocket Launched v5 analytics.js 1.1.0 accepted 0 refused 1",
            "Rocket Launched v5 null null accepted 0 refused 1");
  }

  @Test
  void theApiAndThePageNeedAReportKey() {
    assertThat(collector.get("/report/api/health").statusCode()).isEqualTo(401);
    assertThat(collector.get("/report/health").statusCode()).isEqualTo(401);
    HttpResponse<String> page = collector.send(collector.request("/report/health")
        .header("Authorization", HealthClient.reportAuthorization()).GET().build());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<script src=\"/report/health.js\" defer></script>");
    assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
        v -> assertThat(v).contains("script-src 'self'"));
  }

  @Test
  void prometheusCountersPerEventAndRule() {
    String metrics = collector.get("/metrics").body();
    assertThat(metrics)
        .contains("eventplan_plan_events_total{event=\"Logged In\",outcome=\"accepted\"} 3.0")
        .contains("eventplan_plan_events_total{event=\"Logged In\",outcome=\"refused\"} 2.0")
        .contains("eventplan_plan_events_total{event=\"Button Clicked\",outcome=\"accepted\"} 2.0")
        .contains("eventplan_plan_events_total{event=\"Logged Out\",outcome=\"accepted\"} 0.0")
        .contains("eventplan_plan_events_total{event=\"(unplanned)\",outcome=\"refused\"} 2.0")
        .contains("eventplan_plan_violations_total{event=\"Logged In\",rule=\"enum\"} 2.0")
        .contains("eventplan_plan_violations_total{event=\"Button Clicked\",rule=\"required\"} 1.0")
        .contains("eventplan_plan_violations_total{event=\"(unplanned)\",rule=\"unknownEvent\"} 2.0")
        .doesNotContain("Rocket Launched");
  }
}
