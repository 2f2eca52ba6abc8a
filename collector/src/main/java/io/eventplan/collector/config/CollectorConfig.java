package io.eventplan.collector.config;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the collector can be told from outside, read from environment variables. Every
 * variable has a documented default (docs/collector.md); every mistake is reported at once.
 *
 * @param port HTTP port ({@code EVENTPLAN_PORT}, default 8080; 0 picks a free port)
 * @param database an external PostgreSQL ({@code EVENTPLAN_DB_URL}, {@code _USER}, {@code _PASSWORD});
 *     empty: an embedded PostgreSQL 17 keeps its data under {@code embeddedDataDirectory}
 * @param embeddedDataDirectory data directory of the embedded PostgreSQL ({@code EVENTPLAN_DATA_DIR}, default
 *     {@code .eventplan/pgdata})
 * @param embeddedPort port of the embedded PostgreSQL ({@code EVENTPLAN_EMBEDDED_DB_PORT}, default 5433)
 * @param writeKeys accepted write keys ({@code EVENTPLAN_WRITE_KEYS}, comma-separated); none: every
 *     request is refused with 401
 * @param allowedOrigins browser origins allowed by CORS ({@code EVENTPLAN_ALLOWED_ORIGINS},
 *     comma-separated, e.g. {@code https://app.example.com}; {@code *} allows any origin)
 * @param rateLimit requests per second and burst per client address ({@code EVENTPLAN_RATE_LIMIT},
 *     {@code EVENTPLAN_RATE_BURST}, {@code EVENTPLAN_TRUST_FORWARDED_FOR}); on by default
 * @param demoSite the built demo login page ({@code EVENTPLAN_DEMO_SITE}, a directory); when set, the
 *     collector serves it at / together with POST /demo/login
 * @param demoEventsEndpoint where the demo page sends its events ({@code EVENTPLAN_DEMO_EVENTS_URL}, the base URL of
 *     another collector, e.g. {@code http://localhost:8081}); empty: to this collector, the page's own origin
 * @param reportKeys keys that may read the report at /report ({@code EVENTPLAN_REPORT_KEYS},
 *     comma-separated; HTTP Basic password); none: the report is off
 * @param planBundle the plan to serve ({@code EVENTPLAN_PLAN_BUNDLE}, a plan bundle jar made by the plugin's
 *     {@code bundle} goal, or a directory of the same layout); empty: the one plan on the class path
 * @param publicUrl the URL browsers reach this collector at ({@code EVENTPLAN_PUBLIC_URL}, e.g.
 *     {@code https://events.example.com}), which the analytics-next settings name; empty: taken from each
 *     settings request's Host and forwarded headers
 * @param adminKeys keys that may replay refused events ({@code EVENTPLAN_ADMIN_KEYS}, comma-separated; HTTP Basic
 *     password, POST /admin/replay); none: no admin routes
 */
public record CollectorConfig(
    int port,
    Optional<DatabaseSettings> database,
    Path embeddedDataDirectory,
    int embeddedPort,
    List<String> writeKeys,
    List<String> allowedOrigins,
    RateLimit rateLimit,
    Optional<Path> demoSite,
    Optional<String> demoEventsEndpoint,
    List<String> reportKeys,
    Optional<Path> planBundle,
    Optional<URI> publicUrl,
    List<String> adminKeys) {

  public static final int DEFAULT_PORT = 8080;
  public static final int DEFAULT_EMBEDDED_PORT = 5433;
  public static final Path DEFAULT_EMBEDDED_DATA_DIRECTORY = Path.of(".eventplan", "pgdata");

  public CollectorConfig {
    writeKeys = List.copyOf(writeKeys);
    allowedOrigins = List.copyOf(allowedOrigins);
    reportKeys = List.copyOf(reportKeys);
    adminKeys = List.copyOf(adminKeys);
  }

  /** Reads the configuration from {@code env} (normally {@link System#getenv()}). */
  public static CollectorConfig fromEnvironment(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    int port = port(env, "EVENTPLAN_PORT", DEFAULT_PORT, problems);
    int embeddedPort = port(env, "EVENTPLAN_EMBEDDED_DB_PORT", DEFAULT_EMBEDDED_PORT, problems);
    Optional<DatabaseSettings> database = database(env, problems);
    List<String> writeKeys = list(env.get("EVENTPLAN_WRITE_KEYS"));
    List<String> origins = list(env.get("EVENTPLAN_ALLOWED_ORIGINS"));
    for (String origin : origins) {
      if (!origin.equals("*") && !origin.matches("(?i)https?://[^/\\s?#]+")) {
        problems.add("EVENTPLAN_ALLOWED_ORIGINS: '" + origin
            + "' is not an origin; write scheme://host[:port] without a path, e.g. https://app.example.com");
      }
    }
    RateLimit rateLimit = rateLimit(env, problems);
    Optional<Path> demoSite = Optional.ofNullable(env.get("EVENTPLAN_DEMO_SITE")).filter(v -> !v.isBlank())
        .map(Path::of);
    if (demoSite.isPresent() && !java.nio.file.Files.isRegularFile(demoSite.get().resolve("index.html"))) {
      problems.add("EVENTPLAN_DEMO_SITE: " + demoSite.get() + " has no index.html; build login-frontend first");
    }
    Optional<String> demoEventsEndpoint = Optional.ofNullable(blankToNull(env.get("EVENTPLAN_DEMO_EVENTS_URL")));
    if (demoEventsEndpoint.isPresent() && !demoEventsEndpoint.get().matches("(?i)https?://[a-z0-9.\\-\\[\\]:]+")) {
      problems.add("EVENTPLAN_DEMO_EVENTS_URL: '" + demoEventsEndpoint.get()
          + "' is not the base URL of a collector; write scheme://host[:port] without a path, e.g. http://localhost:8081");
    }
    Optional<Path> planBundle = Optional.ofNullable(blankToNull(env.get("EVENTPLAN_PLAN_BUNDLE"))).map(Path::of);
    if (planBundle.isPresent() && !java.nio.file.Files.exists(planBundle.get())) {
      problems.add("EVENTPLAN_PLAN_BUNDLE: " + planBundle.get().toAbsolutePath() + " does not exist; name the plan"
          + " bundle jar that `mvn package` attaches (<artifactId>-<version>-eventplan.jar, goal eventplan:bundle)");
    }
    Optional<URI> publicUrl = publicUrl(blankToNull(env.get("EVENTPLAN_PUBLIC_URL")), problems);
    Path dataDirectory = Optional.ofNullable(blankToNull(env.get("EVENTPLAN_DATA_DIR"))).map(Path::of)
        .orElse(DEFAULT_EMBEDDED_DATA_DIRECTORY);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new CollectorConfig(port, database, dataDirectory, embeddedPort, writeKeys,
        origins.stream().map(o -> o.toLowerCase(Locale.ROOT)).toList(), rateLimit, demoSite, demoEventsEndpoint,
        list(env.get("EVENTPLAN_REPORT_KEYS")), planBundle, publicUrl, list(env.get("EVENTPLAN_ADMIN_KEYS")));
  }

  /** scheme://host[:port][/path], without query or fragment; the path (a proxy's prefix) loses a trailing '/'. */
  private static Optional<URI> publicUrl(String value, List<String> problems) {
    if (value == null) {
      return Optional.empty();
    }
    if (!value.matches("(?i)https?://[a-z0-9.\\-]+(:\\d{1,5})?(/[A-Za-z0-9._~\\-/]*)?")) {
      problems.add("EVENTPLAN_PUBLIC_URL: '" + value + "' is not the URL browsers reach the collector at; write"
          + " scheme://host[:port] with at most a path, e.g. https://events.example.com");
      return Optional.empty();
    }
    return Optional.of(URI.create(value.replaceAll("/+$", "")));
  }

  private static RateLimit rateLimit(Map<String, String> env, List<String> problems) {
    double perSecond = RateLimit.DEFAULT.perSecond();
    String rate = blankToNull(env.get("EVENTPLAN_RATE_LIMIT"));
    if (rate != null) {
      try {
        perSecond = Double.parseDouble(rate);
      } catch (NumberFormatException e) {
        perSecond = -1;
      }
      if (!(perSecond >= 0) || Double.isInfinite(perSecond)) {
        problems.add("EVENTPLAN_RATE_LIMIT must be requests per second per client address (a number, 0 turns "
            + "the limit off), not '" + rate + "'");
        perSecond = RateLimit.DEFAULT.perSecond();
      }
    }
    int burst = RateLimit.DEFAULT.burst();
    String burstText = blankToNull(env.get("EVENTPLAN_RATE_BURST"));
    if (burstText != null) {
      try {
        burst = Integer.parseInt(burstText);
      } catch (NumberFormatException e) {
        burst = 0;
      }
      if (burst < 1) {
        problems.add("EVENTPLAN_RATE_BURST must be a whole number of requests of at least 1, not '" + burstText + "'");
        burst = RateLimit.DEFAULT.burst();
      }
    }
    String trust = blankToNull(env.get("EVENTPLAN_TRUST_FORWARDED_FOR"));
    if (trust != null && !trust.equalsIgnoreCase("true") && !trust.equalsIgnoreCase("false")) {
      problems.add("EVENTPLAN_TRUST_FORWARDED_FOR must be true or false, not '" + trust + "'");
    }
    return new RateLimit(perSecond, burst, "true".equalsIgnoreCase(trust));
  }

  private static Optional<DatabaseSettings> database(Map<String, String> env, List<String> problems) {
    String url = blankToNull(env.get("EVENTPLAN_DB_URL"));
    String user = blankToNull(env.get("EVENTPLAN_DB_USER"));
    String password = env.get("EVENTPLAN_DB_PASSWORD");
    if (url == null) {
      if (user != null || password != null) {
        problems.add("EVENTPLAN_DB_USER/EVENTPLAN_DB_PASSWORD are set but EVENTPLAN_DB_URL is not; "
            + "set EVENTPLAN_DB_URL=jdbc:postgresql://host:5432/db, or unset both to use the embedded PostgreSQL");
      }
      return Optional.empty();
    }
    if (!url.startsWith("jdbc:postgresql:")) {
      problems.add("EVENTPLAN_DB_URL must be a PostgreSQL JDBC URL (jdbc:postgresql://host:5432/db), not '"
          + url + "'");
    }
    return Optional.of(new DatabaseSettings(url, user, password));
  }

  private static int port(Map<String, String> env, String name, int fallback, List<String> problems) {
    String value = blankToNull(env.get(name));
    if (value == null) {
      return fallback;
    }
    try {
      int port = Integer.parseInt(value.trim());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(name + " must be a port number from 0 to 65535, not '" + value + "'");
    return fallback;
  }

  private static List<String> list(String value) {
    if (value == null) {
      return List.of();
    }
    List<String> items = new ArrayList<>();
    for (String part : value.split(",")) {
      if (!part.isBlank()) {
        items.add(part.trim());
      }
    }
    return items;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
