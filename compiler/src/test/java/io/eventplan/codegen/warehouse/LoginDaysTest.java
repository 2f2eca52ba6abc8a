package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Each day's new users in {@code login_days}, which the triggers tell from the user's logins before each statement:
 * exact after statements that mix users and days in any order (late logins, several days at once, second logins
 * of a day), deletes and updates, and when two writers log the same user in on the same day at once.
 */
class LoginDaysTest {
  @RegisterExtension static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final Instant DAY_ONE = Instant.parse("2026-03-01T00:00:00Z");
  private static final String[] USERS = {"ada", "bob", "cy", "dee", "eve"};

  @Test
  void loginsInAnyOrderGiveEachDayItsDistinctUsers() throws Exception {
    TestDatabase db = warehouse();
    for (long seed = 1; seed <= 3; seed++) {
      Random random = new Random(seed);
      for (int statement = 0; statement < 40; statement++) {
        int kind = random.nextInt(10);
        if (kind == 0) {
          db.execute("DELETE FROM \"events\" WHERE \"event_id\" = (SELECT \"event_id\" FROM \"events\""
              + " ORDER BY \"event_id\" LIMIT 1 OFFSET " + random.nextInt(5) + ")");
        } else if (kind == 1) {
          db.execute("UPDATE \"events\" SET \"timestamp\" = '" + at(random) + "' WHERE \"event_id\" = (SELECT"
              + " \"event_id\" FROM \"events\" ORDER BY \"event_id\" DESC LIMIT 1 OFFSET " + random.nextInt(5) + ")");
        } else {
          List<String> rows = new ArrayList<>();
          for (int i = 1 + random.nextInt(8); i > 0; i--) {
            rows.add(row(new UUID(random.nextLong(), random.nextLong()),
                random.nextInt(7) == 0 ? "Signed Up" : "Logged In", USERS[random.nextInt(USERS.length)], at(random)));
          }
          db.execute(insert(rows));
        }
        ReportingSchemaTest.assertSummariesMatchEvents(db);
      }
      db.execute("TRUNCATE \"events\" CASCADE");
    }
  }

  @Test
  void aLateLoginIsNewOnlyOnADayWithoutOthers() throws Exception {
    TestDatabase db = warehouse();
    db.execute(insert(List.of(row("Logged In", "ada", "2026-03-01T10:00:00Z"),
        row("Logged In", "ada", "2026-03-05T10:00:00Z"))));
    db.execute(insert(List.of(row("Logged In", "ada", "2026-03-03T10:00:00Z"))));
    db.execute(insert(List.of(row("Logged In", "ada", "2026-03-03T12:00:00Z"),
        row("Logged In", "ada", "2026-03-01T12:00:00Z"), row("Logged In", "ada", "2026-03-04T12:00:00Z"))));
    assertThat(db.query("SELECT \"day\"::text || '=' || \"logins\" || '/' || \"users\" AS d FROM"
        + " reporting.\"login_days\" ORDER BY 1")).extracting(r -> r.get("d"))
        .containsExactly("2026-03-01=2/1", "2026-03-03=2/1", "2026-03-04=1/1", "2026-03-05=1/1");
    ReportingSchemaTest.assertSummariesMatchEvents(db);
  }

  @Test
  void twoWritersLoggingTheSameUserInOnTheSameDayCountOneUser() throws Exception {
    TestDatabase db = warehouse();
    // a new user, a user whose last login was days before, and a late login between a user's earlier ones
    db.execute(insert(List.of(row("Logged In", "bob", "2026-03-01T10:00:00Z"),
        row("Logged In", "cy", "2026-03-01T10:00:00Z"), row("Logged In", "cy", "2026-03-09T10:00:00Z"))));
    for (String[] login : new String[][] {{"ada", "2026-03-04"}, {"bob", "2026-03-06"}, {"cy", "2026-03-05"}}) {
      try (Connection first = db.connect(); Connection second = db.connect()) {
        first.setAutoCommit(false);
        second.setAutoCommit(false);
        try (Statement s = first.createStatement()) {
          s.execute(insert(List.of(row("Logged In", login[0], login[1] + "T08:00:00Z"))));
        }
        int secondPid = pid(second);
        CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
          try (Statement s = second.createStatement()) {
            s.execute(insert(List.of(row("Logged In", login[0], login[1] + "T09:00:00Z"))));
            second.commit();
          } catch (Exception e) {
            throw new IllegalStateException(e);
          }
        });
        awaitLockWait(db, secondPid);
        first.commit();
        waiting.get(30, TimeUnit.SECONDS);
      }
      assertThat(db.single("SELECT \"logins\" || '/' || \"users\" FROM reporting.\"login_days\" WHERE \"day\" = '"
          + login[1] + "'")).as("logins/users of %s on %s", login[0], login[1]).isEqualTo("2/1");
    }
    ReportingSchemaTest.assertSummariesMatchEvents(db);
  }

  private static TestDatabase warehouse() throws Exception {
    TestDatabase db = POSTGRES.freshDatabase();
    db.apply(Plans.generate(Plans.plan(1, ReportingSchemaTest.EVENTS)).changelog());
    return db;
  }

  /** A time on one of the first six days, at a random second. */
  private static String at(Random random) {
    return DAY_ONE.plusSeconds(random.nextInt(6 * 24 * 3600)).toString();
  }

  private static String row(String event, String user, String timestamp) {
    return row(UUID.randomUUID(), event, user, timestamp);
  }

  /** With the id given: the seeded statements pick rows to delete and update in id order, the same on every run. */
  private static String row(UUID id, String event, String user, String timestamp) {
    return "('" + id + "', '" + event + "', '" + user + "', '" + timestamp + "', '{}', 1)";
  }

  /** One INSERT statement of several events: the triggers see them as one statement, as they see a COPY. */
  private static String insert(List<String> rows) {
    return "INSERT INTO \"events\" (\"event_id\", \"event_name\", \"user_id\", \"timestamp\", \"properties\","
        + " \"plan_version\") VALUES " + String.join(", ", rows);
  }

  private static int pid(Connection c) throws Exception {
    try (Statement s = c.createStatement(); var rs = s.executeQuery("SELECT pg_backend_pid()")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  /** Waits until the backend {@code pid} waits for a lock: the second writer is queued behind the first. */
  private static void awaitLockWait(TestDatabase db, int pid) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!"Lock".equals(db.single("SELECT coalesce(wait_event_type, '') FROM pg_stat_activity WHERE pid = " + pid))) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("the second writer never waited for the first one's lock");
      }
      Thread.sleep(20);
    }
  }
}
