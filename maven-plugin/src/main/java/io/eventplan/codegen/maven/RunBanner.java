package io.eventplan.codegen.maven;

import io.eventplan.codegen.sample.TrackCallExample;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What {@code eventplan:run} prints once the collector is ready: where to send, with which key, a {@code curl} that
 * sends a valid event of the project's own plan, where the report and the rows are, and how to stop.
 */
final class RunBanner {
  private RunBanner() {}

  static List<String> lines(String planName, int planVersion, CollectorEnvironment env,
      Optional<TrackCallExample> example, String dataDirectoryShown) {
    String url = env.url();
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add("eventplan collector ready for plan '" + planName + "' v" + planVersion);
    lines.add("  URL:       " + url + "  (Segment-compatible: point a Segment library's host at it)");
    String writeKey = env.writeKeys().isEmpty() ? null : env.writeKeys().get(0);
    lines.add("  write key: " + (writeKey == null
        ? "none: every event gets 401; set -Deventplan.writeKeys=some-key" : writeKey));
    if (example.isPresent() && writeKey != null) {
      lines.add("  try:       curl -u " + shellWord(writeKey + ":") + " -H 'Content-Type: application/json' " + url
          + "/v1/track \\");
      lines.add("               -d " + shellWord(example.get().json()));
    } else if (example.isEmpty()) {
      lines.add("  try:       (no event of the plan can be sent without values for patterns it has no examples of;"
          + " add examples: to its properties)");
    }
    lines.add("  origins:   " + (env.allowedOrigins().isEmpty()
        ? "none, so browsers may not send; set -Deventplan.allowedOrigins=http://localhost:3000"
        : String.join(", ", env.allowedOrigins())));
    lines.add("  report:    " + (env.reportKeys().isEmpty() ? "off (set -Deventplan.reportKeys=some-key)"
        : url + "/report  (user: report, password: " + env.reportKeys().get(0) + ")"));
    lines.add("  warehouse: " + env.database().map(db -> db.url())
        .orElse("embedded PostgreSQL 17, jdbc:postgresql://localhost:" + env.embeddedDatabasePort()
            + "/postgres (user postgres, no password), data in " + dataDirectoryShown));
    lines.add("             rejected events and their reasons: table rejected_events");
    lines.add("  Ctrl-C stops the collector" + (env.database().isPresent() ? "" : " and its database"));
    lines.add("");
    return lines;
  }

  /** {@code text} as one POSIX shell word: in single quotes, a quote written as {@code '\''}. */
  static String shellWord(String text) {
    if (text.matches("[A-Za-z0-9_@%+=:,./-]+")) {
      return text;
    }
    return "'" + text.replace("'", "'\\''") + "'";
  }
}
