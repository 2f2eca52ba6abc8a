package io.eventplan.collector.warehouse;

import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.model.TraitsDef;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The column list shared by {@code people} and {@code companies}: the key column, then one column
 * per trait of the plan. An upsert sets only the traits a call carries: a trait it leaves out keeps
 * its stored value ({@code COALESCE(EXCLUDED.x, table.x)}), as Segment's identify merges traits.
 */
final class TraitsTable {
  private final String table;
  private final String keyColumn;
  private final List<PropertyDef> traits;

  TraitsTable(String table, String keyColumn, TraitsDef def) {
    this.table = table;
    this.keyColumn = keyColumn;
    this.traits = def.traits().stream()
        .filter(t -> !WarehouseNames.column(t.name()).equals(keyColumn))
        .toList();
  }

  /** The upsert: {@code extraColumns} with their placeholders and update rules come after the traits. */
  String upsertSql(List<String> extraColumns, List<String> extraPlaceholders, List<String> extraUpdates) {
    List<String> names = new ArrayList<>(List.of(WarehouseNames.quote(keyColumn)));
    List<String> placeholders = new ArrayList<>(List.of("?"));
    List<String> updates = new ArrayList<>();
    for (PropertyDef trait : traits) {
      String column = WarehouseNames.quote(WarehouseNames.column(trait.name()));
      names.add(column);
      placeholders.add(ColumnValues.placeholder(trait.type()));
      updates.add(column + " = COALESCE(EXCLUDED." + column + ", " + table + "." + column + ")");
    }
    names.addAll(extraColumns);
    placeholders.addAll(extraPlaceholders);
    updates.addAll(extraUpdates);
    return "INSERT INTO " + table + " AS " + table + " (" + String.join(", ", names) + ") VALUES ("
        + String.join(", ", placeholders) + ") ON CONFLICT (" + WarehouseNames.quote(keyColumn) + ") "
        + (updates.isEmpty() ? "DO NOTHING" : "DO UPDATE SET " + String.join(", ", updates));
  }

  /** Binds the key and the traits; returns the next parameter index. */
  int bindKeyAndTraits(PreparedStatement statement, TraitsRow row, JsonText json) throws SQLException {
    int index = 1;
    statement.setString(index++, row.key());
    for (PropertyDef trait : traits) {
      ColumnValues.bind(statement, index++, trait.type(), row.traits().get(trait.name()), json);
    }
    return index;
  }
}
