package io.eventplan.codegen.warehouse;

import io.eventplan.plan.naming.SqlNames;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Test helper: inserts an event into events and its typed table in one transaction, from SQL literals. */
final class TypedRows {
  private TypedRows() {}

  /** The envelope of a typed row for a new event id, to which tests add property columns. */
  static Map<String, String> envelope(UUID eventId) {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("_event_id", "'" + eventId + "'");
    row.put("_received_at", "now()");
    row.put("_anonymous_id", "NULL");
    row.put("_plan_version", "1");
    return row;
  }

  /** The SQL that inserts the event row and the typed row; columns map to SQL expressions. */
  static String insertSql(String eventName, String table, UUID eventId, Map<String, String> columns) {
    String names = columns.keySet().stream().map(SqlNames::quote).collect(Collectors.joining(", "));
    String values = String.join(", ", columns.values());
    return "BEGIN;\n"
        + "INSERT INTO \"events\" (\"event_id\", \"event_name\", \"timestamp\", \"properties\", \"plan_version\") VALUES ('"
        + eventId + "', " + SqlLiterals.string(eventName) + ", now(), '{}', 1);\n"
        + "INSERT INTO " + SqlNames.quote(table) + " (" + names + ") VALUES (" + values + ");\n"
        + "COMMIT;";
  }

  /** Inserts a typed row whose property columns are {@code properties}; returns its event id. */
  static UUID insert(TestDatabase db, String eventName, String table, Map<String, String> properties) throws SQLException {
    UUID id = UUID.randomUUID();
    Map<String, String> row = envelope(id);
    row.putAll(properties);
    db.execute(insertSql(eventName, table, id, row));
    return id;
  }
}
