package io.eventplan.codegen.warehouse;

import io.eventplan.codegen.reporting.StandardViews;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.TrackingPlan;
import java.util.Optional;

/**
 * The SELECT of each standard report view ({@link StandardViews}), over {@link UserEventStats} for the
 * per-user questions (with {@code aliases} for the user's anonymous events) and {@code events} for logins
 * per day. A view whose event the plan lacks keeps
 * its columns and returns no rows.
 */
final class StandardViewSql {
  private static final String STATS = UserEventStats.TABLE;

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

  private String loggedInUsers() {
    return "SELECT s.\"user_id\",\n"
        + "  " + people.name() + " AS \"name\",\n"
        + "  " + people.email() + " AS \"email\",\n"
        + "  " + people.company() + " AS \"company\",\n"
        + "  s.\"last_at\" AS \"" + StandardViews.LAST_LOGGED_IN + "\",\n"
        + "  s.\"event_count\" AS \"login_count\",\n"
        + "  row_number() OVER (ORDER BY s.\"last_at\" DESC, s.\"user_id\") AS \"last_login_rank\"\n"
        + "FROM " + STATS + " s\n"
        + "LEFT JOIN \"people\" p ON p.\"user_id\" = s.\"user_id\"" + people.companyJoin() + "\n"
        + "WHERE " + login.map(l -> "s.\"event_name\" = " + l).orElse("false");
  }

  /**
   * The summary of each user's events, and of the anonymous events of every previous id that
   * {@code aliases} gives the user (an event with a user id counts for that id only). A filter on
   * user_id reaches both parts, through the summary's key and the index on aliases.user_id.
   */
  private String userEventSummary() {
    return "SELECT u.\"user_id\", u.\"event_name\", min(u.\"first_at\") AS \"first_at\","
        + " max(u.\"last_at\") AS \"last_at\", sum(u.\"event_count\")::bigint AS \"event_count\"\n"
        + "FROM (\n"
        + "  SELECT s.\"user_id\", s.\"event_name\", s.\"first_at\", s.\"last_at\", s.\"event_count\"\n"
        + "  FROM " + STATS + " s\n"
        + "  UNION ALL\n"
        + "  SELECT a.\"user_id\", e.\"event_name\", e.\"timestamp\", e.\"timestamp\", 1::bigint\n"
        + "  FROM \"aliases\" a JOIN \"events\" e ON e.\"anonymous_id\" = a.\"previous_id\" AND e.\"user_id\" IS NULL\n"
        + ") u\n"
        + "GROUP BY u.\"user_id\", u.\"event_name\"";
  }

  /** Every person: people rows and users who sent the sign-up event without (yet) an identify call. */
  private String newUserLoginStatus() {
    String persons = signup
        .map(s -> "(SELECT \"user_id\" FROM \"people\" UNION SELECT \"user_id\" FROM " + STATS
            + " WHERE \"event_name\" = " + s + ")")
        .orElse("(SELECT \"user_id\" FROM \"people\")");
    StringBuilder signedUp = new StringBuilder("COALESCE(");
    signup.ifPresent(s -> signedUp.append("su.\"first_at\", "));
    people.createdAt().ifPresent(c -> signedUp.append(c).append(", "));
    signedUp.append("p.\"first_seen_at\")");
    String joins = signup.map(s -> "\nLEFT JOIN " + STATS + " su ON su.\"user_id\" = u.\"user_id\" AND su.\"event_name\" = " + s)
        .orElse("")
        + login.map(l -> "\nLEFT JOIN " + STATS + " li ON li.\"user_id\" = u.\"user_id\" AND li.\"event_name\" = " + l)
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
    if (login.isEmpty()) {
      return "SELECT NULL::date AS \"day\", 0::bigint AS \"logins\", 0::bigint AS \"users\"\nWHERE false";
    }
    return "SELECT (e.\"timestamp\" AT TIME ZONE 'UTC')::date AS \"day\", count(*) AS \"logins\","
        + " count(DISTINCT e.\"user_id\") AS \"users\"\n"
        + "FROM \"events\" e\n"
        + "WHERE e.\"event_name\" = " + login.get() + "\n"
        + "GROUP BY 1";
  }
}
