package io.eventplan.collector.warehouse;

import io.eventplan.runtime.Column;
import io.eventplan.runtime.TraitsTable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The upsert shared by {@code people} and {@code companies}: the key column, one column per trait
 * of the plan (as the generated plan describes the table), first_seen_at and last_seen_at. A call sets only the traits it carries: a trait it
 * leaves out keeps its stored value ({@code COALESCE(EXCLUDED.x, table.x)}), as Segment merges
 * traits; first_seen_at only moves back and last_seen_at only forward.
 */
final class TraitsUpsert {
  private final String table;
  private final String keyColumn;
  private final List<Column> traits;
  private final String upsertSql;

  TraitsUpsert(TraitsTable def) {
    this.table = def.table();
    this.keyColumn = def.keyColumn();
    this.traits = def.columns();
    this.upsertSql = buildUpsert();
  }

  private String buildUpsert() {
    List<String> names = new ArrayList<>(List.of(SqlIdentifiers.quote(keyColumn)));
    List<String> placeholders = new ArrayList<>(List.of("?"));
    List<String> updates = new ArrayList<>();
    for (Column trait : traits) {
      String column = SqlIdentifiers.quote(trait.column());
      names.add(column);
      placeholders.add(ColumnValues.placeholder(trait.type()));
      updates.add(column + " = COALESCE(EXCLUDED." + column + ", " + table + "." + column + ")");
    }
    names.add("first_seen_at");
    names.add("last_seen_at");
    placeholders.add("CAST(? AS timestamptz)");
    placeholders.add("CAST(? AS timestamptz)");
    updates.add("first_seen_at = LEAST(" + table + ".first_seen_at, EXCLUDED.first_seen_at)");
    updates.add("last_seen_at = GREATEST(" + table + ".last_seen_at, EXCLUDED.last_seen_at)");
    return "INSERT INTO " + table + " AS " + table + " (" + String.join(", ", names) + ") VALUES ("
        + String.join(", ", placeholders) + ") ON CONFLICT (" + SqlIdentifiers.quote(keyColumn) + ") DO UPDATE SET "
        + String.join(", ", updates);
  }

  String upsertSql() {
    return upsertSql;
  }

  void bindUpsert(PreparedStatement statement, TraitsRow row, JsonText json) throws SQLException {
    int index = 1;
    statement.setString(index++, row.key());
    for (Column trait : traits) {
      ColumnValues.bind(statement, index++, trait.type(), row.traits().get(trait.property()), json);
    }
    statement.setString(index++, row.timestamp());
    statement.setString(index, row.timestamp());
  }
}
