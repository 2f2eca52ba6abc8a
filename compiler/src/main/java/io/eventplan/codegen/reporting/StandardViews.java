package io.eventplan.codegen.reporting;

import static io.eventplan.codegen.reporting.ReportColumnType.BIGINT;
import static io.eventplan.codegen.reporting.ReportColumnType.BOOLEAN;
import static io.eventplan.codegen.reporting.ReportColumnType.DATE;
import static io.eventplan.codegen.reporting.ReportColumnType.TEXT;
import static io.eventplan.codegen.reporting.ReportColumnType.TIMESTAMPTZ;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The views every plan gets, whatever its events: who logged in and when, what each user did, whether
 * new users logged in, and logins per day. Their columns are fixed, so reports built on them keep
 * working when the plan changes; without a login event the login views exist but are empty.
 */
public final class StandardViews {
  public static final String LOGGED_IN_USERS = "logged_in_users";
  public static final String USER_EVENT_SUMMARY = "user_event_summary";
  public static final String NEW_USER_LOGIN_STATUS = "new_user_login_status";
  public static final String LOGINS_PER_DAY = "logins_per_day";
  /** The exact name the report asks for, spaces and capital included. */
  public static final String LAST_LOGGED_IN = "Last logged in";

  private StandardViews() {}

  static List<ReportView> of(TrackingPlan plan) {
    List<String> login = names(plan.loginEvent());
    List<String> signupAndLogin = new ArrayList<>(names(plan.signupEvent()));
    signupAndLogin.addAll(login);
    String loginName = plan.loginEvent().map(e -> "'" + e.name() + "'").orElse("the login event (the plan has none)");
    return List.of(
        new ReportView(LOGGED_IN_USERS, "Logged-in users",
            "One row per user who has logged in (" + loginName + "): who they are, when they last logged in and"
                + " how often. last_login_rank is 1 for the most recent login.",
            List.of(
                new ReportColumn("user_id", TEXT, "Id of the user."),
                new ReportColumn("name", TEXT, "The user's name trait, when people have one and it is known."),
                new ReportColumn("email", TEXT, "The user's email trait, when people have one and it is known."),
                new ReportColumn("company", TEXT, "Name of the user's company, else its id, when known."),
                new ReportColumn(LAST_LOGGED_IN, TIMESTAMPTZ, "When the user last logged in."),
                new ReportColumn("login_count", BIGINT, "How many times the user has logged in."),
                new ReportColumn("last_login_rank", BIGINT,
                    "1 for the user who logged in most recently, 2 for the next, ... (ties broken by user_id).")),
            login, List.of(quote(LAST_LOGGED_IN) + " DESC", quote("user_id"))),
        new ReportView(USER_EVENT_SUMMARY, "User event summary",
            "One row per user and event the user has sent: when first and last, and how often. A user who never"
                + " sent an event has no row for it, which answers \"has this user done X?\". Events sent"
                + " anonymously count for the user once an alias call, or an identify call with the anonymous id,"
                + " links the two (table aliases). Filter by user_id: one user's rows come straight from the events"
                + " index; the whole view aggregates every event.",
            List.of(
                new ReportColumn("user_id", TEXT, "Id of the user."),
                new ReportColumn("event_name", TEXT, "Name of the event as in the plan."),
                new ReportColumn("first_at", TIMESTAMPTZ, "When the user first sent the event."),
                new ReportColumn("last_at", TIMESTAMPTZ, "When the user last sent the event."),
                new ReportColumn("event_count", BIGINT, "How many times the user sent the event.")),
            plan.events().stream().map(EventDef::name).toList(), List.of(quote("user_id"), quote("event_name"))),
        new ReportView(NEW_USER_LOGIN_STATUS, "New user login status",
            "One row per person (people, and users who signed up): when they signed up, their first and last"
                + " login, and whether they have logged in yet.",
            List.of(
                new ReportColumn("user_id", TEXT, "Id of the user."),
                new ReportColumn("name", TEXT, "The user's name trait, when people have one and it is known."),
                new ReportColumn("email", TEXT, "The user's email trait, when people have one and it is known."),
                new ReportColumn("signed_up_at", TIMESTAMPTZ,
                    "The first sign-up event, else the people created_at trait, else when the person was first seen."),
                new ReportColumn("first_login_at", TIMESTAMPTZ, "The user's first login; NULL before it."),
                new ReportColumn("last_login_at", TIMESTAMPTZ, "The user's last login; NULL before the first."),
                new ReportColumn("has_logged_in", BOOLEAN, "Whether the user has logged in at least once.")),
            signupAndLogin, List.of(quote("signed_up_at") + " DESC NULLS LAST", quote("user_id"))),
        new ReportView(LOGINS_PER_DAY, "Logins per day",
            "Logins per calendar day in UTC, and how many distinct users logged in that day; days without logins"
                + " have no row.",
            List.of(
                new ReportColumn("day", DATE, "The day, in UTC."),
                new ReportColumn("logins", BIGINT, "How many logins happened that day."),
                new ReportColumn("users", BIGINT, "How many distinct users logged in that day.")),
            login, List.of(quote("day"))));
  }

  private static List<String> names(Optional<EventDef> event) {
    return event.map(e -> List.of(e.name())).orElse(List.of());
  }

  private static String quote(String column) {
    return '"' + column + '"';
  }
}
