package io.eventplan.collector.report;

import io.eventplan.collector.api.Responses;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Plan health in production: the page at {@code /report/health} and its JSON at {@code /report/api/health}, one
 * member per health view of the warehouse (docs/reports.md, "Plan health"). Mounted under {@code /report}, so the report's
 * key check and security headers apply.
 */
public final class PlanHealthRoutes {
  private final HealthQueries queries;
  private final String planName;
  private final int planVersion;
  private final Responses responses;
  private final Clock clock;
  private final byte[] page = ReportRoutes.resource("health.html");
  private final byte[] script = ReportRoutes.resource("health.js");

  public PlanHealthRoutes(DataSource dataSource, String planName, int planVersion, Responses responses, Clock clock) {
    this.queries = new HealthQueries(dataSource);
    this.planName = planName;
    this.planVersion = planVersion;
    this.responses = responses;
    this.clock = clock;
  }

  public void page(Context ctx) {
    ctx.contentType("text/html; charset=utf-8").result(page);
  }

  public void script(Context ctx) {
    ctx.contentType("text/javascript; charset=utf-8").result(script);
  }

  /** {@code {"plan": {"name", "version"}, "generated_at", "plan_health": [...], ...}}. */
  public void health(Context ctx) throws SQLException {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.putObject("plan").put("name", planName).put("version", planVersion);
    body.put("generated_at", clock.instant().toString());
    body.setAll(queries.all());
    responses.json(ctx, 200, body);
  }

  /** The paths, for the app's route table and metrics. */
  public static List<String> paths() {
    return List.of("/report/health", "/report/health.js", "/report/api/health");
  }
}
