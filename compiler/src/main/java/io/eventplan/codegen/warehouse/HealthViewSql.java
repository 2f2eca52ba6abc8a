package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.reporting.HealthViews;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SELECT of each plan health view ({@link HealthViews}), over the daily summaries of accepted
 * ({@link ReportSummaries}) and refused ({@link RefusalSummaries}) events and the plan's own list of events, which
 * is written into the views: a plan change re-creates them. "Today" is the current UTC day; "7 days" is today and
 * the six days before it.
 */
final class HealthViewSql {
  private static final String TODAY = "(now() AT TIME ZONE 'UTC')::date";

  /** The plan's events as rows (event_name, event_version, status). */
  private final String planEvents;
  /** An SQL array of the plan's event names. */
  private final String planNames;

  HealthViewSql(TrackingPlan plan) {
    List<EventDef> events = plan.events();
    this.planEvents = events.isEmpty()
        ? "(SELECT NULL::text AS \"event_name\", NULL::integer AS \"event_version\", NULL::text AS \"status\" WHERE false)"
        : "(VALUES " + events.stream()
            .map(e -> "(" + SqlLiterals.string(e.name()) + "::text, " + e.version() + ", '" + e.status().planName()
                + "'::text)")
            .collect(Collectors.joining(", ")) + ") AS p(\"event_name\", \"event_version\", \"status\")";
    this.planNames = "ARRAY[" + events.stream().map(e -> SqlLiterals.string(e.name()))
        .collect(Collectors.joining(", ")) + "]::text[]";
  }

  String select(String view) {
    return switch (view) {
      case HealthViews.PLAN_HEALTH -> planHealth();
      case HealthViews.REFUSALS -> refusals();
      case HealthViews.UNPLANNED -> unplanned();
      case HealthViews.UNRECEIVED -> unreceived();
      case HealthViews.DEPRECATED_RECEIVED -> deprecatedReceived();
      case HealthViews.BY_SOURCE -> bySource();
      default -> throw new IllegalArgumentException("not a health view: " + view);
    };
  }

  private String planHealth() {
    return "SELECT p.\"event_name\", p.\"event_version\", p.\"status\",\n"
        + counts("a", "accepted") + ",\n"
        + counts("r", "refused") + ",\n"
        + "  CASE WHEN coalesce(a.\"total\", 0) + coalesce(r.\"total\", 0) = 0 THEN NULL\n"
        + "    ELSE coalesce(r.\"total\", 0)::double precision / (coalesce(a.\"total\", 0) + coalesce(r.\"total\", 0))"
        + " END AS \"refused_share\",\n"
        + "  (a.\"total\" IS NOT NULL OR r.\"total\" IS NOT NULL) AS \"received\"\n"
        + fromPlan();
  }

  private String refusals() {
    return "SELECT NULLIF(d.\"event_name\", '') AS \"event_name\", d.\"event_name\" = ANY (" + planNames
        + ") AS \"planned\", d.\"rule\"::text, d.\"path\"::text,\n"
        + named("d", "refused") + "\n"
        + "FROM " + RefusalSummaries.REASONS_DAILY + " d\n"
        + "GROUP BY d.\"event_name\", d.\"rule\", d.\"path\"";
  }

  private String unplanned() {
    return "SELECT u.\"event_name\", u.\"received_today\", u.\"received_7_days\", u.\"received_total\","
        + " u.\"last_received_at\", u.\"example_id\", left(x.\"payload\", 2000) AS \"example\"\n"
        + "FROM (SELECT d.\"event_name\"::text,\n" + named("d", "received") + ",\n"
        + "  max(d.\"last_id\") AS \"example_id\"\n"
        + "  FROM " + RefusalSummaries.REFUSED_DAILY + " d\n"
        + "  WHERE d.\"event_name\" <> '' AND NOT d.\"event_name\" = ANY (" + planNames + ")\n"
        + "  GROUP BY d.\"event_name\") u\n"
        + "LEFT JOIN \"rejected_events\" x ON x.\"id\" = u.\"example_id\"";
  }

  private String unreceived() {
    return "SELECT p.\"event_name\", p.\"event_version\", p.\"status\"\n"
        + "FROM " + planEvents + "\n"
        + "WHERE NOT EXISTS (SELECT 1 FROM " + ReportSummaries.ACCEPTED_DAILY + " a WHERE a.\"event_name\" = p.\"event_name\")\n"
        + "  AND NOT EXISTS (SELECT 1 FROM " + RefusalSummaries.REFUSED_DAILY + " r WHERE r.\"event_name\" = p.\"event_name\")";
  }

