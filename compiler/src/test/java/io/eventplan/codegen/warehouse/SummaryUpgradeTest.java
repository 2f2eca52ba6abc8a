package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.lock.LockFile;
import io.eventplan.codegen.lock.LockJson;
import io.eventplan.plan.model.TrackingPlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A warehouse made by the changelog of the previous release (one summary row per user and event, no health
 * summaries, rejected_events without the refusal columns), with data in it, migrated by today's changelog for the
 * same plan and the lock of that release: the old summary goes, the new ones are filled from the events and
 * refusals already there, and the report and health views answer from them.
 */
class SummaryUpgradeTest {
  @RegisterExtension static final EmbeddedPostgresExtension POSTGRES = new EmbeddedPostgresExtension();

  @Test
  void theChangelogOfThePreviousReleaseIsMigratedWithItsData() throws Exception {
    TestDatabase db = POSTGRES.freshDatabase();
    db.apply(resource("upgrade/changelog-before-health.sql"));
    Map<String, String> login = Map.of("event_id", "gen_random_uuid()", "timestamp", "now()", "type", "'sso'",
        "attempt", "'first'");
    ReportingSchemaTest.insert(db, "Logged In", "logged_in_v2", "u1", "2026-02-01T10:00:00Z", login);
    ReportingSchemaTest.insert(db, "Logged In", "logged_in_v2", "u1", "2026-02-03T10:00:00Z", login);
    ReportingSchemaTest.insert(db, "Feature Used", "feature_used", "u1", "2026-02-02T10:00:00Z",
        Map.of("event_id", "gen_random_uuid()", "timestamp", "now()", "feature", "'export'"));
    db.execute("INSERT INTO \"rejected_events\" (\"event_name\", \"payload\", \"reasons\", \"plan_version\") VALUES"
        + " ('Order Placed', '{}', '[{\"path\": \"/event\", \"rule\": \"unknownEvent\", \"message\": \"m\"}]', 6)");
    assertThat(db.single("SELECT count(*) FROM reporting.\"user_event_stats\"")).isEqualTo(2L);

    TrackingPlan plan = Plans.load(resource("evolution/v6.yaml"));
    // the lock the previous release wrote (people.company_id still with its foreign key, which core-0002 drops)
    Optional<LockFile> lock = Optional.of(LockJson.read(LockFile.FILE_NAME, resource("upgrade/tracking-plan.lock.json")));
    WarehouseResult today = Plans.generate(plan, lock);
    assertThat(today.lockChanged()).isFalse();
    db.apply(today.changelog());

    assertThat(db.single("SELECT to_regclass('reporting.user_event_stats') IS NULL")).isEqualTo(true);
    assertThat(db.query("SELECT \"user_id\", \"login_count\", \"Last logged in\"::text AS \"last\""
        + " FROM reporting.\"logged_in_users\"")).containsExactly(
        Map.of("user_id", "u1", "login_count", 2L, "last", "2026-02-03 10:00:00+00"));
    assertThat(db.query("SELECT \"day\"::text AS \"day\", \"logins\" FROM reporting.\"logins_per_day\" ORDER BY 1"))
        .containsExactly(Map.of("day", "2026-02-01", "logins", 1L), Map.of("day", "2026-02-03", "logins", 1L));
    assertThat(db.single("SELECT \"event_count\" FROM reporting.\"user_event_summary\" WHERE \"user_id\" = 'u1'"
        + " AND \"event_name\" = 'Feature Used'")).isEqualTo(1L);
    assertThat(HealthSchemaTest.rows(db, "SELECT \"event_name\", \"accepted_total\" FROM reporting.\"plan_health\""
        + " ORDER BY 1")).containsExactly("Feature Used 1", "Logged In 2", "Signed Up 0");
    assertThat(HealthSchemaTest.rows(db, "SELECT \"event_name\", \"received_total\" FROM reporting.\"unplanned_events\""))
        .containsExactly("Order Placed 1");
    assertThat(db.single("SELECT count(*) FROM information_schema.columns WHERE table_name = 'rejected_events'"
        + " AND column_name IN ('event_id', 'message_type', 'library_name', 'library_version')")).isEqualTo(4L);
    // the ledger's changesets ran once, and the two core ones; the reporting ones of both releases are recorded
    assertThat(db.single("SELECT count(*) FROM databasechangelog WHERE id NOT LIKE 'reporting-%'")).isEqualTo(22L);
    assertThat(db.single("SELECT string_agg(id || ':' || exectype, ' ' ORDER BY id) FROM databasechangelog"
        + " WHERE id LIKE 'reporting-%'")).isEqualTo("reporting-refusals:EXECUTED reporting-summaries:EXECUTED"
        + " reporting-user-event-stats:EXECUTED reporting-views:RERAN");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = SummaryUpgradeTest.class.getResourceAsStream("/warehouse/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
