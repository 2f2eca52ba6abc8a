package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.lock.Change;
import io.eventplan.codegen.lock.ChangeKind;
import io.eventplan.codegen.lock.LockFile;
import io.eventplan.codegen.lock.LockJson;
import io.eventplan.plan.model.TrackingPlan;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The plan evolves through six versions that cover every non-breaking change kind. After each one
 * the changelog is regenerated from the committed lock and applied on top of the previous warehouse:
 * Liquibase succeeds (it validates every earlier checksum), earlier changesets are byte-identical,
 * and the data inserted before is still there. The reporting changesets at the end, which are not
 * in the lock, are re-run by Liquibase when they change.
 *
 * <p>Subclasses choose the server: {@link EvolutionTest} (embedded) and {@link EvolutionContainersTest}.
 */
abstract class AbstractEvolutionTest {
  /** The PostgreSQL 17 server that the tests run on: embedded, or a Testcontainers container. */
  abstract WarehouseDatabase database();

  private TestDatabase db;
  private Optional<LockFile> lock = Optional.empty();
  private String changelog = "";
  private final Set<ChangeKind> seen = EnumSet.noneOf(ChangeKind.class);

  @Test
  void sixPlanVersionsApplyOnTopOfEachOtherAndKeepTheData() throws Exception {
    db = database().freshDatabase();

    step(1);
    TypedRows.insert(db, "Logged In", "logged_in", Map.of("event_id", uuid(), "timestamp", "now()",
        "user_id", "'u1'", "type", "'sso'", "attempt", "3"));
    TypedRows.insert(db, "Signed Up", "signed_up", Map.of("event_id", uuid(), "timestamp", "now()", "plan", "'team'"));
    db.execute("INSERT INTO \"companies\" (\"company_id\", \"name\") VALUES ('acme', 'Acme')");
    db.execute("INSERT INTO \"people\" (\"user_id\", \"company_id\", \"email\") VALUES ('u1', 'acme', 'a@acme.io')");

    assertThat(step(2)).containsOnly(ChangeKind.EVENT_ADDED, ChangeKind.PROPERTY_ADDED);
    TypedRows.insert(db, "Logged In", "logged_in", Map.of("event_id", uuid(), "timestamp", "now()",
        "user_id", "'u1'", "type", "'password'", "remember_me", "true", "url", "'https://shop.example/login'"));
    TypedRows.insert(db, "Feature Used", "feature_used", Map.of("event_id", uuid(), "timestamp", "now()",
        "user_id", "'u1'", "feature", "'export'"));
    db.execute("UPDATE \"people\" SET \"role\" = 'admin' WHERE \"user_id\" = 'u1'");
    db.execute("UPDATE \"companies\" SET \"employees\" = 12 WHERE \"company_id\" = 'acme'");
    assertThat(db.refusal("UPDATE \"people\" SET \"role\" = 'owner'")).contains("people_role_values");

    assertThat(step(3)).containsOnly(
        ChangeKind.VALUES_ADDED, ChangeKind.CONSTRAINT_LOOSENED, ChangeKind.PROPERTY_MADE_OPTIONAL);
    TypedRows.insert(db, "Logged In", "logged_in", Map.of("event_id", uuid(), "timestamp", "now()",
        "user_id", "'" + "u".repeat(150) + "'", "type", "'magic_link'", "attempt", "50"));
    TypedRows.insert(db, "Signed Up", "signed_up", Map.of("event_id", uuid(), "timestamp", "now()", "plan", "'enterprise'"));
    db.execute("INSERT INTO \"people\" (\"user_id\", \"name\") VALUES ('u2', '" + "n".repeat(150) + "')");
    assertThat(db.refusal("INSERT INTO \"people\" (\"user_id\", \"name\") VALUES ('u3', '" + "n".repeat(201) + "')"))
        .contains("people_name_max_length");

    assertThat(step(4)).containsOnly(
        ChangeKind.DESCRIPTION_CHANGED, ChangeKind.PROPERTY_DEPRECATED, ChangeKind.EVENT_DEPRECATED);
    assertThat(columnComment("signed_up", "referrer")).isEqualTo("Deprecated. Replaced by the url common property.");
    assertThat(db.single("SELECT obj_description('signed_up'::regclass, 'pg_class')"))
        .isEqualTo("Event 'Signed Up' (version 1, deprecated).");
    assertThat(db.single("SELECT obj_description('people'::regclass, 'pg_class')"))
        .isEqualTo("One row per person, with their traits from identify calls. Users of the shop, with their identify traits.");

    assertThat(step(5)).containsOnly(
        ChangeKind.EVENT_VERSION_RAISED, ChangeKind.EVENT_REINSTATED, ChangeKind.PROPERTY_REINSTATED,
        ChangeKind.DESCRIPTION_CHANGED);
    TypedRows.insert(db, "Logged In", "logged_in_v2", Map.of("event_id", uuid(), "timestamp", "now()",
        "user_id", "'u1'", "type", "'sso'", "attempt", "'retry'"));
    assertThat(columnComment("signed_up", "referrer")).isEqualTo("Page that sent the visitor.");

    assertThat(step(6)).isEmpty();

    assertThat(seen).as("every non-breaking change kind was exercised")
        .containsExactlyInAnyOrderElementsOf(
            Arrays.stream(ChangeKind.values()).filter(k -> !k.breaking()).toList());
    Map<String, Object> counts = new LinkedHashMap<>();
    for (String table : List.of("logged_in", "logged_in_v2", "signed_up", "feature_used", "people", "companies", "events")) {
      counts.put(table, db.single("SELECT count(*) FROM \"" + table + "\""));
    }
    assertThat(counts).containsExactly(Map.entry("logged_in", 3L), Map.entry("logged_in_v2", 1L),
        Map.entry("signed_up", 2L), Map.entry("feature_used", 1L), Map.entry("people", 2L),
        Map.entry("companies", 1L), Map.entry("events", 7L));
    assertThat(db.single("SELECT \"type\" FROM \"logged_in\" WHERE \"attempt\" = 3")).isEqualTo("sso");
    Golden.check("warehouse/evolution/changelog.sql", changelog);
    Golden.check("warehouse/evolution/tracking-plan.lock.json", LockJson.write(lock.orElseThrow()));
  }

