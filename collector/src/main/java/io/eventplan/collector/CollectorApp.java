package io.eventplan.collector;

import io.eventplan.collector.api.ApiException;
import io.eventplan.collector.api.Cors;
import io.eventplan.collector.api.ErrorCode;
import io.eventplan.collector.api.IngestRoutes;
import io.eventplan.collector.api.ReplayRoutes;
import io.eventplan.collector.api.Responses;
import io.eventplan.collector.api.SegmentRoutes;
import io.eventplan.collector.api.SecurityHeaders;
import io.eventplan.collector.config.Limits;
import io.eventplan.collector.demo.DemoLoginRoutes;
import io.eventplan.collector.demo.DemoSite;
import io.eventplan.collector.health.HealthRoutes;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.collector.metrics.MetricsRoutes;
import io.eventplan.collector.report.PlanHealthRoutes;
import io.eventplan.collector.report.ReportRoutes;
import io.eventplan.collector.segment.MalformedJsonException;
import io.eventplan.collector.segment.MessageType;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collector's HTTP app, built from its dependencies and nothing else: a function from
 * {@link Routes} to a Javalin server that is not started yet.
 */
public final class CollectorApp {
  private static final Logger LOG = LoggerFactory.getLogger(CollectorApp.class);

  private static final Set<String> ROUTES = routes();

  private CollectorApp() {}

  /** What the app serves. */
  public record Routes(
      IngestRoutes ingest, SegmentRoutes segment, HealthRoutes health, MetricsRoutes metrics, Cors cors,
      Responses responses, CollectorMetrics meters, Optional<DemoSite> demo, Optional<ReportRoutes> report,
      Optional<PlanHealthRoutes> planHealth, Optional<ReplayRoutes> replay, Limits limits) {}

  /** How request metrics name the settings route, whatever the write key in its path. */
  static final String SETTINGS_ROUTE = "/v1/projects/{writeKey}/settings";

  public static Javalin create(Routes routes) {
    return Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.http.prefer405over404 = true;
      config.requestLogger.http((ctx, millis) -> routes.meters().request(route(ctx), ctx.statusCode(),
          Duration.ofNanos((long) (millis * 1_000_000))));

      config.jetty.modifyServer(server -> idleTimeout(server, routes.limits().idleTimeout()));
      config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(routes.limits().idleTimeout().toMillis()));
      config.routes.before(SecurityHeaders::apply);
      config.routes.before("/v1/*", routes.cors()::before);
      config.routes.before("/projects/*", routes.cors()::before);
      for (MessageType type : MessageType.values()) {
        // analytics.js (analytics-next) sends to the one-letter aliases
        for (String path : List.of("/v1/" + type.wireName(), "/v1/" + type.wireName().charAt(0))) {
          config.routes.post(path, routes.ingest().single(type));
          config.routes.options(path, routes.cors()::preflight);
        }
      }
      // analytics-java posts its batches to /v1/import/ (trailing slashes are ignored)
      for (String path : List.of("/v1/batch", "/v1/b", "/v1/import")) {
        config.routes.post(path, routes.ingest().batch());
        config.routes.options(path, routes.cors()::preflight);
      }
      config.routes.post("/v1/m", routes.segment()::telemetry);
      config.routes.options("/v1/m", routes.cors()::preflight);
      for (String path : List.of(SETTINGS_ROUTE, "/projects/{writeKey}/settings")) {
        config.routes.get(path, routes.segment()::settings);
      }
      config.routes.get("/health/live", routes.health()::live);
      config.routes.get("/health/ready", routes.health()::ready);
      config.routes.get("/metrics", routes.metrics()::scrape);
      routes.demo().ifPresent(site -> {
        DemoLoginRoutes demo = new DemoLoginRoutes(site);
        config.routes.post("/demo/login", demo::login);
        config.routes.get("/demo/config.json", demo::config);
        config.staticFiles.add(files -> {
          files.hostedPath = "/";
          files.directory = site.directory().toAbsolutePath().toString();
          files.location = Location.EXTERNAL;
          files.headers = SecurityHeaders.forStaticFiles(site.eventsEndpoint());
        });
      });

