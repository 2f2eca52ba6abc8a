package io.eventplan.codegen.warehouse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import liquibase.Scope;
import liquibase.changelog.FastCheckService;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

/** One test's database: applies changelogs with Liquibase and runs SQL. */
final class TestDatabase {
  static {
    // no phoning home from tests, and a quiet log
    System.setProperty("liquibase.analytics.enabled", "false");
    System.setProperty("liquibase.showBanner", "false");
  }

  private final String jdbcUrl;
  private final String user;
  private final String password;

  TestDatabase(String jdbcUrl, String user, String password) {
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(jdbcUrl, user, password);
  }

  /**
   * Runs Liquibase's update command on {@code changelog}, read from a directory as
   * {@code eventplan/db/changelog.sql}, the way the plugin's users apply it.
   */
  void apply(String changelog) throws Exception {
    Path dir = Files.createTempDirectory("eventplan-changelog");
    Path file = dir.resolve(WarehouseGeneration.CHANGELOG_PATH);
    Files.createDirectories(file.getParent());
    Files.writeString(file, changelog, StandardCharsets.UTF_8);
    // Liquibase remembers in-process that a database was up to date for a changelog path; the
    // tests apply a changed changelog under the same path in the same JVM, so forget that
    Scope.getCurrentScope().getSingleton(FastCheckService.class).clearCache();
    try (Connection connection = connect()) {
      Database database = DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
      Scope.child(
          Map.of(Scope.Attr.resourceAccessor.name(), new DirectoryResourceAccessor(dir)),
          () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
              .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
              .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, WarehouseGeneration.CHANGELOG_PATH)
              .execute());
    } finally {
      deleteTree(dir);
    }
  }

  void execute(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** Runs {@code sql} and returns the server's error message, or fails when it succeeds. */
  String refusal(String sql) {
    try {
      execute(sql);
    } catch (SQLException e) {
      return e.getMessage();
    }
    throw new AssertionError("PostgreSQL accepted: " + sql);
  }

  List<Map<String, Object>> query(String sql) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      ResultSetMetaData meta = rs.getMetaData();
      List<Map<String, Object>> rows = new ArrayList<>();
      while (rs.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
          row.put(meta.getColumnLabel(i), rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  Object single(String sql) throws SQLException {
    List<Map<String, Object>> rows = query(sql);
    if (rows.size() != 1 || rows.get(0).size() != 1) {
      throw new AssertionError("expected one value from " + sql + " but got " + rows);
    }
    return rows.get(0).values().iterator().next();
  }

  private static void deleteTree(Path dir) throws IOException {
    try (var paths = Files.walk(dir)) {
      for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
