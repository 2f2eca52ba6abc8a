package io.eventplan.codegen.warehouse;

/**
 * What the summary changesets ({@link ReportSummaries}, {@link RefusalSummaries}) share: the reporting schema, trigger
 * functions, the four statement-level triggers of a table, and how a sending library's name or version becomes a key.
 */
final class SummarySql {
  static final String SCHEMA = """
      CREATE SCHEMA IF NOT EXISTS "reporting";
      COMMENT ON SCHEMA "reporting" IS 'Report views generated from the tracking plan (docs/reports.md); eventplan drops and re-creates its views here.';""";

  /** Longest library name, version, event name or path a summary keeps: keys stay far below the index row limit. */
  static final int KEY_LENGTH = 200;

  private SummarySql() {}

  /**
   * A trigger function in schema reporting. It keeps the search path of the migration, so that it finds the same
   * tables whoever writes.
   */
  static String function(String name, String body) {
    return function(name, "", body);
  }

  /** A trigger function with local variables ({@code declarations}: lines of "name type;"; may be empty). */
  static String function(String name, String declarations, String body) {
    return "CREATE OR REPLACE FUNCTION reporting.\"" + name + "\"() RETURNS trigger LANGUAGE plpgsql\n"
        + "  SET search_path FROM CURRENT AS $fn$\n"
        + (declarations.isEmpty() ? "" : "DECLARE\n" + declarations.indent(2))
        + "BEGIN\n"
        + body + "\n"
        + "  RETURN NULL;\n"
        + "END\n"
        + "$fn$;";
  }

  /**
   * The statement-level triggers of {@code table}: {@code <prefix>_insert}, {@code _update}, {@code _delete} and
   * {@code _truncate}, calling the functions {@code <prefix>_add}, {@code _change}, {@code _remove} and
   * {@code _clear}, with the transition tables {@code newRows} and {@code oldRows}.
   */
  static String triggers(String table, String newRows, String oldRows, String prefix) {
    String t = "\"" + table + "\"";
    return """
        DROP TRIGGER IF EXISTS "%3$s_insert" ON %1$s;
        DROP TRIGGER IF EXISTS "%3$s_update" ON %1$s;
        DROP TRIGGER IF EXISTS "%3$s_delete" ON %1$s;
        DROP TRIGGER IF EXISTS "%3$s_truncate" ON %1$s;
        CREATE TRIGGER "%3$s_insert" AFTER INSERT ON %1$s REFERENCING NEW TABLE AS "%2$s"
          FOR EACH STATEMENT EXECUTE FUNCTION reporting."%3$s_add"();
        CREATE TRIGGER "%3$s_update" AFTER UPDATE ON %1$s REFERENCING OLD TABLE AS "%4$s" NEW TABLE AS "%2$s"
          FOR EACH STATEMENT EXECUTE FUNCTION reporting."%3$s_change"();
        CREATE TRIGGER "%3$s_delete" AFTER DELETE ON %1$s REFERENCING OLD TABLE AS "%4$s"
          FOR EACH STATEMENT EXECUTE FUNCTION reporting."%3$s_remove"();
        CREATE TRIGGER "%3$s_truncate" AFTER TRUNCATE ON %1$s
          FOR EACH STATEMENT EXECUTE FUNCTION reporting."%3$s_clear"();""".formatted(t, newRows, prefix, oldRows);
  }

  /** The name and version of a {@code context.library} object as two key columns; empty when unknown. */
  static String library(String libraryJson) {
    return key(libraryJson + " ->> 'name'") + ", " + key(libraryJson + " ->> 'version'");
  }

  /** A text value as a key column: cut to {@value #KEY_LENGTH} characters, empty when NULL. */
  static String key(String text) {
    return "coalesce(left(" + text + ", " + KEY_LENGTH + "), '')";
  }
}
