package io.eventplan.codegen.reporting;

import static io.eventplan.codegen.reporting.ReportColumnType.BIGINT;
import static io.eventplan.codegen.reporting.ReportColumnType.BOOLEAN;
import static io.eventplan.codegen.reporting.ReportColumnType.DOUBLE;
import static io.eventplan.codegen.reporting.ReportColumnType.INTEGER;
import static io.eventplan.codegen.reporting.ReportColumnType.TEXT;
import static io.eventplan.codegen.reporting.ReportColumnType.TIMESTAMPTZ;

import java.util.ArrayList;
import java.util.List;

/**
 * The plan health views every plan gets: what production actually sends, compared with the plan. Per planned event
 * what was accepted and refused (today, in the last 7 days, ever), why events were refused (rule and property path),
 * event names the plan does not have, planned events never received, deprecated events still received, and all of it
 * by plan version and sending library. Days are UTC days of the time the collector received the event.
 */
public final class HealthViews {
  public static final String PLAN_HEALTH = "plan_health";
  public static final String REFUSALS = "plan_health_refusals";
  public static final String UNPLANNED = "unplanned_events";
  public static final String UNRECEIVED = "unreceived_events";
  public static final String DEPRECATED_RECEIVED = "deprecated_events_received";
  public static final String BY_SOURCE = "health_by_source";

  private HealthViews() {}

  /** Whether {@code view} is one of the health views. */
  public static boolean isHealthView(String view) {
    return List.of(PLAN_HEALTH, REFUSALS, UNPLANNED, UNRECEIVED, DEPRECATED_RECEIVED, BY_SOURCE).contains(view);
  }

  static List<ReportView> of() {
    return List.of(
        new ReportView(PLAN_HEALTH, "Plan health",
            "One row per event of the plan: how many were accepted and refused today (UTC), in the last 7 days and"
                + " ever, when last, and the share refused.",
            with(plannedEvent(), counts("accepted", "accepted into the warehouse"), counts("refused", "refused"),
                List.of(new ReportColumn("refused_share", DOUBLE,
                        "refused_total / (accepted_total + refused_total); NULL while none was received."),
                    new ReportColumn("received", BOOLEAN, "Whether the event was ever received, accepted or refused."))),
            List.of(), List.of("\"refused_share\" DESC NULLS LAST", "\"event_name\"")),
        new ReportView(REFUSALS, "Refusals by rule and path",
            "Why events were refused: one row per event name, rule and property path (array indexes shown as *),"
                + " counting each refused event once per rule and path it broke.",
            with(List.of(
                    new ReportColumn("event_name", TEXT, "The event name sent; NULL for calls without one (identify,"
                        + " group, an unreadable body)."),
                    new ReportColumn("planned", BOOLEAN, "Whether the plan has an event of that name."),
                    new ReportColumn("rule", TEXT, "The rule broken, e.g. enum, required, unknownEvent."),
                    new ReportColumn("path", TEXT, "JSON Pointer to the value that broke it; empty for the whole"
                        + " message.")),
                counts("refused", "refused for this rule and path")),
            List.of(), List.of("\"refused_total\" DESC", "\"event_name\"", "\"rule\"", "\"path\"")),
        new ReportView(UNPLANNED, "Unplanned events",
            "Event names received that the plan does not have (all refused): how many, when last, and the last one"
                + " as an example.",
            with(List.of(new ReportColumn("event_name", TEXT, "The event name sent.")),
                counts("received", "received"),
                List.of(new ReportColumn("example_id", BIGINT,
                        "rejected_events.id of the last one received."),
                    new ReportColumn("example", TEXT, "That message as received (its first 2000 characters); NULL"
                        + " once it left rejected_events."))),
            List.of(), List.of("\"received_total\" DESC", "\"event_name\"")),
        new ReportView(UNRECEIVED, "Planned events never received",
            "Events of the plan the collector has never received, accepted or refused.",
            plannedEvent(), List.of(), List.of("\"event_name\"")),
        new ReportView(DEPRECATED_RECEIVED, "Deprecated events still received",
            "Events the plan marks deprecated that the collector still receives.",
            with(plannedEvent(), counts("accepted", "accepted"), counts("refused", "refused")),
            List.of(), List.of("\"last_accepted_at\" DESC NULLS LAST", "\"event_name\"")),
        new ReportView(BY_SOURCE, "Health by plan version and library",
            "Accepted and refused events by event name, plan version and sending library (Segment's"
                + " context.library), to find which release of which app sends what.",
            with(List.of(
                    new ReportColumn("event_name", TEXT, "The event name; NULL for calls without one."),
                    new ReportColumn("planned", BOOLEAN, "Whether the plan has an event of that name."),
                    new ReportColumn("plan_version", INTEGER, "Version of the plan the events were checked against."),
                    new ReportColumn("library_name", TEXT, "context.library.name of the sender; NULL when unknown."),
                    new ReportColumn("library_version", TEXT,
                        "context.library.version of the sender; NULL when unknown.")),
                counts("accepted", "accepted"), counts("refused", "refused")),
            List.of(), List.of("\"refused_total\" DESC", "\"event_name\"", "\"plan_version\"")));
  }

  private static List<ReportColumn> plannedEvent() {
    return List.of(
        new ReportColumn("event_name", TEXT, "Name of the event as in the plan."),
        new ReportColumn("event_version", INTEGER, "The event's version in the plan."),
        new ReportColumn("status", TEXT, "The event's status in the plan: planned, implemented or deprecated."));
  }

  /** {@code <what>_today}, {@code _7_days}, {@code _total} and {@code last_<what>_at}. */
  private static List<ReportColumn> counts(String what, String verb) {
    String last = what.equals("received") ? "last_received_at" : "last_" + what + "_at";
    return List.of(
        new ReportColumn(what + "_today", BIGINT, "How many were " + verb + " today (UTC)."),
        new ReportColumn(what + "_7_days", BIGINT, "How many were " + verb + " in the last 7 days, today included."),
        new ReportColumn(what + "_total", BIGINT, "How many were " + verb + " ever."),
        new ReportColumn(last, TIMESTAMPTZ, "When the last one was " + verb + "; NULL when none was."));
  }

  @SafeVarargs
  private static List<ReportColumn> with(List<ReportColumn>... parts) {
    List<ReportColumn> columns = new ArrayList<>();
    for (List<ReportColumn> part : parts) {
      columns.addAll(part);
    }
    return columns;
  }
}
