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
  private static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  private static final JsonText JSON_TEXT = new JsonText(JSON);
  private static final String TIMESTAMP = "2026-11-25T10:00:00Z";
  private static final int FAILURES_SHOWN = 15;
  private static final Set<String> TYPE_ERRORS = Set.of("22P02", "22007", "22008", "22009", "22003");
  private static final Pattern INTEGER_TEXT = Pattern.compile("\\s*[+-]?\\d+\\s*");
  private static final Pattern FLOAT_TEXT =
      Pattern.compile("\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*|\\s*(?i:[+-]?(nan|inf|infinity))\\s*");
  /** The texts PostgreSQL's boolean input takes (unique prefixes of true/false/yes/no, on/off, 1/0). */
  private static final Set<String> BOOLEAN_TEXTS = Set.of("t", "tr", "tru", "true", "f", "fa", "fal", "fals", "false",
      "y", "ye", "yes", "n", "no", "on", "of", "off", "1", "0");

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
        MODULE.resolve("target/generated-resources/eventplan"), GeneratedJudges.rootPlan());
  }

  @Test
  void everyTypePlan() throws Exception {
    Map<String, Integer> counts = judgeAll("every-type.yaml", MODULE.resolve("src/test/plans/every-type.yaml"),
        MODULE.resolve("target/generated-resources/every-type"), GeneratedJudges.everyType());

    // every kind of rule the database holds was tried and refused
    assertThat(counts.keySet()).contains("refused: not-null", "refused: check", "refused: type");
  }

  /** Judges the corpus of one plan; returns how many payloads had each outcome. */
  private static Map<String, Integer> judgeAll(String planName, Path planFile, Path changelogRoot, Judge java)
      throws Exception {
    TrackingPlan plan = PlanLoader.load(planFile, planName, CheckOptions.DEFAULT).orThrow();
    List<Target> targets = Target.of(plan);
    List<Payload> payloads =
        new PayloadGenerator(DifferentialTest.SEED).generate(targets, DifferentialTest.PAYLOADS_PER_PLAN);
    Map<String, Integer> counts = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    try (Connection connection = warehouse(planName, changelogRoot)) {
      Warehouse warehouse = new Warehouse(plan, connection);
      int n = 0;
      for (Payload payload : payloads) {
        n++;
        Verdict verdict = java.judge(payload.target(), payload.json().getBytes(StandardCharsets.UTF_8));
        String outcome;
        try {
          outcome = verdict.valid() ? warehouse.store(payload, n) : warehouse.force(payload, n);
        } catch (Disagreement e) {
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
    assertThat(failures.size())
        .as("PostgreSQL disagrees with the Java validator on %d of %d payloads of %s (seed %d; rerun with"
            + " -Deventplan.seed=%d); the first ones:%n%s", failures.size(), payloads.size(), planName,
            DifferentialTest.SEED, DifferentialTest.SEED,
            String.join("\n", failures.subList(0, Math.min(FAILURES_SHOWN, failures.size()))))
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

  /** The judges disagree on a payload. */
  private static final class Disagreement extends Exception {
    final String kind;

    Disagreement(String kind, String message) {
      super(message);
      this.kind = kind;
    }
  }

  /**
   * What the database must do with a rejected payload: refuse it with one of {@code states} (and, for a CHECK,
   * name {@code constraint}); or nothing to judge, for {@code notHeld}; or {@code lenient}: either is fine, but a
   * refusal must be a type error.
   */
  private record Expectation(Set<String> states, String constraint, String notHeld, String label, boolean lenient) {
    static Expectation refused(String label, Set<String> states, String constraint) {
      return new Expectation(states, constraint, null, label, false);
    }

    static Expectation notHeld(String reason) {
      return new Expectation(Set.of(), null, reason, null, false);
    }

    static Expectation lenient(String label) {
      return new Expectation(TYPE_ERRORS, null, null, label, true);
    }
  }

  /** One plan's warehouse: writes payloads as the collector does, or forces a broken one in. */
  private static final class Warehouse {
    private final Connection connection;
    private final Map<List<PropertyDef>, EventDef> events = new IdentityHashMap<>();
    private final PeopleTable people;
    private final CompaniesTable companies;
    private final Set<String> checks = new HashSet<>();
    private final Map<String, PreparedStatement> statements = new HashMap<>();

    Warehouse(TrackingPlan plan, Connection connection) throws SQLException {
      this.connection = connection;
      plan.events().forEach(event -> events.put(event.properties(), event));
      this.people = plan.people().map(PeopleTable::new).orElse(null);
      this.companies = plan.companies().map(CompaniesTable::new).orElse(null);
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery("SELECT conname FROM pg_constraint WHERE contype = 'c'")) {
        while (rs.next()) {
          checks.add(rs.getString(1));
        }
      }
    }

    /** Writes an accepted payload with the collector's own SQL; it must be stored. */
    String store(Payload payload, int n) throws Disagreement {
      ObjectNode node = parse(payload);
      try {
        switch (payload.target().kind()) {
          case PEOPLE: {
            PreparedStatement upsert = statement(people.upsertSql());
            people.bindUpsert(upsert, new TraitsRow("user-" + n, node, TIMESTAMP), JSON_TEXT);
            upsert.executeUpdate();
            break;
          }
          case COMPANIES: {
            PreparedStatement upsert = statement(companies.upsertSql());
            companies.bindUpsert(upsert, new TraitsRow("company-" + n, node, TIMESTAMP), JSON_TEXT);
            upsert.executeUpdate();
            break;
          }
          default: {
            EventDef event = event(payload);
            UUID id = insertEvent(event, node, JSON_TEXT.text(node));
            TypedTable table = TypedTable.of(event);
            PreparedStatement insert = statement(table.insertSql());
            table.bindInsert(insert, new TypedRow(event, id, Instant.now(), null, 1, node), JSON_TEXT);
            if (insert.executeUpdate() != 1) {
              throw new Disagreement("not inserted", "the typed row was not inserted");
            }
          }
        }
      } catch (SQLException e) {
        throw new Disagreement("valid, refused " + e.getSQLState(),
            "accepted by the Java validator, refused by PostgreSQL: " + e.getSQLState() + " " + e.getMessage());
      }
      return "stored";
    }

    /** Forces a rejected payload in, its broken member as a raw value; the database must refuse it if it can. */
    String force(Payload payload, int n) throws Disagreement {
      ObjectNode node = parse(payload);
      String path = payload.path();
      if (payload.mutation() == Mutation.EXTRA_PROPERTY) {
        return "not held: extra member (a typed table has no column for it)";
      }
      if (path.lastIndexOf('/') != 0) {
        return "not held: inside a jsonb column";
      }
      String member = path.substring(1).replace("~1", "/").replace("~0", "~");
      PropertyDef property = payload.target().properties().stream().filter(p -> p.name().equals(member))
          .findFirst().orElseThrow();
      String table = switch (payload.target().kind()) {
        case PEOPLE -> "people";
        case COMPANIES -> "companies";
        default -> {
          EventDef typed = event(payload);
          yield SqlNames.table(typed.name(), typed.version());
        }
      };
      String column = SqlNames.column(member);
      JsonNode value = node.get(member);
      String raw = raw(property.type(), value);
      Expectation expected = expectation(payload, property, table + "_" + column, raw);
      if (expected.notHeld() != null) {
        return "not held: " + expected.notHeld();
      }
      try {
        insertForced(payload, n, node, property, raw);
      } catch (SQLException e) {
        String constraint = e instanceof PSQLException p && p.getServerErrorMessage() != null
            ? p.getServerErrorMessage().getConstraint() : null;
        boolean named = expected.constraint() == null || !"23514".equals(e.getSQLState())
            || expected.constraint().equals(constraint);
        if (!expected.states().contains(e.getSQLState()) || !named) {
          throw new Disagreement(payload.mutation().label() + " refused " + e.getSQLState(),
              "PostgreSQL refused it with " + e.getSQLState() + " " + e.getMessage()
              + ", expected " + expected.states() + (expected.constraint() == null ? "" : " " + expected.constraint()));
        }
        return (expected.lenient() ? "format refused by the column type: " : "refused: ") + expected.label();
      }
      if (expected.lenient()) {
        return "format taken by PostgreSQL's more lenient input: " + expected.label();
      }
      throw new Disagreement(payload.mutation().label() + " stored",
          "rejected by the Java validator (" + payload.rule() + "), stored by PostgreSQL"
          + " (raw value " + raw + ")");
    }

    private Expectation expectation(Payload payload, PropertyDef property, String prefix, String raw) {
      PropertyType type = property.type();
      switch (payload.mutation()) {
        case MISSING_REQUIRED:
          return Expectation.refused("not-null", Set.of("23502"), null);
        case NULL_VALUE:
          return property.required() ? Expectation.refused("not-null", Set.of("23502"), null)
              : Expectation.notHeld("null for an optional property");
        case WRONG_TYPE:
          switch (type.kind()) {
            case ARRAY:
            case OBJECT:
              return check(prefix + "_type", type, raw);
            case STRING:
            case URL:
            case EMAIL:
              return Expectation.notHeld("wrong JSON type into a text column");
            default:
              return takes(type, raw) ? Expectation.notHeld("wrong JSON type whose text the column's type takes")
                  : Expectation.refused("type", TYPE_ERRORS, null);
          }
        case BAD_FORMAT:
          switch (type.kind()) {
            case TIMESTAMP:
            case DATE:
            case UUID:
              return Expectation.lenient(type.kind().name().toLowerCase(Locale.ROOT));
            default:
              return Expectation.notHeld("url and email formats (collector only)");
          }
        case OUT_OF_ENUM:
          return check(prefix + "_values", type, raw);
        case OUT_OF_RANGE:
          return check(prefix + ("minimum".equals(payload.rule()) ? "_min" : "_max"), type, raw);
        case TOO_LONG:
          return check(prefix + "_max_length", type, raw);
        case TOO_SHORT:
          return check(prefix + "_min_length", type, raw);
        case PATTERN_MISMATCH:
          return check(prefix + "_pattern", type, raw);
        case TOO_MANY_ITEMS:
          return check(prefix + "_max_items", type, raw);
        case TOO_FEW_ITEMS:
          return check(prefix + "_min_items", type, raw);
        default:
          throw new IllegalArgumentException(payload.mutation().toString());
      }
    }

    /** A number the column's type cannot hold is refused by the type; else a CHECK, if the database has it. */
    private Expectation check(String constraint, PropertyType type, String raw) {
      if (type instanceof IntegerType) {
        BigDecimal value = new BigDecimal(raw);
        if (value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) < 0
            || value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0) {
          return Expectation.refused("type", Set.of("22003"), null);
        }
      }
      if (type instanceof NumberType && !Double.isFinite(Double.parseDouble(raw))) {
        return Expectation.refused("type", Set.of("22003"), null);
      }
      if (!checks.contains(constraint)) {
        return Expectation.notHeld("no such CHECK in the database (e.g. an untranslatable pattern; collector only)");
      }
      if (type instanceof NumberType number) {
        double value = Double.parseDouble(raw);
        boolean broken = number.min().map(min -> value < min).orElse(false)
            || number.max().map(max -> value > max).orElse(false)
            || (!number.values().isEmpty() && !number.values().contains(value));
        if (!broken) {
          // double precision holds the nearest double: beyond 17 significant digits, the database cannot tell
          return Expectation.notHeld("breaks the limit only beyond double precision");
        }
      }
      return Expectation.refused("check", Set.of("23514"), constraint);
    }

    /** Whether the input function of the column's type takes {@code raw} (a value of the wrong JSON type). */
    private static boolean takes(PropertyType type, String raw) {
      return switch (type.kind()) {
        case INTEGER -> INTEGER_TEXT.matcher(raw).matches()
            && new BigDecimal(raw.trim()).abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0;
        case NUMBER -> FLOAT_TEXT.matcher(raw).matches();
        case BOOLEAN -> BOOLEAN_TEXTS.contains(raw.trim().toLowerCase(Locale.ROOT));
        default -> false;
      };
    }

    /** Inserts the row with the broken member's raw text cast to its column's type; others as the collector. */
    private void insertForced(Payload payload, int n, ObjectNode node, PropertyDef broken, String raw)
        throws SQLException {
      List<String> names = new ArrayList<>();
      List<String> placeholders = new ArrayList<>();
      List<PropertyDef> properties = payload.target().properties();
      String table;
      UUID id = null;
      switch (payload.target().kind()) {
        case PEOPLE:
        case COMPANIES:
          table = payload.target().kind() == Target.Kind.PEOPLE ? "people" : "companies";
          names.add(table.equals("people") ? "user_id" : "company_id");
          placeholders.add("?");
          break;
        default:
          EventDef event = event(payload);
          table = SqlNames.table(event.name(), event.version());
          id = insertEvent(event, node, JSON_TEXT.storable(node));
          for (String envelope : TypedTable.ENVELOPE) {
            names.add(envelope);
            placeholders.add("?");
          }
      }
      for (PropertyDef property : properties) {
        names.add(SqlNames.column(property.name()));
        placeholders.add(property == broken ? "CAST(? AS " + sqlType(property.type()) + ")"
            : ColumnValues.placeholder(property.type()));
      }
      String sql = "INSERT INTO " + SqlNames.quote(table) + " ("
          + String.join(", ", names.stream().map(SqlNames::quote).toList()) + ") VALUES ("
          + String.join(", ", placeholders) + ")";
      PreparedStatement insert = statement(sql);
      int index = 1;
      if (id == null) {
        insert.setString(index++, "key-" + n);
      } else {
        insert.setObject(index++, id);
        insert.setObject(index++, Instant.now().atOffset(ZoneOffset.UTC));
        insert.setString(index++, null);
        insert.setInt(index++, 1);
      }
      for (PropertyDef property : properties) {
        if (property == broken) {
          insert.setString(index++, raw);
        } else {
          ColumnValues.bind(insert, index++, property.type(), node.get(property.name()), JSON_TEXT);
        }
      }
      insert.executeUpdate();
    }

    /** The events row, as the collector writes it; its id. */
    private UUID insertEvent(EventDef event, ObjectNode node, String properties) throws SQLException {
      UUID id = UUID.randomUUID();
      PreparedStatement insert = statement(EventsTable.INSERT);
      EventsTable.bindInsert(insert, new EventRow(id, event.name(), event.version(), "user-1", null, TIMESTAMP,
          Instant.now(), null, properties, null, 1));
      insert.executeUpdate();
      return id;
    }

    private EventDef event(Payload payload) {
      return events.get(payload.target().properties());
    }

    private PreparedStatement statement(String sql) throws SQLException {
      PreparedStatement statement = statements.get(sql);
      if (statement == null) {
        statement = connection.prepareStatement(sql);
        statements.put(sql, statement);
      }
      return statement;
    }

    private static ObjectNode parse(Payload payload) {
      return (ObjectNode) JSON.readTree(payload.json());
    }

    /** The value's text as a client would send it: a string's characters, a number's digits, JSON for jsonb. */
    private static String raw(PropertyType type, JsonNode value) {
      if (value == null || value.isNull()) {
        return null;
      }
      if (sqlType(type).equals("jsonb") || value.isContainer()) {
        return JSON_TEXT.text(value);
      }
      if (value.isNumber() && type instanceof IntegerType && value.isBigDecimal()
          && value.decimalValue().stripTrailingZeros().scale() <= 0
          && value.decimalValue().stripTrailingZeros().scale() > -1000) {
        return value.decimalValue().toBigIntegerExact().toString(); // 1.5E+3 is the integer 1500
      }
      if (value.isNumber()) {
        return value.isBigDecimal() ? value.decimalValue().toString() : value.bigIntegerValue().toString();
      }
      return value.isString() ? value.stringValue() : value.asString();
    }

    private static String sqlType(PropertyType type) {
      return switch (type.kind()) {
        case INTEGER -> "bigint";
        case NUMBER -> "double precision";
        case BOOLEAN -> "boolean";
        case TIMESTAMP -> "timestamptz";
        case DATE -> "date";
        case UUID -> "uuid";
        case ARRAY, OBJECT -> "jsonb";
        default -> "text";
      };
    }
  }
}
