package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.reporting.EventViews;
import io.eventplan.codegen.reporting.HealthViews;
import io.eventplan.codegen.reporting.ReportColumn;
import io.eventplan.codegen.reporting.ReportView;
import io.eventplan.codegen.reporting.ReportViews;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.naming.SqlNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The SQL of the reporting schema, as three changesets at the end of the warehouse changelog: the refusal columns
 * and summaries ({@link RefusalSummaries}), the summaries of accepted events ({@link ReportSummaries}), then every
 * report view. The views changeset drops every view it ever made (those of event tables of earlier plan versions
 * too) and creates the current ones with their comments, in one transaction: PostgreSQL cannot change the columns
 * of an existing view, and a view the plan no longer has must go.
 */
final class ReportChangesets {
  private ReportChangesets() {}

  /**
   * @param formerEventTables the typed tables of every event in the lock's snapshots, whose flat
   *     views an earlier changelog may have created
   */
  static List<ReportChangeset> of(TrackingPlan plan, Collection<String> formerEventTables) {
    return List.of(
        new ReportChangeset("reporting-refusals",
            "rejected_events: event id, call and library of each refusal; refusals per day, kept up to date by triggers",
            RefusalSummaries.sql()),
        new ReportChangeset("reporting-summaries",
            "login and sign-up summaries and accepted events per day, kept up to date by triggers on events",
            new ReportSummaries(plan).sql()),
        new ReportChangeset("reporting-views",
            "the report views of the plan (see docs/reports.md)",
            views(plan, formerEventTables)));
  }

  static String views(TrackingPlan plan, Collection<String> formerEventTables) {
    ReportViews views = ReportViews.of(plan);
    Set<String> drop = new LinkedHashSet<>();
    views.views().forEach(v -> drop.add(v.name()));
    formerEventTables.forEach(t -> drop.add(EventViews.nameOfTable(t)));
    List<String> statements = new ArrayList<>();
    drop.forEach(v -> statements.add("DROP VIEW IF EXISTS " + qualified(v) + " CASCADE;"));
    StandardViewSql standard = new StandardViewSql(plan);
    HealthViewSql health = new HealthViewSql(plan);
    List<EventDef> events = plan.events();
    for (ReportView view : views.views()) {
      String select = events.stream().filter(e -> EventViews.name(e).equals(view.name())).findFirst()
          .map(EventViews::select)
          .orElseGet(() -> HealthViews.isHealthView(view.name())
              ? health.select(view.name()) : standard.select(view.name()));
      statements.add("CREATE VIEW " + qualified(view.name()) + " AS\n" + select + ";");
      statements.add("COMMENT ON VIEW " + qualified(view.name()) + " IS " + SqlLiterals.string(view.description()) + ";");
      for (ReportColumn column : view.columns()) {
        if (column.description().isEmpty()) {
          continue;
        }
        statements.add("COMMENT ON COLUMN " + qualified(view.name()) + "." + SqlNames.quote(column.name())
            + " IS " + SqlLiterals.string(column.description()) + ";");
      }
    }
    return String.join("\n", statements);
  }

  private static String qualified(String view) {
    return SqlNames.quote(ReportViews.SCHEMA) + "." + SqlNames.quote(view);
  }
}
