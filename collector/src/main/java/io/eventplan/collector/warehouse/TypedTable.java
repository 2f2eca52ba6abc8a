package io.eventplan.collector.warehouse;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL of one event's typed table, derived from the plan: one column per effective property (common
 * properties first, as in the plan), values converted by the property's type. When the plan has
 * no {@code event_id} property the row still carries the event id, the table's key.
 */
public final class TypedTable {
  static final String EVENT_ID = "event_id";

  private final String table;
  private final List<PropertyDef> columns;
  private final boolean addsEventId;
  private final String insertSql;

  private TypedTable(EventDef event) {
    this.table = WarehouseNames.eventTable(event);
    this.columns = event.properties();
    this.addsEventId = columns.stream().noneMatch(p -> WarehouseNames.column(p.name()).equals(EVENT_ID));
    List<String> names = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    if (addsEventId) {
      names.add(WarehouseNames.quote(EVENT_ID));
      placeholders.add("?");
    }
    for (PropertyDef property : columns) {
      names.add(WarehouseNames.quote(WarehouseNames.column(property.name())));
      placeholders.add(ColumnValues.placeholder(property.type()));
    }
    this.insertSql = "INSERT INTO " + WarehouseNames.quote(table) + " (" + String.join(", ", names)
        + ") VALUES (" + String.join(", ", placeholders) + ") ON CONFLICT (" + WarehouseNames.quote(EVENT_ID)
        + ") DO NOTHING";
  }

  public static TypedTable of(EventDef event) {
    return new TypedTable(event);
  }

  public String table() {
    return table;
  }

  /** Idempotent insert of one row; a repeated event_id is skipped. */
  public String insertSql() {
    return insertSql;
  }

  public void bindInsert(PreparedStatement statement, TypedRow row, JsonText json) throws SQLException {
    int index = 1;
    if (addsEventId) {
      statement.setObject(index++, row.eventId());
    }
    for (PropertyDef property : columns) {
      ColumnValues.bind(statement, index++, property.type(), row.envelope().get(property.name()), json);
    }
  }
}
