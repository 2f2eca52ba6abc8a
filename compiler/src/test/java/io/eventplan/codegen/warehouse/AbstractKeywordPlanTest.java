package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.plan.model.TrackingPlan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A plan full of SQL keywords creates its tables, a row with every column type round-trips, and
 * descriptions with quotes, semicolons, comment markers and Liquibase's ${...} arrive intact.
 *
 * <p>Subclasses choose the server: {@link KeywordPlanTest} (embedded) and {@link KeywordPlanContainersTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // @BeforeAll asks the subclass for its database
abstract class AbstractKeywordPlanTest {
  /** The PostgreSQL 17 server that the tests run on: embedded, or a Testcontainers container. */
  abstract WarehouseDatabase database();

  private static final String TRICKY = "It's; -- not a comment /* nor this */ \"quoted\" costs ${price}\nand a second line";

  private static final TrackingPlan PLAN = Plans.load("""
      plan: {name: Keywords, version: 1}
      events:
        Order:
          description: "%s"
          properties:
            order: {type: string, required: true, values: ["it's", "a;b"], description: "%s"}
            user: {type: integer}
            select: {type: number}
            timestamp: {type: timestamp}
            class: {type: boolean}
            default: {type: date}
            group: {type: uuid}
            table: {type: url}
            from: {type: email}
            where: {type: array, items: {type: integer}}
            limit: {type: object, properties: {offset: {type: string}}}
            event_id: {type: string}
            received_at: {type: integer}
        Select: {}
        User:
          properties:
            user: {type: string, required: true}
        Group: {properties: {group: {type: string}}}
        Table: {version: 2, properties: {table: {type: string, max_length: 3}}}
      people:
        traits:
          select: {type: string}
          order: {type: integer}
      companies:
        traits:
          user: {type: boolean}
      """.formatted(yamlText(TRICKY), yamlText(TRICKY)));

  /** The body of a YAML double-quoted string. */
  private static String yamlText(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
  }

  private TestDatabase db;

  @BeforeAll
  void warehouse() throws Exception {
    db = database().freshDatabase();
    db.apply(Plans.generate(PLAN).changelog());
  }

  @Test
  void everyKeywordTableExists() throws Exception {
    List<Object> tables = db.query("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
        + " ORDER BY table_name").stream().map(r -> r.get("table_name")).toList();
    assertThat(tables).contains("order", "select", "user", "group", "table_v2", "people", "companies", "events");
    assertThat(db.query("SELECT column_name FROM information_schema.columns WHERE table_name = 'order'"
        + " ORDER BY ordinal_position").stream().map(r -> r.get("column_name")).toList())
        .containsExactly("_event_id", "_received_at", "_anonymous_id", "_plan_version", "order", "user", "select",
            "timestamp", "class", "default", "group", "table", "from", "where", "limit", "event_id", "received_at");
  }

  @Test
  void aRowWithEveryColumnTypeRoundTrips() throws Exception {
    UUID id = UUID.randomUUID();
    UUID group = UUID.randomUUID();
    OffsetDateTime at = OffsetDateTime.parse("2026-11-25T10:00:00.123456+02:00");
    try (Connection c = db.connect()) {
      c.setAutoCommit(false);
      try (PreparedStatement e = c.prepareStatement("INSERT INTO \"events\" (\"event_id\", \"event_name\","
          + " \"timestamp\", \"properties\", \"plan_version\") VALUES (?, 'Order', now(), '{}', 1)")) {
        e.setObject(1, id);
        e.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement("INSERT INTO \"order\" (\"_event_id\", \"_received_at\","
          + " \"_plan_version\", \"order\", \"user\", \"select\", \"timestamp\", \"class\", \"default\", \"group\","
          + " \"table\", \"from\", \"where\", \"limit\", \"event_id\", \"received_at\")"
          + " VALUES (?, now(), 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?)")) {
        s.setObject(1, id);
        s.setString(2, "it's");
        s.setLong(3, Long.MAX_VALUE);
        s.setDouble(4, -1.7976931348623157E308);
        s.setObject(5, at);
        s.setBoolean(6, true);
        s.setObject(7, LocalDate.of(2024, 2, 29));
        s.setObject(8, group);
        s.setString(9, "https://example.com/a?b=c");
        s.setString(10, "ada@example.com");
        s.setString(11, "[1, -2, 9223372036854775807]");
        s.setString(12, "{\"offset\": \"zéro\"}");
        s.setString(13, "not a uuid: just text");
        s.setLong(14, -1);
        s.executeUpdate();
      }
      c.commit();
      try (PreparedStatement q = c.prepareStatement("SELECT \"order\", \"user\", \"select\", \"timestamp\", \"class\","
          + " \"default\", \"group\", \"table\", \"from\", \"where\"::text, \"limit\"::text, \"event_id\", \"received_at\""
          + " FROM \"order\" WHERE \"_event_id\" = ?")) {
        q.setObject(1, id);
        try (ResultSet rs = q.executeQuery()) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString(1)).isEqualTo("it's");
          assertThat(rs.getLong(2)).isEqualTo(Long.MAX_VALUE);
          assertThat(rs.getDouble(3)).isEqualTo(-1.7976931348623157E308);
          assertThat(rs.getObject(4, OffsetDateTime.class).toInstant()).isEqualTo(at.toInstant());
          assertThat(rs.getBoolean(5)).isTrue();
          assertThat(rs.getObject(6, LocalDate.class)).isEqualTo(LocalDate.of(2024, 2, 29));
          assertThat(rs.getObject(7, UUID.class)).isEqualTo(group);
          assertThat(rs.getString(8)).isEqualTo("https://example.com/a?b=c");
          assertThat(rs.getString(9)).isEqualTo("ada@example.com");
          assertThat(rs.getString(10)).isEqualTo("[1, -2, 9223372036854775807]");
          assertThat(rs.getString(11)).isEqualTo("{\"offset\": \"zéro\"}");
          assertThat(rs.getString(12)).isEqualTo("not a uuid: just text");
          assertThat(rs.getLong(13)).isEqualTo(-1);
        }
      }
    }
  }

  @Test
  void valuesWithQuotesAndSemicolonsAreChecked() throws Exception {
    TypedRows.insert(db, "Order", "order", java.util.Map.of("order", "'a;b'"));
    assertThat(db.refusal(TypedRows.insertSql("Order", "order", UUID.randomUUID(),
        withOrder(UUID.randomUUID(), "'its'")))).contains("violates check constraint \"order_order_values\"");
  }

  private static java.util.Map<String, String> withOrder(UUID id, String value) {
    java.util.Map<String, String> row = TypedRows.envelope(id);
    row.put("order", value);
    return row;
  }

  @Test
  void descriptionsArriveIntactAsComments() throws Exception {
    assertThat(db.single("SELECT obj_description('\"order\"'::regclass, 'pg_class')"))
        .isEqualTo("Event 'Order' (version 1): " + TRICKY);
    assertThat(db.single("SELECT col_description('\"order\"'::regclass, (SELECT attnum FROM pg_attribute"
        + " WHERE attrelid = '\"order\"'::regclass AND attname = 'order'))")).isEqualTo(TRICKY);
  }
}
