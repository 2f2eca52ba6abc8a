package io.eventplan.benchmarks.report;

import java.io.IOException;
import java.io.StringReader;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.postgresql.copy.CopyManager;

/**
 * A group of new events of the root plan as the collector stores them: every column of {@code events} it fills (with
 * the full properties and a Segment library's context) and the typed row of each event, as COPY text. The events are
 * the report benchmark's mix (logins, feature use, logouts, failed logins) from random users, timestamps within the
 * last hour.
 */
final class CollectorGroup {
  static final String URL = "https://app.example.com/login?next=%2Fdashboard";
  static final String CONTEXT = "{\"library\": {\"name\": \"analytics.js\", \"version\": \"npm:next-1.70.0\"},"
      + " \"page\": {\"url\": \"" + URL + "\"}, \"userAgent\": \"Mozilla/5.0 (X11; Linux x86_64)\"}";
  static final String COPY_EVENTS = "COPY events (event_id, event_name, event_version, user_id, anonymous_id,"
      + " \"timestamp\", received_at, url, properties, context, plan_version) FROM STDIN";
  private static final String TYPED_COLUMNS = "_event_id, _received_at, _anonymous_id, _plan_version, event_id,"
      + " \"timestamp\", user_id, url";
  /** The typed table of each event. */
  private static final Map<String, String> TABLES = Map.of("Logged In", "logged_in", "Feature Used", "feature_used",
      "Logged Out", "logged_out", "Login Failed", "login_failed");
  /** Each event's own properties: columns of its typed table after the common ones, and keys of its properties. */
  private static final Map<String, List<String>> OWN = Map.of("Logged In", List.of("type"),
      "Feature Used", List.of("feature", "surface"), "Logged Out", List.of("reason"),
      "Login Failed", List.of("type", "reason", "attempt"));

  private final StringBuilder events = new StringBuilder();
  private final Map<String, StringBuilder> typed = new LinkedHashMap<>();
  private final List<UUID> ids = new ArrayList<>();

  /** {@code rows} new events from users {@code user-0} to {@code user-(users - 1)}, received at {@code now}. */
  CollectorGroup(SplittableRandom random, int rows, int users, Instant now) {
    for (int i = 0; i < rows; i++) {
      String event = ReportBenchmark.pick(random.nextInt(100));
      String user = event.equals("Login Failed") ? null : ReportBenchmark.user(random.nextInt(users));
      UUID id = new UUID(random.nextLong(), random.nextLong());
      String at = now.minusSeconds(random.nextLong(3600)).toString();
      String[] own = switch (event) {
        case "Logged In" -> new String[] {"password"};
        case "Feature Used" -> new String[] {
            ReportBenchmark.FEATURES[random.nextInt(ReportBenchmark.FEATURES.length)], "web"};
        case "Logged Out" -> new String[] {"manual"};
        default -> new String[] {"password", "invalid_credentials", "1"};
      };
      add(id, event, user, at, now.toString(), own);
    }
  }

  private void add(UUID id, String event, String user, String at, String received, String[] own) {
    ids.add(id);
    String properties = properties(event, own);
    String userText = user == null ? "\\N" : user;
    events.append(id).append('\t').append(event).append("\t1\t").append(userText).append("\t\\N\t").append(at)
        .append('\t').append(received).append('\t').append(URL).append('\t').append(properties).append('\t')
        .append(CONTEXT).append("\t1\n");
    StringBuilder rows = typed.computeIfAbsent(event, e -> new StringBuilder());
    rows.append(id).append('\t').append(received).append("\t\\N\t1\t").append(id).append('\t').append(at)
        .append('\t').append(userText).append('\t').append(URL);
    for (String value : own) {
      rows.append('\t').append(value);
    }
    rows.append('\n');
  }

  /** The properties as the message sent them: the URL and the event's own ({@code attempt} is a number). */
  private static String properties(String event, String[] own) {
    StringBuilder json = new StringBuilder("{\"url\": \"").append(URL).append('"');
    List<String> keys = OWN.get(event);
    for (int i = 0; i < keys.size(); i++) {
      boolean number = keys.get(i).equals("attempt");
      json.append(", \"").append(keys.get(i)).append("\": ").append(number ? "" : "\"").append(own[i])
          .append(number ? "" : "\"");
    }
    return json.append('}').toString();
  }

  /** The event ids of the group. */
  List<UUID> ids() {
    return ids;
  }

  /** COPY of the {@code events} rows alone. */
  void copyEvents(CopyManager copy) throws SQLException, IOException {
    copy.copyIn(COPY_EVENTS, new StringReader(events.toString()));
  }

  /** COPY of the typed rows, one statement per typed table, after {@link #copyEvents} (their foreign key). */
  void copyTyped(CopyManager copy) throws SQLException, IOException {
    for (Map.Entry<String, StringBuilder> table : typed.entrySet()) {
      String columns = TYPED_COLUMNS + ", " + String.join(", ", OWN.get(table.getKey()));
      copy.copyIn("COPY " + TABLES.get(table.getKey()) + " (" + columns + ") FROM STDIN",
          new StringReader(table.getValue().toString()));
    }
  }
}
