package io.eventplan.codegen.reporting;

import io.eventplan.plan.Diagnostic;
import io.eventplan.plan.DiagnosticCode;
import io.eventplan.plan.Severity;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report views a plan gets, with their columns: shared by the SQL, Power BI and catalog
 * emitters. First the standard views ({@link StandardViews}), then the plan health views
 * ({@link HealthViews}), then one flat view per event of the plan ({@link EventViews}), all in schema
 * {@value #SCHEMA}.
 *
 * @param schema the database schema of the views, {@value #SCHEMA}
 */
public record ReportViews(String schema, List<ReportView> views) {
  public static final String SCHEMA = "reporting";

  public ReportViews {
    views = List.copyOf(views);
  }

  /** The report views of {@code plan}. */
  public static ReportViews of(TrackingPlan plan) {
    List<ReportView> views = new ArrayList<>(StandardViews.of(plan));
    views.addAll(HealthViews.of());
    for (EventDef event : plan.events()) {
      views.add(EventViews.view(event));
    }
    return new ReportViews(SCHEMA, views);
  }

  /**
   * What the build should warn about the report views of {@code plan}: no login event (the login
   * views stay empty) and no sign-up event (sign-up times come from people), as
   * {@link DiagnosticCode#REPORT_EVENT_MISSING} warnings at the plan's {@code reports:} section.
   */
  public static List<Diagnostic> warnings(TrackingPlan plan) {
    List<Diagnostic> warnings = new ArrayList<>();
    if (plan.loginEvent().isEmpty()) {
      warnings.add(new Diagnostic(Severity.WARNING, DiagnosticCode.REPORT_EVENT_MISSING, plan.reports().location(),
          "the plan has no login event (no event named 'Logged In' and no reports.login_event), so the report"
              + " views logged_in_users and logins_per_day and the login columns of new_user_login_status stay"
              + " empty; add reports: {login_event: <your login event>} to fill them."));
    }
    if (plan.signupEvent().isEmpty()) {
      warnings.add(new Diagnostic(Severity.WARNING, DiagnosticCode.REPORT_EVENT_MISSING, plan.reports().location(),
          "the plan has no sign-up event (no event named 'Signed Up' and no reports.signup_event), so"
              + " signed_up_at of new_user_login_status comes from people; add reports: {signup_event: <your"
              + " sign-up event>} to use one."));
    }
    return warnings;
  }

  public Optional<ReportView> view(String name) {
    return views.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** The views whose {@link ReportView#sourceEvents()} contain the plan event {@code eventName}. */
  public List<ReportView> usingEvent(String eventName) {
    return views.stream().filter(v -> v.sourceEvents().contains(eventName)).toList();
  }
}
