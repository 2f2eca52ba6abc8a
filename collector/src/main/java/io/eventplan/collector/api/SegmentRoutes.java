package io.eventplan.collector.api;

import io.eventplan.collector.config.Limits;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.collector.segment.SegmentJson;
import io.javalin.http.Context;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import tools.jackson.databind.JsonNode;

/**
 * What Segment's browser library asks of its servers besides the calls: its settings
 * ({@code GET /v1/projects/{writeKey}/settings}, also without {@code /v1}: see {@link SettingsDocument}) and
 * its telemetry ({@code POST /v1/m}), which is counted in /metrics and not stored.
 */
public final class SegmentRoutes {
  /** Browsers and CDNs may keep the settings this long; a changed write key list shows within it. */
  static final int SETTINGS_MAX_AGE_SECONDS = 300;

  private final SettingsDocument settings;
  private final SegmentJson json;
  private final Limits limits;
  private final CollectorMetrics metrics;
  private final Responses responses;
  private final RateLimiter rateLimiter;
  private final ClientAddress clientAddress;

  public SegmentRoutes(SettingsDocument settings, SegmentJson json, Limits limits, CollectorMetrics metrics,
      Responses responses, RateLimiter rateLimiter, ClientAddress clientAddress) {
    this.settings = settings;
    this.json = json;
    this.limits = limits;
    this.metrics = metrics;
    this.responses = responses;
    this.rateLimiter = rateLimiter;
    this.clientAddress = clientAddress;
  }

  /** analytics-next's settings for a write key this collector accepts; 404 for any other key. */
  public void settings(Context ctx) {
    rateLimiter.admit(clientAddress.of(ctx));
    String writeKey = ctx.pathParam("writeKey");
    if (!settings.knows(writeKey)) {
      responses.error(ctx, ErrorCode.NOT_FOUND, "no source has this write key; give analytics-next a key of"
          + " EVENTPLAN_WRITE_KEYS as its writeKey");
      return;
    }
    byte[] body = settings.json(writeKey, settings.endpoint(ctx.scheme(), ctx.host(), ctx::header));
    String etag = "\"" + HexFormat.of().formatHex(sha256(body), 0, 16) + "\"";
    ctx.header("Cache-Control", "public, max-age=" + SETTINGS_MAX_AGE_SECONDS);
    ctx.header("ETag", etag);
    // the document follows the origin (CORS) and, unless configured, the host the request names
    ctx.header("Vary", settings.configured() ? "Origin"
        : "Origin, Host, X-Forwarded-Proto, X-Forwarded-Host, X-Forwarded-Prefix, Forwarded");
    if (etag.equals(ctx.header("If-None-Match"))) {
      ctx.status(304);
      return;
    }
    ctx.status(200);
    ctx.contentType("application/json");
    ctx.result(body);
  }

  /** analytics-next's telemetry ({@code {"series": [...]}}): counted, not stored; no write key is sent with it. */
  public void telemetry(Context ctx) {
    rateLimiter.admit(clientAddress.of(ctx));
    BodyReader.requireSupportedType(ctx);
    JsonNode report = json.parse(BodyReader.read(ctx, limits.maxEventBytes(), "telemetry report",
        limits.bodyTimeout()));
    JsonNode series = report.path("series");
    metrics.telemetry(series.isArray() ? series.size() : 0);
    responses.json(ctx, 200, Responses.success());
  }

  private static byte[] sha256(byte[] bytes) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(bytes);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
