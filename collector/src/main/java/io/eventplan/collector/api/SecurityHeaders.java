package io.eventplan.collector.api;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * Response headers that tell browsers to trust nothing they did not ask for: no MIME sniffing, no
 * framing, no referrer leaking, and for HTML a Content-Security-Policy that allows only the page's
 * own scripts, styles and requests (no inline script, no eval).
 */
public final class SecurityHeaders {
  /** For the demo page: scripts, styles and fetches only from the collector's own origin. */
  public static final String HTML_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; font-src 'self'; form-action 'self'; base-uri 'none'; "
      + "frame-ancestors 'none'";
  /** For JSON and text answers: nothing may run or load. */
  public static final String API_POLICY = "default-src 'none'; frame-ancestors 'none'";

  private SecurityHeaders() {}

  /**
   * The headers of every static file of the demo site (HTML, JavaScript, CSS). When the page sends
   * its events to another collector ({@code EVENTPLAN_DEMO_EVENTS_URL}), that origin may be fetched too.
   */
  public static Map<String, String> forStaticFiles(Optional<String> eventsEndpoint) {
    return Map.of("Cache-Control", "no-cache", "Content-Security-Policy", htmlPolicy(eventsEndpoint),
        "X-Content-Type-Options", "nosniff", "Referrer-Policy", "no-referrer", "X-Frame-Options", "DENY");
  }

  /** {@link #HTML_POLICY}, with the events endpoint's origin added to connect-src when there is one. */
  public static String htmlPolicy(Optional<String> eventsEndpoint) {
    return eventsEndpoint.map(URI::create)
        .map(uri -> HTML_POLICY.replace("connect-src 'self'",
            "connect-src 'self' " + uri.getScheme() + "://" + uri.getRawAuthority()))
        .orElse(HTML_POLICY);
  }

  /** Runs before every route: the API's answers are data, never a document. */
  public static void apply(Context ctx) {
    ctx.header("X-Content-Type-Options", "nosniff");
    ctx.header("Referrer-Policy", "no-referrer");
    ctx.header("Content-Security-Policy", API_POLICY);
  }
}
