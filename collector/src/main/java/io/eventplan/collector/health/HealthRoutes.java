package io.eventplan.collector.health;

import io.eventplan.collector.api.Responses;
import io.eventplan.collector.db.DatabaseStatus;
import io.javalin.http.Context;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /health/live}: the process serves HTTP (200). {@code GET /health/ready}: the database
 * answers and the migrations are applied (200), or 503 with what is missing and Retry-After, so a
 * load balancer sends traffic elsewhere.
 */
public final class HealthRoutes {
  private final DatabaseStatus status;
  private final Responses responses;

  public HealthRoutes(DatabaseStatus status, Responses responses) {
    this.status = status;
    this.responses = responses;
  }

  public void live(Context ctx) {
    responses.json(ctx, 200, JsonNodeFactory.instance.objectNode().put("status", "up"));
  }

  public void ready(Context ctx) {
    boolean ready = status.ready();
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", ready ? "up" : "down");
    ObjectNode checks = body.putObject("checks");
    checks.put("database", status.reachable() ? "up" : "down");
    checks.put("migrations", status.migrated() ? "applied" : "pending");
    if (!ready) {
      ctx.header("Retry-After", Integer.toString(Responses.RETRY_AFTER_SECONDS));
    }
    responses.json(ctx, ready ? 200 : 503, body);
  }
}
