package io.eventplan.collector.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CORS for the event API with an allowlist of origins. A browser request from an allowed origin
 * gets its origin echoed back; a preflight from one gets the methods and headers Segment's browser
 * library uses; any request from another origin is refused with 403. Requests without an Origin
 * header (servers, curl) are not affected.
 */
public final class Cors {
  private final Set<String> allowed;
  private final boolean anyOrigin;
  private final Responses responses;

  public Cors(List<String> allowedOrigins, Responses responses) {
    this.allowed = Set.copyOf(allowedOrigins);
    this.anyOrigin = allowed.contains("*");
    this.responses = responses;
  }

  /** Runs before every /v1 request: marks allowed origins, refuses others. */
  public void before(Context ctx) {
    String origin = ctx.header("Origin");
    if (origin == null) {
      return;
    }
    ctx.header("Vary", "Origin");
    if (!isAllowed(origin)) {
      throw new ApiException(ErrorCode.ORIGIN_NOT_ALLOWED,
          "origin " + origin + " is not allowed; add it to EVENTPLAN_ALLOWED_ORIGINS");
    }
    ctx.header("Access-Control-Allow-Origin", origin);
  }

  /** Answers a preflight (OPTIONS) request. */
  public void preflight(Context ctx) {
    if (ctx.header("Origin") == null) {
      responses.error(ctx, ErrorCode.METHOD_NOT_ALLOWED, "OPTIONS is only for CORS preflight requests");
      return;
    }
    ctx.header("Access-Control-Allow-Methods", "POST, OPTIONS");
    ctx.header("Access-Control-Allow-Headers", "Authorization, Content-Type");
    ctx.header("Access-Control-Max-Age", "600");
    ctx.status(204);
  }

  boolean isAllowed(String origin) {
    return anyOrigin || allowed.contains(origin.trim().toLowerCase(Locale.ROOT));
  }
}
