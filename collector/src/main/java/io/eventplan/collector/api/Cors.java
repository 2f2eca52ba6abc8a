package io.eventplan.collector.api;

import io.javalin.http.Context;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CORS for the event API with an allowlist of origins. A browser request from an allowed origin
 * gets its origin echoed back and may read Retry-After; a preflight from one is allowed every header
 * Segment's browser library sends ({@value #ALLOWED_HEADERS}) and any other header it asks for (a page may
 * add its own through analytics-next's delivery options); any request from another origin is refused with
 * 403. Requests without an Origin header (servers, curl) are not affected. No credentials are involved.
 */
public final class Cors {
  /** Authorization (the write key), X-Retry-Count (analytics-next's retries), and what a page may set. */
  static final String ALLOWED_HEADERS = "Authorization, Content-Type, Content-Encoding, X-Retry-Count";

  /** At most this many more headers named in one preflight are allowed; more are not a real client. */
  private static final int MOST_REQUESTED_HEADERS = 20;
  /** An HTTP header name (RFC 9110 token). */
  private static final Pattern HEADER_NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]{1,64}");

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
    // analytics-next waits as long as a 429's Retry-After says, if the page may read it
    ctx.header("Access-Control-Expose-Headers", "Retry-After");
  }

  /** Answers a preflight (OPTIONS) request. */
  public void preflight(Context ctx) {
    if (ctx.header("Origin") == null) {
      responses.error(ctx, ErrorCode.METHOD_NOT_ALLOWED, "OPTIONS is only for CORS preflight requests");
      return;
    }
    ctx.header("Vary", "Origin, Access-Control-Request-Headers");
    ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
    ctx.header("Access-Control-Allow-Headers", allowedHeaders(ctx.header("Access-Control-Request-Headers")));
    ctx.header("Access-Control-Max-Age", "600");
    ctx.status(204);
  }

  /** The usual headers, and those the preflight asks for that are header names. */
  static String allowedHeaders(String requested) {
    Set<String> headers = new LinkedHashSet<>(List.of(ALLOWED_HEADERS.split(", ")));
    Set<String> known = new LinkedHashSet<>();
    headers.forEach(h -> known.add(h.toLowerCase(Locale.ROOT)));
    if (requested != null) {
      int added = 0;
      for (String name : requested.split(",")) {
        String header = name.trim().toLowerCase(Locale.ROOT);
        if (HEADER_NAME.matcher(header).matches() && known.add(header) && added++ < MOST_REQUESTED_HEADERS) {
          headers.add(header);
        }
      }
    }
    return String.join(", ", headers);
  }

  boolean isAllowed(String origin) {
    return anyOrigin || allowed.contains(origin.trim().toLowerCase(Locale.ROOT));
  }
}
