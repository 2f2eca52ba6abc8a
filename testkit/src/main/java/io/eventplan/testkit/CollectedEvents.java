package io.eventplan.testkit;

import io.eventplan.runtime.EventPlan;
import io.eventplan.runtime.EventValidator;
import io.eventplan.runtime.ValidationResult;
import io.eventplan.runtime.Violation;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the collector wrote, read back from its warehouse: an accepted event's envelope ({@code events.properties})
 * turned into the generated record by the plan's own validator, a refused message from {@code rejected_events}; and
 * the emptying of every table between tests.
 */
final class CollectedEvents {
  private static final String ACCEPTED = """
      SELECT properties::text FROM events WHERE event_name = ? ORDER BY received_at, "timestamp", event_id""";
  private static final String REJECTED = """
      SELECT event_name, reasons::text, payload FROM rejected_events ORDER BY id""";
  /**
   * Every table of the plan's schema but Liquibase's own, which record the applied changelog. The summary tables of
   * schema {@code reporting} are emptied by the changelog's own triggers on TRUNCATE of {@code events} and
   * {@code rejected_events}.
   */
  private static final String TABLES = """
      SELECT quote_ident(tablename) FROM pg_tables
      WHERE schemaname = current_schema() AND tablename NOT LIKE 'databasechangelog%' ORDER BY tablename""";

  private final DataSource dataSource;
  private final EventPlan plan;
  private final JsonMapper json = JsonMapper.builder().build();

  CollectedEvents(DataSource dataSource, EventPlan plan) {
    this.dataSource = dataSource;
    this.plan = plan;
  }

  /** The accepted events named {@code eventName}, as records, in the order received. */
  List<Object> accepted(String eventName) {
    EventValidator<?> validator = plan.validator(eventName).orElseThrow(() -> new IllegalArgumentException(
        "the plan '" + plan.name() + "' has no event named '" + eventName + "'; its events are "
            + plan.validators().keySet()));
    List<Object> records = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(ACCEPTED)) {
      statement.setString(1, eventName);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ValidationResult<?> result = validator.validate(rows.getString(1).getBytes(StandardCharsets.UTF_8));
          if (!result.isValid()) {
            throw new IllegalStateException("an accepted '" + eventName + "' no longer passes the plan's validator "
                + result.violations() + ": the warehouse holds events of another version of the plan; reset()");
          }
          records.add(result.value());
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the accepted events failed: " + e.getMessage(), e);
    }
    return records;
  }

  /** Every refused message, in the order received. */
  List<Rejection> rejected() {
    List<Rejection> rejections = new ArrayList<>();
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(REJECTED)) {
      while (rows.next()) {
        rejections.add(new Rejection(rows.getString(1), violations(rows.getString(2)), rows.getString(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("reading the rejected events failed: " + e.getMessage(), e);
    }
    return rejections;
  }

  /** Empties every table: events (and with it the report's statistics), typed tables, people, companies, rejections. */
  void clear() {
    try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery(TABLES)) {
        while (rows.next()) {
          tables.add(rows.getString(1));
        }
      }
      if (!tables.isEmpty()) {
        statement.execute("TRUNCATE " + String.join(", ", tables) + " RESTART IDENTITY CASCADE");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("emptying the warehouse failed: " + e.getMessage(), e);
    }
  }

  private List<Violation> violations(String reasons) {
    List<Violation> violations = new ArrayList<>();
    for (JsonNode reason : json.readTree(reasons)) {
      violations.add(new Violation(reason.path("path").asString(), reason.path("rule").asString(),
          reason.path("message").asString()));
    }
    return violations;
  }
}
