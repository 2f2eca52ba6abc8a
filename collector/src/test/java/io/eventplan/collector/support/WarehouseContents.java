package io.eventplan.collector.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Every row of every table and view of a warehouse (schemas public and reporting, partitions counted once through
 * their parent), as sorted text, less what differs between two warehouses fed the same messages at different
 * moments: when they were received (also the health views' last accepted and refused times, which are times of
 * receipt), generated ids, and the per-user summary's first and last time before its last change (which depend on
 * how the writes were grouped into statements). Two writers of the same messages must leave equal contents.
 */
public final class WarehouseContents {
  private WarehouseContents() {}

  /** Relation name to its rows, each row one line of column=value pairs, sorted. */
  public static Map<String, List<String>> of(Sql sql) {
    Map<String, List<String>> contents = new TreeMap<>();
    for (Map<String, Object> relation : sql.rows("""
        SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', 'reporting') AND c.relkind IN ('r', 'p', 'v', 'm') AND NOT c.relispartition
          AND c.relname NOT LIKE 'databasechangelog%'""")) {
      String schema = relation.get("schema").toString();
      String name = relation.get("name").toString();
      List<String> columns = new ArrayList<>();
      for (Map<String, Object> column : sql.rows("""
          SELECT column_name AS name FROM information_schema.columns
          WHERE table_schema = ? AND table_name = ? AND is_identity = 'NO' AND column_name NOT LIKE '%received%'
            AND column_name NOT IN ('last_accepted_at', 'last_refused_at', 'previous_first_at', 'previous_last_at')
          ORDER BY ordinal_position""", schema, name)) {
        columns.add("\"" + column.get("name").toString().replace("\"", "\"\"") + "\"");
      }
      String qualified = "\"" + schema + "\".\"" + name.replace("\"", "\"\"") + "\"";
      List<String> rows = columns.isEmpty() ? List.of() : sql.rows("SELECT " + String.join(", ", columns)
          + " FROM " + qualified).stream()
          .map(row -> row.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
              .collect(Collectors.joining(" | ")))
          .sorted().toList();
      contents.put(schema + "." + name, rows);
    }
    return contents;
  }
}
