package io.eventplan.codegen.maven;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code eventplan:run} tells the collector it starts: its settings as the collector's {@code EVENTPLAN_*}
 * environment variables (docs/collector.md). The variables the goal has properties for are always set (empty when
 * not given), so a stray one in the shell cannot change what the goal's properties say; the others pass through.
 *
 * @param database an external PostgreSQL; empty: the collector's embedded PostgreSQL 17 in {@code dataDirectory}
 */
record CollectorEnvironment(int port, List<String> writeKeys, List<String> allowedOrigins, List<String> reportKeys,
    Optional<Database> database, Path dataDirectory, int embeddedDatabasePort, Path planBundle) {

  /** An external PostgreSQL: a JDBC URL, and the user and password when the URL does not carry them. */
  record Database(String url, Optional<String> user, Optional<String> password) {}

  CollectorEnvironment {
    writeKeys = List.copyOf(writeKeys);
    allowedOrigins = List.copyOf(allowedOrigins);
    reportKeys = List.copyOf(reportKeys);
  }

  /** The variables to set in the collector's environment, in a fixed order. */
  Map<String, String> variables() {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("EVENTPLAN_PORT", Integer.toString(port));
    env.put("EVENTPLAN_WRITE_KEYS", String.join(",", writeKeys));
    env.put("EVENTPLAN_ALLOWED_ORIGINS", String.join(",", allowedOrigins));
    env.put("EVENTPLAN_REPORT_KEYS", String.join(",", reportKeys));
    env.put("EVENTPLAN_DB_URL", database.map(Database::url).orElse(""));
    env.put("EVENTPLAN_DB_USER", database.flatMap(Database::user).orElse(""));
    env.put("EVENTPLAN_DB_PASSWORD", database.flatMap(Database::password).orElse(""));
    env.put("EVENTPLAN_DATA_DIR", dataDirectory.toString());
    env.put("EVENTPLAN_EMBEDDED_DB_PORT", Integer.toString(embeddedDatabasePort));
    env.put("EVENTPLAN_PLAN_BUNDLE", planBundle.toString());
    return env;
  }

  /** Applies {@link #variables()} to a child's environment: set, or removed when empty. */
  void applyTo(Map<String, String> childEnvironment) {
    variables().forEach((name, value) -> {
      if (value.isEmpty()) {
        childEnvironment.remove(name);
      } else {
        childEnvironment.put(name, value);
      }
    });
  }

  /** The collector's base URL. */
  String url() {
    return "http://localhost:" + port;
  }
}
