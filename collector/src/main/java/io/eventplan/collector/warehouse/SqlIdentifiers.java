package io.eventplan.collector.warehouse;

/** SQL identifiers in double quotes, so that any name the plan gave (a keyword, a capital) means itself. */
public final class SqlIdentifiers {
  private SqlIdentifiers() {}

  /** {@code name} as a quoted identifier: {@code "select"}, {@code "a""b"}. */
  public static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }
}
