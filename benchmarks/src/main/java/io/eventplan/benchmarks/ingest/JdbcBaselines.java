package io.eventplan.benchmarks.ingest;

import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The ingest benchmark's baselines over plain JDBC, no HTTP and no validation: raw COPY of the rows
 * the collector would store (A) and one transaction per event (B).
 */
final class JdbcBaselines {
  static final String URL = "https://app.example.com/login?next=%2Fdashboard";
  static final String[] TYPES = {"password", "sso", "magic_link"};

  private final int planVersion;
  private final int copyRows;

  /**
   * A random (version 4) UUID from the thread's own generator: {@link UUID#randomUUID()} draws on
   * one shared SecureRandom, which would make the load generator, not the collector, the contended part.
   */
  static UUID randomId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return new UUID((random.nextLong() & ~0xF000L) | 0x4000L,
        (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L);
  }

  JdbcBaselines(int planVersion, int copyRows) {
    this.planVersion = planVersion;
    this.copyRows = copyRows;
  }

  /** The rows the collector would store for one event, as COPY text lines (events, logged_in). */
  private void rows(StringBuilder events, StringBuilder typed) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    UUID id = randomId();
    String now = OffsetDateTime.now(ZoneOffset.UTC).toString();
    String user = "user_" + random.nextInt(100_000);
    String type = TYPES[random.nextInt(TYPES.length)];
    String properties = "{\"type\":\"" + type + "\",\"event_id\":\"" + id + "\",\"timestamp\":\"" + now
        + "\",\"user_id\":\"" + user + "\",\"url\":\"" + URL + "\"}";
    String context = "{\"page\":{\"url\":\"" + URL + "\"}}";
    // event_id, event_name, event_version, user_id, anonymous_id, timestamp, received_at, url, properties, context,
    // plan_version
    events.append(id).append("\tLogged In\t1\t").append(user).append("\t\\N\t").append(now).append('\t')
        .append(now).append('\t').append(URL).append('\t').append(properties).append('\t').append(context)
        .append('\t').append(planVersion).append('\n');
    // _event_id, _received_at, _anonymous_id, _plan_version, event_id, timestamp, user_id, url, type
    typed.append(id).append('\t').append(now).append("\t\\N\t").append(planVersion).append('\t').append(id)
        .append('\t').append(now).append('\t').append(user).append('\t').append(URL).append('\t').append(type)
        .append('\n');
  }

  int copy(Worker worker) throws Exception {
    StringBuilder events = new StringBuilder(copyRows * 330);
    StringBuilder typed = new StringBuilder(copyRows * 200);
    for (int i = 0; i < copyRows; i++) {
      rows(events, typed);
    }
    CopyManager copy = worker.connection.unwrap(PGConnection.class).getCopyAPI();
    copy.copyIn("COPY events (event_id, event_name, event_version, user_id, anonymous_id, \"timestamp\", "
        + "received_at, url, properties, context, plan_version) FROM STDIN", new StringReader(events.toString()));
    copy.copyIn("COPY logged_in (_event_id, _received_at, _anonymous_id, _plan_version, event_id, \"timestamp\", "
        + "user_id, url, type) FROM STDIN", new StringReader(typed.toString()));
    worker.connection.commit();
    return copyRows;
  }

  private static final String INSERT_EVENT = """
      INSERT INTO events (event_id, event_name, event_version, user_id, anonymous_id, "timestamp", received_at,
                          url, properties, context, plan_version)
      VALUES (?, 'Logged In', 1, ?, NULL, ?, ?, ?, CAST(? AS jsonb), CAST(? AS jsonb), ?)
      ON CONFLICT (event_id) DO NOTHING""";
  private static final String INSERT_TYPED = """
      INSERT INTO logged_in (_event_id, _received_at, _anonymous_id, _plan_version, event_id, "timestamp",
                             user_id, url, type)
      VALUES (?, ?, NULL, ?, ?, ?, ?, ?, ?) ON CONFLICT (_event_id) DO NOTHING""";

  int insertOne(Worker worker) throws Exception {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    UUID id = randomId();
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    String user = "user_" + random.nextInt(100_000);
    String type = TYPES[random.nextInt(TYPES.length)];
    String properties = "{\"type\":\"" + type + "\",\"event_id\":\"" + id + "\",\"timestamp\":\"" + now
        + "\",\"user_id\":\"" + user + "\",\"url\":\"" + URL + "\"}";
    Connection c = worker.connection;
    try (PreparedStatement events = c.prepareStatement(INSERT_EVENT);
        PreparedStatement typed = c.prepareStatement(INSERT_TYPED)) {
      events.setObject(1, id);
      events.setString(2, user);
      events.setObject(3, now);
      events.setObject(4, now);
      events.setString(5, URL);
      events.setString(6, properties);
      events.setString(7, "{\"page\":{\"url\":\"" + URL + "\"}}");
      events.setInt(8, planVersion);
      events.executeUpdate();
      typed.setObject(1, id);
      typed.setObject(2, now);
      typed.setInt(3, planVersion);
      typed.setObject(4, id);
      typed.setObject(5, now);
      typed.setString(6, user);
      typed.setString(7, URL);
      typed.setString(8, type);
      typed.executeUpdate();
      c.commit();
    }
    return 1;
  }
}
