package io.eventplan.collector.health;

import io.eventplan.collector.api.Responses;
import io.javalin.http.Context;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code GET /health/live}: the process serves HTTP (200). {@code GET /health/ready}: what the process needs is
 * there ({@link Readiness}: the database and its migrations, or Kafka in Kafka mode) (200), or 503 with what is
 * missing and Retry-After, so a load balancer sends traffic elsewhere.
 */
public final class HealthRoutes {
  private final Readiness readiness;
  private final Responses responses;

  public HealthRoutes(Readiness readiness, Responses responses) {
    this.readiness = readiness;
    this.responses = responses;
  }

  public void live(Context ctx) {
    responses.json(ctx, 200, JsonNodeFactory.instance.objectNode().put("status", "up"));
  }

  public void ready(Context ctx) {
    boolean ready = readiness.ready();
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("status", ready ? "up" : "down");
    readiness.describe(body.putObject("checks"));
    if (!ready) {
      ctx.header("Retry-After", Integer.toString(Responses.RETRY_AFTER_SECONDS));
    }
    responses.json(ctx, ready ? 200 : 503, body);
  }
}
