package io.eventplan.collector.warehouse;

import io.eventplan.runtime.Column;
import io.eventplan.runtime.EventTable;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * SQL of one event's typed table, as the generated plan names it: the envelope columns ({@code _event_id},
 * {@code _received_at}, {@code _anonymous_id}, {@code _plan_version}; no plan name can start with
 * '_'), then one column per effective property in plan order, values converted by the property's
 * type. The key is {@code _event_id}, so a retried event is skipped.
 */
public final class TypedTable {
  /** The envelope columns that come first in every typed table. */
  public static final List<String> ENVELOPE = List.of("_event_id", "_received_at", "_anonymous_id", "_plan_version");

  private final List<Column> columns;
  private final String insertSql;
  private final String copySql;

  private TypedTable(EventTable event) {
    this.columns = event.columns();
    List<String> names = new ArrayList<>();
    List<String> placeholders = new ArrayList<>();
    for (String envelope : ENVELOPE) {
      names.add(SqlIdentifiers.quote(envelope));
      placeholders.add("?");
    }
    for (Column column : columns) {
      names.add(SqlIdentifiers.quote(column.column()));
      placeholders.add(ColumnValues.placeholder(column.type()));
    }
    this.insertSql = "INSERT INTO " + SqlIdentifiers.quote(event.table()) + " ("
        + String.join(", ", names) + ") VALUES (" + String.join(", ", placeholders) + ") ON CONFLICT DO NOTHING";
    this.copySql = "COPY " + SqlIdentifiers.quote(event.table()) + " ("
        + String.join(", ", names) + ") FROM STDIN";
  }

  public static TypedTable of(EventTable event) {
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
    copy.value(row.eventId().toString()).value(ColumnValues.pgTimestamp(row.receivedAt().atOffset(ZoneOffset.UTC)))
        .value(row.anonymousId()).value(row.planVersion());
    for (Column column : columns) {
      copy.value(ColumnValues.copyText(column.type(), row.envelope().get(column.property()), json));
    }
    copy.endRow();
  }

  public void bindInsert(PreparedStatement statement, TypedRow row, JsonText json) throws SQLException {
    statement.setObject(1, row.eventId());
    statement.setObject(2, row.receivedAt().atOffset(ZoneOffset.UTC));
    statement.setString(3, row.anonymousId());
    statement.setInt(4, row.planVersion());
    int index = ENVELOPE.size() + 1;
    for (Column column : columns) {
      ColumnValues.bind(statement, index++, column.type(), row.envelope().get(column.property()), json);
    }
  }
}
