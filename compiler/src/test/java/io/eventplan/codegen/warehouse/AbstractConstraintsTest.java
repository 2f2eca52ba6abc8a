package io.eventplan.codegen.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.codegen.lock.PlanSnapshot;
import io.eventplan.plan.model.TrackingPlan;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every CHECK and NOT NULL constraint that the plan implies is proved: a row that breaks exactly
 * that rule is refused by PostgreSQL, naming the constraint, while the valid row is accepted.
 *
 * <p>Subclasses choose the server: {@link ConstraintsTest} (embedded) and {@link ConstraintsContainersTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS) // @BeforeAll asks the subclass for its database
abstract class AbstractConstraintsTest {
  /** The PostgreSQL 17 server that the tests run on: embedded, or a Testcontainers container. */
  abstract WarehouseDatabase database();

  private static final TrackingPlan PLAN = Plans.load("""
      plan: {name: Test, version: 1}
      common_properties:
        event_id: {type: uuid, required: true}
        timestamp: {type: timestamp, required: true}
      events:
        Order Completed:
          properties:
            order_id: {type: string, required: true, pattern: "^ord_[0-9a-z]{4}$"}
            currency: {type: string, values: [EUR, USD], required: true}
            coupon: {type: string, min_length: 3, max_length: 5}
            total: {type: number, min: 0, max: 1000}
            rating: {type: number, values: [0.5, 1]}
            item_count: {type: integer, min: 1, max: 10}
            priority: {type: integer, values: [1, 2, 3]}
            gift: {type: boolean, required: true}
            delivery_date: {type: date}
            page: {type: url, min_length: 10, max_length: 20, pattern: "^https://"}
            email: {type: email, min_length: 13, max_length: 30, pattern: "@example\\\\.com$"}
            line_items: {type: array, required: true, min_items: 1, max_items: 2, items: {type: string}}
            address: {type: object, properties: {city: {type: string}}}
            session: {type: uuid, required: true}
      people:
        traits:
          email: {type: email, required: true, max_length: 50}
          age: {type: integer, min: 0}
      companies:
        traits:
          tier: {type: string, required: true, values: [gold, silver]}
      """);

  private static final String TABLE = "order_completed";

  /** For each CHECK of the typed table: a value of its column that breaks that rule and no other. */
  private static final Map<String, String[]> VIOLATIONS = new LinkedHashMap<>();

  static {
    violation("timestamp_finite", "timestamp", "'-infinity'");
    violation("order_id_pattern", "order_id", "'ord_AB12'");
    violation("currency_values", "currency", "'GBP'");
    violation("coupon_min_length", "coupon", "'ab'");
    violation("coupon_max_length", "coupon", "'ééééé€'");
    violation("total_min", "total", "-0.001");
    violation("total_max", "total", "1000.5");
    violation("total_finite", "total", "'NaN'");
    violation("rating_values", "rating", "0.75");
    violation("rating_finite", "rating", "'-Infinity'");
    violation("item_count_min", "item_count", "0");
    violation("item_count_max", "item_count", "11");
    violation("priority_values", "priority", "4");
    violation("delivery_date_finite", "delivery_date", "'infinity'");
    violation("page_min_length", "page", "'https://a'");
    violation("page_max_length", "page", "'https://example.com/abc'");
    violation("page_pattern", "page", "'http://example.co'");
    violation("email_min_length", "email", "'@example.com'");
    violation("email_max_length", "email", "'abcdefghijklmnopqrst@example.com'");
    violation("email_pattern", "email", "'ada@example.org'");
    violation("line_items_type", "line_items", "'{\"a\": 1}'");
    violation("line_items_min_items", "line_items", "'[]'");
    violation("line_items_max_items", "line_items", "'[\"a\", \"b\", \"c\"]'");
    violation("address_type", "address", "'null'");
  }

  private static void violation(String rule, String column, String value) {
    VIOLATIONS.put(TABLE + "_" + rule, new String[] {column, value});
  }

  private TestDatabase db;

  @BeforeAll
  void warehouse() throws Exception {
    db = database().freshDatabase();
    db.apply(Plans.generate(PLAN).changelog());
  }

  /** A row of Order Completed that satisfies every rule, at the limits where there are some. */
  private static Map<String, String> valid(UUID id) {
    Map<String, String> row = TypedRows.envelope(id);
    row.put("event_id", "'" + id + "'");
    row.put("timestamp", "'2026-11-25T10:00:00+02:00'");
    row.put("order_id", "'ord_ab12'");
    row.put("currency", "'EUR'");
    row.put("coupon", "'ééééé'"); // 5 code points, 10 bytes: lengths count code points
    row.put("total", "1000");
    row.put("rating", "0.5");
    row.put("item_count", "10");
    row.put("priority", "3");
    row.put("gift", "true");
    row.put("delivery_date", "'2026-12-24'");
    row.put("page", "'https://ex.com/a'");
    row.put("email", "'a@example.com'");
    row.put("line_items", "'[\"a\", \"b\"]'");
    row.put("address", "'{\"city\": \"Lyon\"}'");
    row.put("session", "'" + UUID.randomUUID() + "'");
    return row;
  }

