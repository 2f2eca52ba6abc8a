package io.eventplan.examples.differential;


import io.eventplan.collector.warehouse.ColumnValues;
import io.eventplan.collector.warehouse.SqlIdentifiers;
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
import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.PropertyType;
import io.eventplan.plan.naming.SqlNames;
import io.eventplan.runtime.Column;
import io.eventplan.runtime.ColumnType;
import io.eventplan.runtime.EventPlan;
import io.eventplan.runtime.EventTable;
import io.eventplan.runtime.PlanTables;
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
 * One plan's warehouse for {@link FourthJudgeTest}: writes accepted payloads as the collector does, forces
 * rejected ones in, and says what PostgreSQL must do with each.
 */
final class WarehouseJudge {
  private WarehouseJudge() {}

  static final JsonMapper JSON =
      JsonMapper.builder().enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
  static final JsonText JSON_TEXT = new JsonText(JSON);
  static final String TIMESTAMP = "2026-11-25T10:00:00Z";
  static final int FAILURES_SHOWN = 15;
  static final Set<String> TYPE_ERRORS = Set.of("22P02", "22007", "22008", "22009", "22003");
  static final Pattern INTEGER_TEXT = Pattern.compile("\\s*[+-]?\\d+\\s*");
  static final Pattern FLOAT_TEXT =
      Pattern.compile("\\s*[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?\\s*|\\s*(?i:[+-]?(nan|inf|infinity))\\s*");
  /** The texts PostgreSQL's boolean input takes (unique prefixes of true/false/yes/no, on/off, 1/0). */
  static final Set<String> BOOLEAN_TEXTS = Set.of("t", "tr", "tru", "true", "f", "fa", "fal", "fals", "false",
      "y", "ye", "yes", "n", "no", "on", "of", "off", "1", "0");

  /** The judges disagree on a payload. */
  static final class Disagreement extends Exception {
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
  record Expectation(Set<String> states, String constraint, String notHeld, String label, boolean lenient) {
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
  static final class Warehouse {
    private final Connection connection;
    private final PlanTables tables;
    private final PeopleTable people;
    private final CompaniesTable companies;
    private final Set<String> checks = new HashSet<>();
    private final Map<String, PreparedStatement> statements = new HashMap<>();
    private final CopyJudge copies;

    /** @param plan the generated plan whose tables the collector writes (its EventRegistry) */
    Warehouse(EventPlan plan, Connection connection) throws SQLException {
      this.connection = connection;
      this.copies = new CopyJudge(connection, JSON_TEXT);
      this.tables = plan.tables();
      this.people = tables.people().map(PeopleTable::new).orElse(null);
      this.companies = tables.companies().map(CompaniesTable::new).orElse(null);
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
            EventTable event = event(payload);
            UUID id = insertEvent(event, node, JSON_TEXT.text(node));
            TypedTable table = TypedTable.of(event);
            PreparedStatement insert = statement(table.insertSql());
            table.bindInsert(insert, new TypedRow(event, id, Instant.now(), null, 1, node), JSON_TEXT);
            if (insert.executeUpdate() != 1) {
              throw new Disagreement("not inserted", "the typed row was not inserted");
            }
            copies.sameAsInsert(event, node, id, TIMESTAMP);
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
          yield event(payload).table();
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
          EventTable event = event(payload);
          table = event.table();
          id = insertEvent(event, node, JSON_TEXT.storable(node));
          for (String envelope : TypedTable.ENVELOPE) {
            names.add(envelope);
            placeholders.add("?");
          }
      }
      for (PropertyDef property : properties) {
        names.add(SqlNames.column(property.name()));
        placeholders.add(property == broken ? "CAST(? AS " + sqlType(property.type()) + ")"
            : ColumnValues.placeholder(columnType(payload, property)));
      }
      String sql = "INSERT INTO " + SqlIdentifiers.quote(table) + " ("
          + String.join(", ", names.stream().map(SqlIdentifiers::quote).toList()) + ") VALUES ("
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
          ColumnValues.bind(insert, index++, columnType(payload, property), node.get(property.name()), JSON_TEXT);
        }
      }
      insert.executeUpdate();
    }

    /** The events row, as the collector writes it; its id. */
    private UUID insertEvent(EventTable event, ObjectNode node, String properties) throws SQLException {
      UUID id = UUID.randomUUID();
      PreparedStatement insert = statement(EventsTable.INSERT);
      EventsTable.bindInsert(insert, new EventRow(id, event.event(), event.version(), "user-1", null, TIMESTAMP,
          Instant.now(), null, properties, null, 1));
      insert.executeUpdate();
      return id;
    }

    private EventTable event(Payload payload) {
      return tables.event(payload.target().name()).orElseThrow();
    }

    /** How the collector stores {@code property} of the payload's target: its column's type. */
    private ColumnType columnType(Payload payload, PropertyDef property) {
      List<Column> columns = switch (payload.target().kind()) {
        case PEOPLE -> tables.people().orElseThrow().columns();
        case COMPANIES -> tables.companies().orElseThrow().columns();
        default -> event(payload).columns();
      };
      return columns.stream().filter(c -> c.property().equals(property.name())).findFirst().orElseThrow().type();
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
