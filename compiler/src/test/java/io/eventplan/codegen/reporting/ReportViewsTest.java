package io.eventplan.codegen.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report views' names, columns and source events, for a plan with and without login and sign-up events. */
class ReportViewsTest {

  static TrackingPlan plan(String events) {
    String yaml = "plan:\n  name: Test\n  version: 1\n" + events;
    return PlanLoader.load("plan.yaml", yaml.getBytes(StandardCharsets.UTF_8), CheckOptions.DEFAULT).orThrow();
  }

  @Test
  void standardViewsComeFirstThenTheHealthViewsThenOneFlatViewPerEvent() {
    ReportViews views = ReportViews.of(plan("""
        events:
          Logged In: {properties: {user_id: {type: string}, method: {type: string}}}
          Signed Up: {}
          Feature Used: {version: 2, properties: {feature: {type: string}, Timestamp: {type: timestamp}}}
        """));
    assertThat(views.schema()).isEqualTo("reporting");
    assertThat(views.views()).map(ReportView::name).containsExactly("logged_in_users", "user_event_summary",
        "new_user_login_status", "logins_per_day", "plan_health", "plan_health_refusals", "unplanned_events",
        "unreceived_events", "deprecated_events_received", "health_by_source", "event_logged_in", "event_signed_up",
        "event_feature_used_v2");
    assertThat(columns(views, "plan_health")).containsExactly("event_name", "event_version", "status",
        "accepted_today", "accepted_7_days", "accepted_total", "last_accepted_at", "refused_today", "refused_7_days",
        "refused_total", "last_refused_at", "refused_share", "received");
    assertThat(columns(views, "health_by_source")).containsExactly("event_name", "planned", "plan_version",
        "library_name", "library_version", "accepted_today", "accepted_7_days", "accepted_total", "last_accepted_at",
        "refused_today", "refused_7_days", "refused_total", "last_refused_at");
    assertThat(columns(views, "logged_in_users")).containsExactly(
        "user_id", "name", "email", "company", "Last logged in", "login_count", "last_login_rank");
    assertThat(views.view("logged_in_users").orElseThrow().columns().get(4).type()).isEqualTo(ReportColumnType.TIMESTAMPTZ);
    assertThat(views.view("logged_in_users").orElseThrow().orderBy()).first().isEqualTo("\"Last logged in\" DESC");
    // user_id is the envelope's; a property named like an envelope column, whatever its case, is left out
    assertThat(columns(views, "event_logged_in")).containsExactly(
        "event_id", "user_id", "anonymous_id", "timestamp", "received_at", "method");
    assertThat(columns(views, "event_feature_used_v2")).containsExactly(
        "event_id", "user_id", "anonymous_id", "timestamp", "received_at", "feature");
  }

  @Test
  void usingEventListsTheViewsThatReadAnEvent() {
    ReportViews views = ReportViews.of(plan("events:\n  Logged In: {}\n  Signed Up: {}\n  Clicked: {}\n"));
    assertThat(views.usingEvent("Logged In")).map(ReportView::name).containsExactly(
        "logged_in_users", "user_event_summary", "new_user_login_status", "logins_per_day", "event_logged_in");
    assertThat(views.usingEvent("Signed Up")).map(ReportView::name).containsExactly(
        "user_event_summary", "new_user_login_status", "event_signed_up");
    assertThat(views.usingEvent("Clicked")).map(ReportView::name).containsExactly("user_event_summary", "event_clicked");
    assertThat(views.usingEvent("Nope")).isEmpty();
  }

  @Test
  void withoutLoginEventTheLoginViewsStillExistAndAWarningSaysSo() {
    TrackingPlan plan = plan("events:\n  Session Started: {}\n");
    ReportViews views = ReportViews.of(plan);
    assertThat(views.view("logged_in_users")).isPresent();
    assertThat(views.view("logged_in_users").orElseThrow().sourceEvents()).isEmpty();
    assertThat(ReportViews.warnings(plan)).hasSize(2).first().asString()
        .startsWith("plan.yaml:1:1: [REPORT_EVENT_MISSING] warning: the plan has no login event");
  }

  @Test
  void reportsSectionChoosesTheEvents() {
    TrackingPlan plan = plan("events:\n  Session Started: {}\n  Joined: {}\n"
        + "reports: {login_event: Session Started, signup_event: Joined}\n");
    ReportViews views = ReportViews.of(plan);
    assertThat(views.view("logged_in_users").orElseThrow().sourceEvents()).containsExactly("Session Started");
    assertThat(views.view("new_user_login_status").orElseThrow().sourceEvents()).containsExactly("Joined", "Session Started");
    assertThat(ReportViews.warnings(plan)).isEmpty();
  }

  private static List<String> columns(ReportViews views, String view) {
    return views.view(view).orElseThrow().columns().stream().map(ReportColumn::name).toList();
  }
}
