package io.eventplan.codegen.warehouse;

import static io.eventplan.plan.naming.SqlNames.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders PostgreSQL DDL: the creation of a table with its checks, comments and indexes, and the
 * statements that turn a table of one snapshot into the table of the next. Only changes that keep
 * existing rows valid reach {@link #alter}: new nullable columns, dropped NOT NULLs, replaced or
 * dropped checks, new comments and indexes (breaking changes were refused before).
 */
final class Ddl {
  private Ddl() {}

  static String create(TableSpec table) {
    return create(table, Partitioning.NONE);
  }

  /**
   * The creation of {@code table}; partitioned by month when {@code partitioning} says so. A partitioned table's
   * primary key holds its partition key too (PostgreSQL requires it), so a typed table refers to its events row
   * by id and receive time; deduplication by event id alone is the job of {@code event_ids}
   * ({@link PartitionedDedup}).
   */
  static String create(TableSpec table, Partitioning partitioning) {
    String t = quote(table.name());
    Optional<String> key = partitioning.keyOf(table);
    List<String> lines = new ArrayList<>();
    for (ColumnSpec c : table.columns()) {
      boolean primary = c.extra().startsWith("PRIMARY KEY");
      lines.add("  " + columnDefinition(key.isPresent() && primary
          ? new ColumnSpec(c.name(), c.type(), c.notNull(), "", c.comment()) : c));
    }
    for (CheckSpec check : table.checks()) {
      lines.add("  CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ")");
    }
    if (key.isPresent()) {
      String id = table.columns().stream().filter(c -> c.extra().startsWith("PRIMARY KEY")).findFirst()
          .orElseThrow().name();
      lines.add("  PRIMARY KEY (" + quote(id) + ", " + quote(key.get()) + ")");
      if (!table.name().equals(CoreTables.EVENTS)) {
        lines.add("  FOREIGN KEY (" + quote(id) + ", " + quote(key.get()) + ") REFERENCES "
            + quote(CoreTables.EVENTS) + " (\"event_id\", \"received_at\") ON DELETE CASCADE");
      }
    }
    StringBuilder sql = new StringBuilder("CREATE TABLE " + t + " (\n");
    sql.append(String.join(",\n", lines)).append("\n)")
        .append(key.map(k -> " " + Partitioning.MARK + " (" + quote(k) + ")").orElse("")).append(";");
    List<String> after = new ArrayList<>();
    after.add(commentOnTable(table.name(), table.comment()));
    for (ColumnSpec c : table.columns()) {
      if (!c.comment().isEmpty()) {
        after.add(commentOnColumn(table.name(), c.name(), c.comment()));
      }
    }
    for (IndexSpec index : table.indexes()) {
      after.add(createIndex(table.name(), index));
    }
    return sql + "\n" + String.join("\n", after);
  }

  /** The statements from {@code old} to {@code current}, one per line; empty when they are equal. */
  static List<String> alter(TableSpec old, TableSpec current) {
    String t = quote(current.name());
    List<String> statements = new ArrayList<>();
    if (!old.comment().equals(current.comment())) {
      statements.add(commentOnTable(current.name(), current.comment()));
    }
    for (CheckSpec check : old.checks()) {
      Optional<CheckSpec> now = current.check(check.name());
      if (now.isEmpty() || !now.get().expression().equals(check.expression())) {
        statements.add("ALTER TABLE " + t + " DROP CONSTRAINT IF EXISTS " + quote(check.name()) + ";");
      }
    }
    for (ColumnSpec c : current.columns()) {
      Optional<ColumnSpec> before = old.column(c.name());
      if (before.isEmpty()) {
        statements.add("ALTER TABLE " + t + " ADD COLUMN " + columnDefinition(c) + ";");
        if (!c.comment().isEmpty()) {
          statements.add(commentOnColumn(current.name(), c.name(), c.comment()));
        }
        continue;
      }
      ColumnSpec b = before.get();
      if (!b.type().equals(c.type())) {
        throw new IllegalStateException("column " + current.name() + "." + c.name() + " cannot change type from "
            + b.type() + " to " + c.type() + "; the change classifier should have refused this plan");
      }
      if (b.notNull() && !c.notNull()) {
        statements.add("ALTER TABLE " + t + " ALTER COLUMN " + quote(c.name()) + " DROP NOT NULL;");
      } else if (!b.notNull() && c.notNull()) {
        statements.add("ALTER TABLE " + t + " ALTER COLUMN " + quote(c.name()) + " SET NOT NULL;");
      }
      if (!b.comment().equals(c.comment())) {
        statements.add(commentOnColumn(current.name(), c.name(), c.comment()));
      }
    }
    for (CheckSpec check : current.checks()) {
      Optional<CheckSpec> before = old.check(check.name());
      if (before.isEmpty() || !before.get().expression().equals(check.expression())) {
        statements.add("ALTER TABLE " + t + " ADD CONSTRAINT " + quote(check.name()) + " CHECK (" + check.expression() + ");");
      }
    }
    for (IndexSpec index : current.indexes()) {
      if (!old.indexes().contains(index)) {
        statements.add(createIndex(current.name(), index));
      }
    }
    return statements;
  }

  private static String columnDefinition(ColumnSpec c) {
    return quote(c.name()) + " " + c.type() + (c.notNull() ? " NOT NULL" : "") + (c.extra().isEmpty() ? "" : " " + c.extra());
  }

  private static String commentOnTable(String table, String comment) {
    return "COMMENT ON TABLE " + quote(table) + " IS " + commentText(comment) + ";";
  }

  private static String commentOnColumn(String table, String column, String comment) {
    return "COMMENT ON COLUMN " + quote(table) + "." + quote(column) + " IS " + commentText(comment) + ";";
  }

  private static String commentText(String comment) {
    return comment.isEmpty() ? "NULL" : SqlLiterals.string(comment);
  }

  private static String createIndex(String table, IndexSpec index) {
    return "CREATE INDEX " + quote(index.name()) + " ON " + quote(table) + " (" + index.columns() + ");";
  }
}
