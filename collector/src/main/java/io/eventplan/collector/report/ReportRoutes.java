package io.eventplan.collector.report;

import io.eventplan.collector.api.ApiException;
import io.eventplan.collector.api.ErrorCode;
import io.eventplan.collector.api.Responses;
import io.eventplan.runtime.PlanTables;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The report: the page at {@code /report} (static HTML, CSS and JS from the jar), its JSON API under
 * {@code /report/api/} and the CSV download. Every answer carries a strict Content-Security-Policy
 * and is never cached, since it holds personal data; every request needs a report key.
 */
public final class ReportRoutes {
  /** The most rows /report/api/logged-in-users returns; the CSV has them all. */
  static final int MAX_ROWS = 100_000;
  static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self';"
      + " connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final ReportAccess access;
  private final ReportQueries queries;
  private final ReportPlan plan;
  private final Responses responses;
  private final byte[] page = resource("index.html");
  private final byte[] script = resource("report.js");
  private final byte[] style = resource("report.css");

  public ReportRoutes(Collection<String> reportKeys, DataSource dataSource, PlanTables plan, Responses responses) {
    this.access = new ReportAccess(reportKeys);
    this.queries = new ReportQueries(dataSource);
    this.plan = new ReportPlan(plan);
    this.responses = responses;
  }

  /** Before every report route: security headers, then the key check. */
  public void before(Context ctx) {
    ctx.header("Content-Security-Policy", CSP);
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("X-Frame-Options", "DENY");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Cache-Control", "no-store");
    access.check(ctx);
  }

  public void page(Context ctx) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  public void script(Context ctx) {
    ctx.contentType("text/javascript; charset=utf-8").result(script);
  }

  public void style(Context ctx) {
    ctx.contentType("text/css; charset=utf-8").result(style);
  }

  /** {@code {"events": [...], "login_event": "Logged In"}}: the plan's events for the lookup. */
  public void events(Context ctx) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    ArrayNode events = body.putArray("events");
    plan.eventNames().forEach(events::add);
    body.put("login_event", plan.loginEvent().orElse(null));
    responses.json(ctx, 200, body);
  }

  /** {@code ?limit=} rows of logged_in_users, most recent login first, and how many there are. */
  public void loggedInUsers(Context ctx) throws SQLException {
    int limit = number(ctx, "limit", 1_000, 1, MAX_ROWS);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("total", plan.loginEvent().isEmpty() ? 0 : queries.loggedInCount(plan.loginEvent().get()));
    ArrayNode users = body.putArray("users");
    for (ReportQueries.LoggedInUser u : queries.loggedInUsers(limit)) {
      users.addObject().put("user_id", u.userId()).put("name", u.name()).put("email", u.email())
          .put("company", u.company()).put("Last logged in", iso(u.lastLoggedIn()))
          .put("login_count", u.loginCount()).put("last_login_rank", u.rank());
    }
    responses.json(ctx, 200, body);
  }

  /** Every row of logged_in_users as CSV, most recent login first. */
  public void loggedInUsersCsv(Context ctx) throws SQLException {
    ReportCsv csv = new ReportCsv()
        .row(List.of("user_id", "name", "email", "company", "Last logged in", "login_count", "last_login_rank"));
    for (ReportQueries.LoggedInUser u : queries.loggedInUsers(Integer.MAX_VALUE)) {
      csv.row(List.of(u.userId(), text(u.name()), text(u.email()), text(u.company()), iso(u.lastLoggedIn()),
          Long.toString(u.loginCount()), Long.toString(u.rank())));
    }
    ctx.header("Content-Disposition", "attachment; filename=\"logged_in_users.csv\"");
    ctx.contentType("text/csv; charset=utf-8").result(csv.toString());
  }

  /**
   * "Has user X done event Y?" ({@code ?user_id=&event=}), optionally with one property's value
   * ({@code &property=feature&value=csv_import}: "has X tried feature csv_import?").
   */
  public void hasDone(Context ctx) throws SQLException {
    String userId = required(ctx, "user_id");
    String event = required(ctx, "event");
    if (!plan.hasEvent(event)) {
      throw invalid("the plan has no event '" + event + "'; use one of " + plan.eventNames());
    }
    String property = ctx.queryParam("property");
    Optional<ReportQueries.Done> done;
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("user_id", userId).put("event", event);
    if (property == null || property.isEmpty()) {
      done = queries.hasDone(userId, event);
    } else {
      String column = plan.propertyColumn(event, property).orElseThrow(() -> invalid("event '" + event
          + "' has no property '" + property + "'; use one of " + plan.properties(event)));
      String value = required(ctx, "value");
      body.put("property", property).put("value", value);
      done = queries.hasDoneWith(userId, plan.view(event), column, value);
    }
    body.put("done", done.isPresent());
    body.put("count", done.map(ReportQueries.Done::count).orElse(0L));
    body.put("first_at", done.map(d -> iso(d.firstAt())).orElse(null));
    body.put("last_at", done.map(d -> iso(d.lastAt())).orElse(null));
    responses.json(ctx, 200, body);
  }

  /** "Has this new user logged in yet?" ({@code ?user_id=}), from new_user_login_status. */
  public void loginStatus(Context ctx) throws SQLException {
    String userId = required(ctx, "user_id");
    Optional<ReportQueries.LoginStatus> status = queries.loginStatus(userId);
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("user_id", userId).put("known", status.isPresent());
    body.put("has_logged_in", status.map(ReportQueries.LoginStatus::hasLoggedIn).orElse(false));
    body.put("signed_up_at", status.map(s -> iso(s.signedUpAt())).orElse(null));
    body.put("first_login_at", status.map(s -> iso(s.firstLoginAt())).orElse(null));
    body.put("last_login_at", status.map(s -> iso(s.lastLoginAt())).orElse(null));
    responses.json(ctx, 200, body);
  }

  /** Logins per UTC day over the last {@code ?days=} days (default 30); days without logins are absent. */
  public void loginsPerDay(Context ctx) throws SQLException {
    int days = number(ctx, "days", 30, 1, 366);
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("days", days);
    ArrayNode perDay = body.putArray("logins_per_day");
    List<ReportQueries.Day> rows = plan.loginEvent().isEmpty()
        ? List.of() : queries.loginsPerDay(days);
    for (ReportQueries.Day day : rows) {
      perDay.addObject().put("day", day.day()).put("logins", day.logins()).put("users", day.users());
    }
    responses.json(ctx, 200, body);
  }

  private static String required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      throw invalid("the query parameter '" + name + "' is missing");
    }
    return value;
  }

  private static int number(Context ctx, String name, int fallback, int min, int max) {
    String value = ctx.queryParam(name);
    if (value == null || value.isEmpty()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw invalid("'" + name + "' must be a whole number from " + min + " to " + max);
  }

  private static ApiException invalid(String message) {
    return new ApiException(ErrorCode.INVALID_QUERY, message);
  }

  private static String iso(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static String text(String value) {
    return value == null ? "" : value;
  }

  /** A file of the report's page, from the jar. */
  static byte[] resource(String name) {
    try (InputStream in = ReportRoutes.class.getResourceAsStream("/report/" + name)) {
      if (in == null) {
        throw new IllegalStateException("report/" + name + " is not in the collector's jar");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The paths, for the app's route table and metrics. */
  public static List<String> paths() {
    List<String> paths = new ArrayList<>(List.of("/report", "/report/report.js", "/report/report.css",
        "/report/logged-in-users.csv"));
    for (String api : List.of("events", "logged-in-users", "has-done", "login-status", "logins-per-day")) {
      paths.add("/report/api/" + api);
    }
    return paths;
  }
}
