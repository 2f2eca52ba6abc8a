package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.reporting.StandardViews;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import java.util.Optional;

/**
 * The SELECT of each standard report view ({@link StandardViews}): the login and sign-up questions over the summary
 * tables of {@link ReportSummaries}, "has user X done Y" over {@code events} (a user's rows through its index on user
 * and event, with {@code aliases} for the user's anonymous events). A view whose event the plan lacks keeps its
 * columns and returns no rows. The summaries' user ids compare byte by byte (collation C); each join says which
 * collation it compares in, so that the index of the table it looks up serves it.
 */
final class StandardViewSql {
  private static final String STATS = ReportSummaries.REPORT_EVENTS;

  private final PeopleColumns people;
  private final Optional<String> login;
  private final Optional<String> signup;

  StandardViewSql(TrackingPlan plan) {
    this.people = new PeopleColumns(plan);
    this.login = plan.loginEvent().map(EventDef::name).map(SqlLiterals::string);
    this.signup = plan.signupEvent().map(EventDef::name).map(SqlLiterals::string);
  }

  String select(String view) {
    return switch (view) {
      case StandardViews.LOGGED_IN_USERS -> loggedInUsers();
      case StandardViews.USER_EVENT_SUMMARY -> userEventSummary();
      case StandardViews.NEW_USER_LOGIN_STATUS -> newUserLoginStatus();
      case StandardViews.LOGINS_PER_DAY -> loginsPerDay();
      default -> throw new IllegalArgumentException("not a standard view: " + view);
    };
  }

  /**
   * Ranked in a subquery over the summary alone, then joined with people: read in the rank's key order
   * ({@code "Last logged in" DESC, user_id}) with a LIMIT, PostgreSQL walks the summary's index and looks up only
   * those people, instead of joining and sorting every user first.
   */
  private String loggedInUsers() {
    return "SELECT s.\"user_id\",\n"
        + "  " + people.name() + " AS \"name\",\n"
        + "  " + people.email() + " AS \"email\",\n"
        + "  " + people.company() + " AS \"company\",\n"
        + "  s.\"last_at\" AS \"" + StandardViews.LAST_LOGGED_IN + "\",\n"
        + "  s.\"event_count\" AS \"login_count\",\n"
        + "  s.\"last_login_rank\"\n"
        + "FROM (SELECT r.\"user_id\", r.\"last_at\", r.\"event_count\",\n"
        + "    row_number() OVER (ORDER BY r.\"last_at\" DESC, r.\"user_id\") AS \"last_login_rank\"\n"
        + "  FROM " + STATS + " r\n"
        + "  WHERE " + login.map(l -> "r.\"event_name\" = " + l).orElse("false") + ") s\n"
        + "LEFT JOIN \"people\" p ON p.\"user_id\" = s.\"user_id\" COLLATE \"default\"" + people.companyJoin();
  }

  /**
   * Each user's events, and the anonymous events of every previous id that {@code aliases} gives the user (an event
   * with a user id counts for that id only). A filter on user_id reaches both parts: the events index on (user_id,
   * event_name, timestamp) and the index on aliases.user_id.
   */
  private String userEventSummary() {
    return "SELECT u.\"user_id\", u.\"event_name\", min(u.\"at\") AS \"first_at\", max(u.\"at\") AS \"last_at\","
        + " count(*) AS \"event_count\"\n"
        + "FROM (\n"
        + "  SELECT e.\"user_id\", e.\"event_name\", e.\"timestamp\" AS \"at\"\n"
        + "  FROM \"events\" e\n"
        + "  WHERE e.\"user_id\" IS NOT NULL\n"
        + "  UNION ALL\n"
        + "  SELECT a.\"user_id\", e.\"event_name\", e.\"timestamp\"\n"
        + "  FROM \"aliases\" a JOIN \"events\" e ON e.\"anonymous_id\" = a.\"previous_id\" AND e.\"user_id\" IS NULL\n"
        + ") u\n"
        + "GROUP BY u.\"user_id\", u.\"event_name\"";
  }

  /** Every person: people rows and users who sent the sign-up event without (yet) an identify call. */
  private String newUserLoginStatus() {
    String persons = signup
        .map(s -> "(SELECT \"user_id\" FROM \"people\" UNION SELECT \"user_id\" COLLATE \"default\" FROM " + STATS
            + " WHERE \"event_name\" = " + s + ")")
        .orElse("(SELECT \"user_id\" FROM \"people\")");
    StringBuilder signedUp = new StringBuilder("COALESCE(");
    signup.ifPresent(s -> signedUp.append("su.\"first_at\", "));
    people.createdAt().ifPresent(c -> signedUp.append(c).append(", "));
    signedUp.append("p.\"first_seen_at\")");
    String joins = signup.map(s -> "\nLEFT JOIN " + STATS + " su ON su.\"user_id\" = u.\"user_id\" COLLATE \"C\" AND su.\"event_name\" = " + s)
        .orElse("")
        + login.map(l -> "\nLEFT JOIN " + STATS + " li ON li.\"user_id\" = u.\"user_id\" COLLATE \"C\" AND li.\"event_name\" = " + l)
        .orElse("");
    return "SELECT u.\"user_id\",\n"
        + "  " + people.name() + " AS \"name\",\n"
        + "  " + people.email() + " AS \"email\",\n"
        + "  " + signedUp + " AS \"signed_up_at\",\n"
        + "  " + login.map(l -> "li.\"first_at\"").orElse("NULL::timestamptz") + " AS \"first_login_at\",\n"
        + "  " + login.map(l -> "li.\"last_at\"").orElse("NULL::timestamptz") + " AS \"last_login_at\",\n"
        + "  " + login.map(l -> "li.\"user_id\" IS NOT NULL").orElse("false") + " AS \"has_logged_in\"\n"
        + "FROM " + persons + " u\n"
        + "LEFT JOIN \"people\" p ON p.\"user_id\" = u.\"user_id\"" + joins;
  }

  private String loginsPerDay() {
    return "SELECT d.\"day\", d.\"logins\", d.\"users\"\n"
        + "FROM " + ReportSummaries.LOGIN_DAYS + " d";
  }
}
