package io.eventplan.examples.differential;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.warehouse.ColumnValues;
import io.eventplan.collector.warehouse.CompaniesTable;
import io.eventplan.collector.warehouse.EventRow;
import io.eventplan.collector.warehouse.EventsTable;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.collector.warehouse.PeopleTable;
import io.eventplan.collector.warehouse.TraitsRow;
import io.eventplan.collector.warehouse.TypedRow;
import io.eventplan.collector.warehouse.TypedTable;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.runtime.EventPlan;
import io.eventplan.plan.naming.SqlNames;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * PostgreSQL as the fourth judge of the differential corpus: the same seeded payloads as {@link DifferentialTest}
 * (same seed, same count), judged by the generated Java validator, then written to a real warehouse (embedded
 * PostgreSQL 17, one database per plan, the plan's generated changelog applied by Liquibase).
 *
 * <ul>
 *   <li>Every payload the validator <b>accepts</b> is written as the collector writes it (its own SQL and value
 *       conversion: {@code events} row plus typed-table row, or the people / companies upsert) and must be stored.
 *   <li>Every payload it <b>rejects</b> for a rule the database also holds (NOT NULL, a CHECK that exists in the
 *       database, the column's type) is forced in with the raw value of the broken member (its text, cast to the
 *       column's type; JSON text for jsonb) and must be refused with the matching error: 23502 for NOT NULL, 23514
 *       naming the expected constraint for a CHECK, 22P02 / 22007 / 22008 / 22009 / 22003 for a value the type's input
 *       refuses.
 *   <li>The rest is counted by reason and not judged: rules the database does not hold (extra members, null for an
 *       optional property, anything inside a jsonb column, url and email formats, patterns without a CHECK, a
 *       wrong JSON type whose text the column still takes, limits that differ only beyond double precision; see
 *       docs/warehouse.md). Bad timestamp, date and uuid formats are written too: PostgreSQL's input is more lenient
 *       than the plan's formats, so they are counted as refused or taken, and a refusal must be a type error.
 * </ul>
 *
 * <p>Every insert runs in a transaction that is rolled back, so the tables stay empty and every payload is judged
 * alone. Replay a run with {@code -Deventplan.seed=N}.
 */
class FourthJudgeTest {
  private static final Path MODULE = Path.of(System.getProperty("basedir", "."));
  private static EmbeddedPostgres postgres;

  @BeforeAll
  static void start() throws Exception {
    System.setProperty("liquibase.analytics.enabled", "false");
    System.setProperty("liquibase.showBanner", "false");
    postgres = EmbeddedPostgres.builder().start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void rootPlan() throws Exception {
    judgeAll("tracking-plan.yaml", MODULE.resolve("../tracking-plan.yaml"),
        MODULE.resolve("target/generated-resources/eventplan"), new io.eventplan.examples.events.EventRegistry());
  }

  @Test
  void everyTypePlan() throws Exception {
    Map<String, Integer> counts = judgeAll("every-type.yaml", MODULE.resolve("src/test/plans/every-type.yaml"),
        MODULE.resolve("target/generated-resources/every-type"), new io.eventplan.examples.everytype.EventRegistry());

    // every kind of rule the database holds was tried and refused
    assertThat(counts.keySet()).contains("refused: not-null", "refused: check", "refused: type");
  }

  /** Judges the corpus of one plan; returns how many payloads had each outcome. */
  private static Map<String, Integer> judgeAll(String planName, Path planFile, Path changelogRoot, EventPlan generated)
      throws Exception {
    Judge java = GeneratedJudges.of(generated);
    TrackingPlan plan = PlanLoader.load(planFile, planName, CheckOptions.DEFAULT).orThrow();
    List<Target> targets = Target.of(plan);
    List<Payload> payloads =
        new PayloadGenerator(DifferentialTest.SEED).generate(targets, DifferentialTest.PAYLOADS_PER_PLAN);
    Map<String, Integer> counts = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    try (Connection connection = warehouse(planName, changelogRoot)) {
      WarehouseJudge.Warehouse warehouse = new WarehouseJudge.Warehouse(generated, connection);
      int n = 0;
      for (Payload payload : payloads) {
        n++;
        Verdict verdict = java.judge(payload.target(), payload.json().getBytes(StandardCharsets.UTF_8));
        String outcome;
        try {
          outcome = verdict.valid() ? warehouse.store(payload, n) : warehouse.force(payload, n);
        } catch (WarehouseJudge.Disagreement e) {
          failures.add(describe(planName, payload, verdict, e.getMessage()));
          outcome = "DISAGREEMENT: " + e.kind;
        } finally {
          connection.rollback();
        }
        counts.merge(outcome, 1, Integer::sum);
      }
    }
    System.out.printf("FourthJudgeTest %s: %d payloads, seed %d%n", planName, payloads.size(), DifferentialTest.SEED);
    counts.forEach((outcome, count) -> System.out.printf("  %6d  %s%n", count, outcome));
    System.out.printf("  disagreements: %d%n", failures.size());
    assertThat(failures.size())
        .as("PostgreSQL disagrees with the Java validator on %d of %d payloads of %s (seed %d; rerun with"
            + " -Deventplan.seed=%d); the first ones:%n%s", failures.size(), payloads.size(), planName,
            DifferentialTest.SEED, DifferentialTest.SEED,
            String.join("\n", failures.subList(0, Math.min(WarehouseJudge.FAILURES_SHOWN, failures.size()))))
        .isZero();
    assertThat(counts).containsKey("stored");
    return counts;
  }

  /** A new UTF-8 database with the plan's generated changelog applied; a connection to it, autocommit off. */
  private static Connection warehouse(String planName, Path changelogRoot) throws Exception {
    String name = "judge_" + planName.replaceAll("[^a-z]", "_");
    try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8'");
    }
    try (Connection liquibase = postgres.getDatabase("postgres", name).getConnection()) {
      Database database =
          DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(liquibase));
      Scope.child(
          Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(changelogRoot)),
          () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
              .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
              .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, "eventplan/db/changelog.sql")
              .execute());
    }
    Connection connection = postgres.getDatabase("postgres", name).getConnection();
    try (Statement s = connection.createStatement()) {
      // Foreign keys are not rules of one payload: a person's company_id names a company that a group call
      // creates, and the corpus has no such calls. (The collector does not create the company either.)
      s.execute("SET session_replication_role = replica");
    }
    connection.setAutoCommit(false);
    return connection;
  }

  private static String describe(String plan, Payload payload, Verdict verdict, String problem) {
    return String.format("- %s, %s \"%s\": %s%n    payload:  %s%n    expected: %s%n    Java:     %s",
        plan, payload.target().kind().label(), payload.target().name(), problem, payload.json(),
        payload.valid() ? "valid"
            : "invalid (" + payload.mutation().label() + ": " + payload.rule() + " at " + payload.path() + ")",
        verdict);
  }

}