  @Test
  void theValidRowIsAccepted() throws Exception {
    UUID id = UUID.randomUUID();
    db.execute(TypedRows.insertSql("Order Completed", TABLE, id, valid(id)));
    assertThat(db.single("SELECT \"coupon\" FROM \"order_completed\" WHERE \"_event_id\" = '" + id + "'")).isEqualTo("ééééé");
  }

  @Test
  void everyCheckOfTheTypedTableRefusesItsViolation() {
    TableSpec spec = WarehouseSchema.tables(PlanSnapshot.of(PLAN)).stream()
        .filter(t -> t.name().equals(TABLE)).findFirst().orElseThrow();
    assertThat(VIOLATIONS.keySet()).as("a violation for every CHECK the plan implies")
        .containsExactlyInAnyOrderElementsOf(spec.checks().stream().map(CheckSpec::name).toList());
    VIOLATIONS.forEach((check, violation) -> {
      UUID id = UUID.randomUUID();
      Map<String, String> row = valid(id);
      row.put(violation[0], violation[1]);
      assertThat(db.refusal(TypedRows.insertSql("Order Completed", TABLE, id, row)))
          .as(check).contains("violates check constraint \"" + check + "\"");
    });
  }

  @Test
  void everyNotNullColumnOfTheTypedTableRefusesNull() {
    TableSpec spec = WarehouseSchema.tables(PlanSnapshot.of(PLAN)).stream()
        .filter(t -> t.name().equals(TABLE)).findFirst().orElseThrow();
    assertThat(spec.columns().stream().filter(ColumnSpec::notNull).map(ColumnSpec::name))
        .containsExactly("_event_id", "_received_at", "_plan_version", "event_id", "timestamp", "order_id", "currency",
            "gift", "line_items", "session");
    for (ColumnSpec column : spec.columns()) {
      UUID id = UUID.randomUUID();
      Map<String, String> row = valid(id);
      row.put(column.name(), "NULL");
      if (column.notNull()) {
        assertThat(db.refusal(TypedRows.insertSql("Order Completed", TABLE, id, row)))
            .as(column.name()).contains("null value in column \"" + column.name() + "\"");
      }
    }
  }

  @Test
  void optionalColumnsAcceptNull() throws Exception {
    UUID id = UUID.randomUUID();
    Map<String, String> row = valid(id);
    for (String optional : new String[] {"_anonymous_id", "coupon", "total", "rating", "item_count", "priority",
        "delivery_date", "page", "email", "address"}) {
      row.put(optional, "NULL");
    }
    db.execute(TypedRows.insertSql("Order Completed", TABLE, id, row));
  }

  @Test
  void typesAreEnforcedByTheColumns() {
    for (String[] wrong : new String[][] {
        {"item_count", "'ten'"}, {"item_count", "9223372036854775808"}, {"gift", "'maybe'"},
        {"session", "'not-a-uuid'"}, {"delivery_date", "'2026-02-30'"}, {"timestamp", "'yesterday at noon'"},
        {"line_items", "'not json'"}}) {
      UUID id = UUID.randomUUID();
      Map<String, String> row = valid(id);
      row.put(wrong[0], wrong[1]);
      assertThat(db.refusal(TypedRows.insertSql("Order Completed", TABLE, id, row))).as(wrong[0]).isNotEmpty();
    }
  }

  @Test
  void traitsAreCheckedInPeopleAndCompanies() throws Exception {
    db.execute("INSERT INTO \"companies\" (\"company_id\", \"tier\") VALUES ('acme', 'gold')");
    db.execute("INSERT INTO \"people\" (\"user_id\", \"company_id\", \"email\", \"age\") VALUES ('u1', 'acme', 'a@b.c', 0)");
    assertThat(db.refusal("INSERT INTO \"people\" (\"user_id\", \"email\") VALUES ('u2', NULL)"))
        .contains("null value in column \"email\"");
    assertThat(db.refusal("INSERT INTO \"people\" (\"user_id\", \"email\") VALUES ('u2', '" + "x".repeat(51) + "')"))
        .contains("violates check constraint \"people_email_max_length\"");
    assertThat(db.refusal("INSERT INTO \"people\" (\"user_id\", \"email\", \"age\") VALUES ('u2', 'a@b.c', -1)"))
        .contains("violates check constraint \"people_age_min\"");
    // no foreign key: a person may name a company whose group call has not arrived yet
    db.execute("INSERT INTO \"people\" (\"user_id\", \"email\", \"company_id\") VALUES ('u2', 'a@b.c', 'later')");
    assertThat(db.refusal("INSERT INTO \"companies\" (\"company_id\", \"tier\") VALUES ('c2', 'bronze')"))
        .contains("violates check constraint \"companies_tier_values\"");
    assertThat(db.refusal("INSERT INTO \"companies\" (\"company_id\") VALUES ('c2')"))
        .contains("null value in column \"tier\"");
  }

  @Test
  void aTypedRowNeedsItsEventRow() {
    Map<String, String> row = valid(UUID.randomUUID());
    String sql = TypedRows.insertSql("Order Completed", TABLE, UUID.randomUUID(), row);
    String typedOnly = sql.substring(sql.indexOf("INSERT INTO \"order_completed\""), sql.indexOf("COMMIT;"));
    assertThat(db.refusal(typedOnly)).contains("violates foreign key constraint \"order_completed__event_id_fkey\"");
  }
}