  /**
   * Generates plan {@code version} from the lock as committed, applies it, and checks that nothing
   * that existed changed; returns the kinds of change the generation reported.
   */
  private Set<ChangeKind> step(int version) throws Exception {
    TrackingPlan plan = Plans.load(resource("v" + version + ".yaml"));
    List<Map<String, Object>> appliedBefore = applied();

    WarehouseResult result = Plans.generate(plan, lock);
    assertThat(result.changes()).noneMatch(Change::breaking);
    assertThat(ledgerPart(result.changelog())).as("earlier changesets are byte-identical")
        .startsWith(ledgerPart(changelog));
    lock.ifPresent(l -> assertThat(result.lock().changesets().subList(0, l.changesets().size()))
        .isEqualTo(l.changesets()));
    WarehouseResult again = Plans.generate(plan, lock);
    assertThat(again.changelog()).as("deterministic").isEqualTo(result.changelog());
    assertThat(again.lockJson()).isEqualTo(result.lockJson());

    db.apply(result.changelog());
    db.apply(result.changelog()); // a second update has nothing to do and finds every checksum valid

    List<Map<String, Object>> appliedAfter = applied();
    assertThat(appliedAfter.subList(0, appliedBefore.size())).as("earlier checksums unchanged").isEqualTo(appliedBefore);
    assertThat(appliedAfter).hasSize(result.lock().changesets().size());
    assertThat(db.single("SELECT count(*) FROM databasechangelog WHERE id LIKE 'reporting-%'"))
        .as("the reporting changesets, which are not in the lock").isEqualTo(3L);
    assertThat(db.single("SELECT count(*) FROM databasechangelog WHERE id LIKE 'core-%'"))
        .as("the core changesets, which are not in the lock").isEqualTo((long) CoreChangesets.all().size());

    LockFile committed = LockJson.read(LockFile.FILE_NAME, result.lockJson());
    WarehouseResult unchanged = Plans.generate(plan, Optional.of(committed));
    assertThat(unchanged.newChangesets()).as("an unchanged plan adds nothing").isEmpty();
    assertThat(unchanged.changelog()).isEqualTo(result.changelog());
    assertThat(unchanged.lockJson()).isEqualTo(result.lockJson());
    assertThat(unchanged.lockChanged()).isFalse();

    if (version == 6) {
      assertThat(result.newChangesets()).isEmpty();
      assertThat(result.lockChanged()).isFalse();
    }
    lock = Optional.of(committed);
    changelog = result.changelog();
    Set<ChangeKind> kinds = result.changes().stream().map(Change::kind).collect(Collectors.toCollection(
        () -> EnumSet.noneOf(ChangeKind.class)));
    seen.addAll(kinds);
    return kinds;
  }

  private List<Map<String, Object>> applied() throws Exception {
    boolean exists = (Boolean) db.single("SELECT to_regclass('databasechangelog') IS NOT NULL");
    if (!exists) {
      return List.of();
    }
    // the core and reporting changesets are not in the ledger (the reporting ones run again whenever the
    // views change)
    return db.query("SELECT id, author, filename, md5sum FROM databasechangelog WHERE id NOT LIKE 'reporting-%'"
        + " AND id NOT LIKE 'core-%' ORDER BY orderexecuted");
  }

  /** The changelog up to the core changesets: the ledger's changesets, append-only. */
  private static String ledgerPart(String changelog) {
    int core = changelog.indexOf(ChangelogWriter.LEDGER_END);
    return core < 0 ? changelog : changelog.substring(0, core);
  }

  private Object columnComment(String table, String column) throws Exception {
    return db.single("SELECT col_description('" + table + "'::regclass, (SELECT attnum FROM pg_attribute"
        + " WHERE attrelid = '" + table + "'::regclass AND attname = '" + column + "'))");
  }

  private static String uuid() {
    return "'" + java.util.UUID.randomUUID() + "'";
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = EvolutionTest.class.getResourceAsStream("/warehouse/evolution/" + name)) {
      if (in == null) {
        throw new IOException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
