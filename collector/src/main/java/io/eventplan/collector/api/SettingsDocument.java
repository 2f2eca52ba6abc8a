package io.eventplan.collector.api;

import io.eventplan.collector.auth.WriteKeys;
import java.net.URI;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The settings Segment's browser library, analytics-next, loads from its CDN ({@code cdnURL}) before it
 * sends anything: only {@code integrations["Segment.io"]}, pointing the library at this collector (its
 * {@code apiKey}, {@code apiHost} and {@code protocol}), no other integration, no remote plugin, no edge
 * function or middleware (each would make the browser download code from Segment's CDN), and the
 * library's own telemetry ({@code metrics}) pointed here too. Where the collector is: the configured
 * public URL, else the settings request's host and forwarded headers.
 */
public final class SettingsDocument {
  /**
   * Telemetry sampled like Segment's own settings do. analytics-next 1.84.3 sends it over https whatever
   * the settings say, so a collector reached over plain http turns it off rather than have it fail.
   */
  static final double HTTPS_SAMPLE_RATE = 0.1;

  private static final Pattern HOST = Pattern.compile("([A-Za-z0-9.\\-]+|\\[[0-9A-Fa-f:.]+\\])(:\\d{1,5})?");
  private static final Pattern PREFIX = Pattern.compile("(/[A-Za-z0-9._~\\-]+)*");

  private final WriteKeys keys;
  private final Optional<URI> publicUrl;
  private final JsonMapper mapper;

  public SettingsDocument(WriteKeys keys, Optional<URI> publicUrl, JsonMapper mapper) {
    this.keys = keys;
    this.publicUrl = publicUrl;
    this.mapper = mapper;
  }

  /**
   * Where browsers reach the collector: {@code protocol} (http or https) and {@code host}, which is host[:port]
   * and a path prefix, without scheme, as analytics-next wants its apiHost before {@code /v1}.
   */
  public record Endpoint(String protocol, String host) {
    /** analytics-next posts to {@code protocol://apiHost/t} and the like. */
    public String apiHost() {
      return host + "/v1";
    }
  }

  public boolean knows(String writeKey) {
    return keys.accepts(writeKey);
  }

  /** Whether the endpoint is configured, so that it does not depend on the request's headers. */
  public boolean configured() {
    return publicUrl.isPresent();
  }

  /**
   * The configured endpoint, else the request's: {@code X-Forwarded-Proto} and {@code X-Forwarded-Host}
   * (or RFC 7239 {@code Forwarded}) set by a reverse proxy, {@code X-Forwarded-Prefix} for its path, and
   * otherwise the request's own scheme and {@code Host}. Malformed forwarded values are ignored.
   *
   * @param header the request's headers by name
   */
  public Endpoint endpoint(String scheme, String host, UnaryOperator<String> header) {
    if (publicUrl.isPresent()) {
      URI url = publicUrl.get();
      return new Endpoint(url.getScheme().toLowerCase(java.util.Locale.ROOT),
          url.getRawAuthority() + (url.getRawPath() == null ? "" : url.getRawPath()));
    }
    String forwarded = header.apply("Forwarded");
    String protocol = first(header.apply("X-Forwarded-Proto"));
    if (protocol == null) {
      protocol = forwardedParameter(forwarded, "proto");
    }
    if (protocol == null || !protocol.matches("(?i)https?")) {
      protocol = scheme;
    }
    String forwardedHost = first(header.apply("X-Forwarded-Host"));
    if (forwardedHost == null) {
      forwardedHost = forwardedParameter(forwarded, "host");
    }
    String name = forwardedHost != null && HOST.matcher(forwardedHost).matches() ? forwardedHost : host;
    String prefix = first(header.apply("X-Forwarded-Prefix"));
    prefix = prefix != null && PREFIX.matcher(prefix.replaceAll("/+$", "")).matches() ? prefix.replaceAll("/+$", "") : "";
    return new Endpoint(protocol.toLowerCase(java.util.Locale.ROOT), name + prefix);
  }

  /** The settings for {@code writeKey}, a key this collector accepts, as JSON. */
  public byte[] json(String writeKey, Endpoint endpoint) {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode settings = nodes.objectNode();
    ObjectNode segment = settings.putObject("integrations").putObject("Segment.io");
    segment.put("apiKey", writeKey);
    segment.put("apiHost", endpoint.apiHost());
    segment.put("protocol", endpoint.protocol());
    ObjectNode metrics = settings.putObject("metrics");
    metrics.put("host", endpoint.apiHost());
    metrics.put("sampleRate", endpoint.protocol().equals("https") ? HTTPS_SAMPLE_RATE : 0);
    settings.putObject("plan");
    settings.putObject("edgeFunction");
    settings.put("analyticsNextEnabled", true);
    settings.putObject("middlewareSettings");
    settings.putObject("enabledMiddleware");
    settings.putArray("remotePlugins");
    return mapper.writeValueAsBytes(settings);
  }

  /** The first of a comma-separated header's values (the one the outermost proxy set), or null. */
  private static String first(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String first = value.split(",", 2)[0].trim();
    return first.isEmpty() ? null : first;
  }

  /** {@code name=value} of the first element of an RFC 7239 Forwarded header, unquoted; or null. */
  private static String forwardedParameter(String forwarded, String name) {
    String element = first(forwarded);
    if (element == null) {
      return null;
    }
    for (String pair : element.split(";")) {
      String[] parts = pair.trim().split("=", 2);
      if (parts.length == 2 && parts[0].trim().equalsIgnoreCase(name)) {
        String value = parts[1].trim();
        return value.startsWith("\"") && value.endsWith("\"") && value.length() >= 2
            ? value.substring(1, value.length() - 1) : value;
      }
    }
    return null;
  }
}
