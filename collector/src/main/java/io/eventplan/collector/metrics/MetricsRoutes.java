package io.eventplan.collector.metrics;

import io.javalin.http.Context;

/** {@code GET /metrics}: every meter in the Prometheus text format. */
public final class MetricsRoutes {
  private final CollectorMetrics metrics;

  public MetricsRoutes(CollectorMetrics metrics) {
    this.metrics = metrics;
  }

  public void scrape(Context ctx) {
    ctx.contentType("text/plain; version=0.0.4; charset=utf-8");
    ctx.result(metrics.scrape());
  }
}
