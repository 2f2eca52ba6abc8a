package io.eventplan.collector.warehouse;

import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.TraitsDef;
import io.eventplan.plan.naming.SqlNames;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The upsert shared by {@code people} and {@code companies}: the key column, one column per trait
 * of the plan, first_seen_at and last_seen_at. A call sets only the traits it carries: a trait it
 * leaves out keeps its stored value ({@code COALESCE(EXCLUDED.x, table.x)}), as Segment merges
 * traits; first_seen_at only moves back and last_seen_at only forward.
 */
final class TraitsTable {
  private final String table;
  private final String keyColumn;
  private final List<PropertyDef> traits;
  private final String upsertSql;

  TraitsTable(String table, String keyColumn, TraitsDef def) {
    this.table = table;
    this.keyColumn = keyColumn;
    this.traits = def.traits().stream()
        .filter(t -> !SqlNames.column(t.name()).equals(keyColumn))
        .toList();
    this.upsertSql = buildUpsert();
  }

  private String buildUpsert() {
    List<String> names = new ArrayList<>(List.of(SqlNames.quote(keyColumn)));
    List<String> placeholders = new ArrayList<>(List.of("?"));
    List<String> updates = new ArrayList<>();
    for (PropertyDef trait : traits) {
      String column = SqlNames.quote(SqlNames.column(trait.name()));
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
        + String.join(", ", placeholders) + ") ON CONFLICT (" + SqlNames.quote(keyColumn) + ") DO UPDATE SET "
        + String.join(", ", updates);
  }

  String upsertSql() {
    return upsertSql;
  }

  void bindUpsert(PreparedStatement statement, TraitsRow row, JsonText json) throws SQLException {
    int index = 1;
    statement.setString(index++, row.key());
    for (PropertyDef trait : traits) {
      ColumnValues.bind(statement, index++, trait.type(), row.traits().get(trait.name()), json);
    }
    statement.setString(index++, row.timestamp());
    statement.setString(index, row.timestamp());
  }
}