      routes.report().ifPresent(report -> {
        config.routes.before("/report", report::before);
        config.routes.before("/report/*", report::before);
        config.routes.get("/report", report::page);
        config.routes.get("/report/report.js", report::script);
        config.routes.get("/report/report.css", report::style);
        config.routes.get("/report/logged-in-users.csv", report::loggedInUsersCsv);
        config.routes.get("/report/api/events", report::events);
        config.routes.get("/report/api/logged-in-users", report::loggedInUsers);
        config.routes.get("/report/api/has-done", report::hasDone);
        config.routes.get("/report/api/login-status", report::loginStatus);
        config.routes.get("/report/api/logins-per-day", report::loginsPerDay);
      });
      routes.planHealth().ifPresent(health -> {
        // under /report: the report's before-handler checks the key and sets the headers
        config.routes.get("/report/health", health::page);
        config.routes.get("/report/health.js", health::script);
        config.routes.get("/report/api/health", health::health);
      });

      routes.replay().ifPresent(replay -> {
        config.routes.before("/admin/*", replay::before);
        config.routes.post("/admin/replay", replay::replay);
      });

      Responses responses = routes.responses();
      config.routes.exception(ApiException.class, (e, ctx) -> responses.error(ctx, e));
      config.routes.exception(MalformedJsonException.class,
          (e, ctx) -> responses.error(ctx, ErrorCode.MALFORMED_JSON, "the body is not valid JSON: " + e.getMessage()));
      config.routes.exception(Exception.class, (e, ctx) -> {
        LOG.error("Request {} {} failed", ctx.method(), ctx.path(), e);
        responses.error(ctx, ErrorCode.INTERNAL_ERROR, "the request failed");
      });
      // a handler's own 404 (settings of an unknown write key) keeps its answer
      config.routes.error(404, ctx -> {
        if (ctx.attribute(Responses.ANSWERED) == null) {
          responses.error(ctx, ErrorCode.NOT_FOUND, "no such endpoint: " + ctx.path());
        }
      });
      config.routes.error(405, ctx -> responses.error(ctx, ErrorCode.METHOD_NOT_ALLOWED,
          ctx.method() + " is not allowed on " + ctx.path()));
    });
  }

  private static Set<String> routes() {
    Set<String> routes = new HashSet<>(Set.of("/v1/batch", "/v1/b", "/v1/import", "/v1/m", "/health/live",
        "/health/ready", "/metrics", "/demo/login", "/demo/config.json"));
    for (MessageType type : MessageType.values()) {
      routes.add("/v1/" + type.wireName());
      routes.add("/v1/" + type.wireName().charAt(0));
    }
    routes.addAll(ReportRoutes.paths());
    routes.addAll(PlanHealthRoutes.paths());
    routes.addAll(ReplayRoutes.paths());
    return Set.copyOf(routes);
  }

  /** Connections idle (no bytes either way) for longer than {@code timeout} are closed. */
  private static void idleTimeout(Server server, Duration timeout) {
    for (Connector connector : server.getConnectors()) {
      if (connector instanceof AbstractConnector) {
        ((AbstractConnector) connector).setIdleTimeout(timeout.toMillis());
      }
    }
  }

  /** The route for metrics tags: known paths by name (a trailing slash ignored), anything else as one value. */
  private static String route(Context ctx) {
    String path = ctx.path().length() > 1 && ctx.path().endsWith("/")
        ? ctx.path().substring(0, ctx.path().length() - 1) : ctx.path();
    if (ROUTES.contains(path)) {
      return path;
    }
    return path.matches("(/v1)?/projects/[^/]+/settings") ? SETTINGS_ROUTE : "other";
  }
}
