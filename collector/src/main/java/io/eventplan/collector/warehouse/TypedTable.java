package io.eventplan.collector.warehouse;

import io.eventplan.plan.model.EventDef;
import io.eventplan.plan.model.PropertyDef;
import io.eventplan.plan.naming.SqlNames;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL of one event's typed table, derived from the plan: the envelope columns ({@code _event_id},
 * {@code _received_at}, {@code _anonymous_id}, {@code _plan_version}; no plan name can start with
 * '_'), then one column per effective property in plan order, values converted by the property's
 * type. The key is {@code _event_id}, so a retried event is skipped.
 */
public final class TypedTable {
  /** The envelope columns that come first in every typed table. */
  public static final List<String> ENVELOPE = List.of("_event_id", "_received_at", "_anonymous_id", "_plan_version");

  private final List<PropertyDef> columns;
  private final String insertSql;
  private final String copySql;

  private TypedTable(EventDef event) {
    this.columns = event.properties();
    List<String> names = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    for (String envelope : ENVELOPE) {
      names.add(SqlNames.quote(envelope));
      placeholders.add("?");
    }
    for (PropertyDef property : columns) {
      names.add(SqlNames.quote(SqlNames.column(property.name())));
      placeholders.add(ColumnValues.placeholder(property.type()));
    }
    this.insertSql = "INSERT INTO " + SqlNames.quote(SqlNames.table(event.name(), event.version())) + " ("
        + String.join(", ", names) + ") VALUES (" + String.join(", ", placeholders) + ") ON CONFLICT ("
        + SqlNames.quote(ENVELOPE.get(0)) + ") DO NOTHING";
    this.copySql = "COPY " + SqlNames.quote(SqlNames.table(event.name(), event.version())) + " ("
        + String.join(", ", names) + ") FROM STDIN";
  }

  public static TypedTable of(EventDef event) {
    return new TypedTable(event);
  }

  /** Idempotent insert of one row; a repeated event id is skipped. */
  public String insertSql() {
    return insertSql;
  }

  /** Plain COPY of new rows, in the column order of {@link #insertSql()}; fails on a repeated event id. */
  public String copySql() {
    return copySql;
  }

  /** Appends {@code row} to a COPY of this table, values rendered as {@link #bindInsert} binds them. */
  public void appendCopyRow(CopyText copy, TypedRow row, JsonText json) {
    copy.value(row.eventId().toString()).value(row.receivedAt().atOffset(ZoneOffset.UTC).toString())
        .value(row.anonymousId()).value(row.planVersion());
    for (PropertyDef property : columns) {
      copy.value(ColumnValues.copyText(property.type(), row.envelope().get(property.name()), json));
    }
    copy.endRow();
  }

  public void bindInsert(PreparedStatement statement, TypedRow row, JsonText json) throws SQLException {
    statement.setObject(1, row.eventId());
    statement.setObject(2, row.receivedAt().atOffset(ZoneOffset.UTC));
    statement.setString(3, row.anonymousId());
    statement.setInt(4, row.planVersion());
    int index = ENVELOPE.size() + 1;
    for (PropertyDef property : columns) {
      ColumnValues.bind(statement, index++, property.type(), row.envelope().get(property.name()), json);
    }
  }
}