  private String deprecatedReceived() {
    return "SELECT p.\"event_name\", p.\"event_version\", p.\"status\",\n"
        + counts("a", "accepted") + ",\n"
        + counts("r", "refused") + "\n"
        + fromPlan() + "\n"
        + "WHERE p.\"status\" = 'deprecated' AND (a.\"total\" IS NOT NULL OR r.\"total\" IS NOT NULL)";
  }

  private String bySource() {
    String key = "\"event_name\", \"plan_version\", \"library_name\", \"library_version\"";
    return "SELECT NULLIF(coalesce(a.\"event_name\", r.\"event_name\"), '') AS \"event_name\",\n"
        + "  coalesce(a.\"event_name\", r.\"event_name\") = ANY (" + planNames + ") AS \"planned\",\n"
        + "  coalesce(a.\"plan_version\", r.\"plan_version\") AS \"plan_version\",\n"
        + "  NULLIF(coalesce(a.\"library_name\", r.\"library_name\"), '')::text AS \"library_name\",\n"
        + "  NULLIF(coalesce(a.\"library_version\", r.\"library_version\"), '')::text AS \"library_version\",\n"
        + counts("a", "accepted") + ",\n"
        + counts("r", "refused") + "\n"
        + "FROM (SELECT " + key + ", " + sums("d").strip() + " FROM " + ReportSummaries.ACCEPTED_DAILY + " d GROUP BY "
        + key + ") a\n"
        + "FULL JOIN (SELECT " + key + ", " + sums("d").strip() + " FROM " + RefusalSummaries.REFUSED_DAILY
        + " d GROUP BY " + key + ") r\n"
        + "  ON r.\"event_name\" = a.\"event_name\" AND r.\"plan_version\" = a.\"plan_version\""
        + " AND r.\"library_name\" = a.\"library_name\" AND r.\"library_version\" = a.\"library_version\"";
  }

  /** The plan's events with their accepted ({@code a}) and refused ({@code r}) totals. */
  private String fromPlan() {
    return "FROM " + planEvents + "\n"
        + "LEFT JOIN (SELECT d.\"event_name\", " + sums("d").strip() + " FROM " + ReportSummaries.ACCEPTED_DAILY
        + " d GROUP BY d.\"event_name\") a ON a.\"event_name\" = p.\"event_name\"\n"
        + "LEFT JOIN (SELECT d.\"event_name\", " + sums("d").strip() + " FROM " + RefusalSummaries.REFUSED_DAILY
        + " d GROUP BY d.\"event_name\") r ON r.\"event_name\" = p.\"event_name\"";
  }

  /** today, week, total and last_at of a daily summary {@code d}. */
  private static String sums(String d) {
    return "  sum(" + d + ".\"events\") FILTER (WHERE " + d + ".\"day\" = " + TODAY + ")::bigint AS \"today\",\n"
        + "  sum(" + d + ".\"events\") FILTER (WHERE " + d + ".\"day\" > " + TODAY + " - 7)::bigint AS \"week\",\n"
        + "  sum(" + d + ".\"events\")::bigint AS \"total\", max(" + d + ".\"last_received_at\") AS \"last_at\"";
  }

  /** today, 7 days, total and last time of a daily summary {@code d}, named for {@code what}. */
  private static String named(String d, String what) {
    String last = what.equals("received") ? "last_received_at" : "last_" + what + "_at";
    return "  coalesce(sum(" + d + ".\"events\") FILTER (WHERE " + d + ".\"day\" = " + TODAY + "), 0)::bigint AS \""
        + what + "_today\",\n"
        + "  coalesce(sum(" + d + ".\"events\") FILTER (WHERE " + d + ".\"day\" > " + TODAY + " - 7), 0)::bigint AS \""
        + what + "_7_days\",\n"
        + "  sum(" + d + ".\"events\")::bigint AS \"" + what + "_total\", max(" + d + ".\"last_received_at\") AS \""
        + last + "\"";
  }

  /** The four count columns of one side ({@code accepted} or {@code refused}), zero where there is nothing. */
  private static String counts(String alias, String what) {
    return "  coalesce(" + alias + ".\"today\", 0) AS \"" + what + "_today\", coalesce(" + alias + ".\"week\", 0) AS \""
        + what + "_7_days\", coalesce(" + alias + ".\"total\", 0) AS \"" + what + "_total\", " + alias
        + ".\"last_at\" AS \"last_" + what + "_at\"";
  }
}
