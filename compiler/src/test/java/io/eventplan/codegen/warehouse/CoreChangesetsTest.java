package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.lock.LockFile;
import io.eventplan.codegen.lock.LockJson;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The core changesets on embedded PostgreSQL 17: a warehouse made from a ledger that gave people a
 * foreign key to companies (the project's own committed lock) loses the key and gains the aliases
 * table when the new changelog is applied, with its data; and the report views count a visitor's
 * anonymous events for the user an alias names.
 */
class CoreChangesetsTest {
  @RegisterExtension static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void aWarehouseWithTheCompanyForeignKeyMigratesAndKeepsItsRows() throws Exception {
    TrackingPlan plan = PlanLoader.load(ROOT.resolve("tracking-plan.yaml"), "tracking-plan.yaml", CheckOptions.DEFAULT)
        .orThrow();
    LockFile committed = LockJson.read(LockFile.FILE_NAME,
        Files.readString(ROOT.resolve(LockFile.FILE_NAME), StandardCharsets.UTF_8));
    WarehouseResult result = Plans.generate(plan, Optional.of(committed));
    assertThat(result.lockChanged()).as("the core changesets are not in the lock").isFalse();
    String ledger = ReportingSchemaTest.ledgerPart(result.changelog());
    assertThat(ledger).as("the committed ledger made the key").contains("REFERENCES \"companies\"");

    TestDatabase db = POSTGRES.freshDatabase();
    db.apply(ledger); // the warehouse as the ledger alone made it
    db.execute("INSERT INTO \"companies\" (\"company_id\", \"name\") VALUES ('acme', 'Acme')");
    db.execute("INSERT INTO \"people\" (\"user_id\", \"email\", \"company_id\") VALUES ('u1', 'u1@acme.io', 'acme')");
    assertThat(db.refusal("INSERT INTO \"people\" (\"user_id\", \"email\", \"company_id\") VALUES ('u2', 'u2@b.io', 'later')"))
        .contains("violates foreign key constraint");

    db.apply(result.changelog());
    db.apply(result.changelog()); // nothing left to do, every checksum still valid
    assertThat(db.query("SELECT id FROM databasechangelog WHERE id LIKE 'core-%' ORDER BY orderexecuted"))
        .extracting(r -> r.get("id"))
        .containsExactlyElementsOf(CoreChangesets.all().stream().map(CoreChangesets.CoreChangeset::id).toList());
    db.execute("INSERT INTO \"people\" (\"user_id\", \"email\", \"company_id\") VALUES ('u2', 'u2@b.io', 'later')");
    assertThat(db.single("SELECT count(*) FROM \"people\"")).isEqualTo(2L);
    assertThat(db.single("SELECT count(*) FROM pg_constraint WHERE conrelid = 'people'::regclass AND contype = 'f'"))
        .isEqualTo(0L);
    // once the company arrives, the reports show its name
    db.execute("INSERT INTO \"companies\" (\"company_id\", \"name\") VALUES ('later', 'Later Ltd')");
    db.execute("INSERT INTO \"events\" (\"event_id\", \"event_name\", \"user_id\", \"timestamp\", \"properties\","
        + " \"plan_version\") VALUES ('" + UUID.randomUUID() + "', 'Logged In', 'u2', now(), '{}', 1)");
    assertThat(db.single("SELECT \"company\" FROM reporting.\"logged_in_users\" WHERE \"user_id\" = 'u2'"))
        .isEqualTo("Later Ltd");
  }

  @Test
  void aNewWarehouseHasNoCompanyForeignKey() throws Exception {
    WarehouseResult result = Plans.generate(Plans.plan(1, ReportingSchemaTest.EVENTS));
    assertThat(ReportingSchemaTest.ledgerPart(result.changelog())).doesNotContain("REFERENCES \"companies\"");
    TestDatabase db = POSTGRES.freshDatabase();
    db.apply(result.changelog());
    db.execute("INSERT INTO \"people\" (\"user_id\", \"company_id\") VALUES ('u1', 'not-yet')");
    assertThat(db.refusal("INSERT INTO \"aliases\" (\"previous_id\", \"user_id\", \"timestamp\")"
        + " VALUES ('a', 'u1', 'infinity')")).contains("aliases_timestamp_finite");
  }

  @Test
  void anonymousEventsCountForTheUserAnAliasNames() throws Exception {
    TestDatabase db = POSTGRES.freshDatabase();
    db.apply(Plans.generate(Plans.plan(1, ReportingSchemaTest.EVENTS)).changelog());
    event(db, "Feature Used", null, "anon-1", "2026-01-01T08:00:00Z");
    event(db, "Feature Used", null, "anon-1", "2026-01-01T09:00:00Z");
    event(db, "Signed Up", null, "anon-1", "2026-01-01T09:30:00Z");
    event(db, "Feature Used", "ada", "anon-1", "2026-01-02T10:00:00Z"); // identified: counts once, for ada
    event(db, "Feature Used", null, "anon-2", "2026-01-03T10:00:00Z"); // nobody knows whose
    event(db, "Feature Used", null, "anon-3", "2026-01-04T10:00:00Z");

    assertThat(summary(db, "ada")).containsExactly(
        Map.of("event_name", "Feature Used", "first_at", at("2026-01-02T10:00:00Z"), "last_at",
            at("2026-01-02T10:00:00Z"), "event_count", 1L));

    db.execute("INSERT INTO \"aliases\" (\"previous_id\", \"user_id\", \"timestamp\") VALUES"
        + " ('anon-1', 'ada', '2026-01-02T10:00:00Z'), ('anon-3', 'bob', '2026-01-05T10:00:00Z')");
    assertThat(summary(db, "ada")).containsExactly(
        Map.of("event_name", "Feature Used", "first_at", at("2026-01-01T08:00:00Z"), "last_at",
            at("2026-01-02T10:00:00Z"), "event_count", 3L),
        Map.of("event_name", "Signed Up", "first_at", at("2026-01-01T09:30:00Z"), "last_at",
            at("2026-01-01T09:30:00Z"), "event_count", 1L));
    assertThat(summary(db, "bob")).containsExactly(
        Map.of("event_name", "Feature Used", "first_at", at("2026-01-04T10:00:00Z"), "last_at",
            at("2026-01-04T10:00:00Z"), "event_count", 1L));
    assertThat(db.single("SELECT sum(\"event_count\") FROM reporting.\"user_event_summary\""))
        .as("anon-2 is nobody's yet").isEqualTo(new java.math.BigDecimal(5));
  }

  private static java.util.List<Map<String, Object>> summary(TestDatabase db, String user) throws Exception {
    return db.query("SELECT \"event_name\", \"first_at\", \"last_at\", \"event_count\" FROM reporting.\"user_event_summary\""
        + " WHERE \"user_id\" = '" + user + "' ORDER BY \"event_name\"");
  }

  private static void event(TestDatabase db, String name, String user, String anonymous, String timestamp)
      throws Exception {
    db.execute("INSERT INTO \"events\" (\"event_id\", \"event_name\", \"user_id\", \"anonymous_id\", \"timestamp\","
        + " \"properties\", \"plan_version\") VALUES ('" + UUID.randomUUID() + "', '" + name + "', "
        + (user == null ? "NULL" : "'" + user + "'") + ", '" + anonymous + "', '" + timestamp + "', '{}', 1)");
  }

  private static Timestamp at(String instant) {
    return Timestamp.from(Instant.parse(instant));
  }
}
