package io.eventplan.collector.db;

import io.eventplan.runtime.EventPlan;
import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.UpdateSummaryOutputEnum;
import liquibase.command.CommandScope;
import liquibase.command.core.UpdateCommandStep;
import liquibase.command.core.helpers.DbUrlConnectionArgumentsCommandStep;
import liquibase.command.core.helpers.ShowSummaryArgument;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;

/**
 * Applies a Liquibase changelog found on the class path (the warehouse changelog generated from
 * the plan), so that several collectors starting at once migrate exactly once.
 *
 * <p>Liquibase's lock table alone does not ensure that on an empty database: each instance first
 * creates Liquibase's own tables, and two doing so at once collide (one fails, or waits inside an
 * open transaction for the lock the other holds while the other waits for that transaction).
 * So each collector first takes a PostgreSQL advisory lock, {@value #ADVISORY_LOCK_KEY}, on the
 * migration connection: the second waits there until the first has committed everything, then
 * finds every changeset applied and does nothing. Liquibase's own lock still guards against other
 * tools (the Liquibase CLI or Maven plugin) running at the same time. A session's advisory lock
 * ends with the session, so a killed collector never leaves it behind.
 */
public final class LiquibaseMigrations implements Migrations {
  /** The advisory lock key of eventplan's migrations (any fixed 64-bit number; this one spells "evtplan1"). */
  public static final long ADVISORY_LOCK_KEY = 0x657674706c616e31L;

  private final String changelog;
  private final ClassLoader classLoader;

  /** @param changelog class-path location of the changelog, e.g. {@code eventplan/db/changelog.sql} */
  public LiquibaseMigrations(String changelog) {
    this(changelog, LiquibaseMigrations.class.getClassLoader());
  }

  public LiquibaseMigrations(String changelog, ClassLoader classLoader) {
    this.changelog = changelog;
    this.classLoader = classLoader;
  }

  /**
   * The changelog of {@code plan}, read from where the plan's classes are (its jar or class directory): another copy
   * of the same path elsewhere on the class path (an older build's, another module's) would make Liquibase refuse
   * both. When the plan's resources are not beside its classes (an IDE's separate output folders), the plan's class
   * loader is searched.
   */
  public static LiquibaseMigrations of(EventPlan plan) {
    ClassLoader planLoader = plan.getClass().getClassLoader();
    try {
      CodeSource source = plan.getClass().getProtectionDomain().getCodeSource();
      if (source != null && source.getLocation() != null) {
        URLClassLoader own = new URLClassLoader(new URL[] {source.getLocation()}, null);
        if (own.getResource(plan.changelog()) != null) {
          return new LiquibaseMigrations(plan.changelog(), own);
        }
      }
    } catch (SecurityException e) {
      // no code source to read: search the plan's class loader
    }
    return new LiquibaseMigrations(plan.changelog(), planLoader);
  }

  @Override
  public void migrate(DataSource dataSource) throws Exception {
    if (classLoader.getResource(changelog) == null) {
      throw new IllegalStateException("the warehouse changelog " + changelog + " is not on the class path");
    }
    try (Connection connection = dataSource.getConnection()) {
      execute(connection, "SELECT pg_advisory_lock(" + ADVISORY_LOCK_KEY + ")");
      try {
        update(connection);
      } finally {
        execute(connection, "SELECT pg_advisory_unlock(" + ADVISORY_LOCK_KEY + ")");
      }
    }
  }

  private void update(Connection connection) throws Exception {
    Database database =
        DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
    // LoggerUIService: Liquibase's progress goes to the log, not to standard output
    Scope.child(Map.of(Scope.Attr.resourceAccessor.name(), new ClassLoaderResourceAccessor(classLoader),
            Scope.Attr.ui.name(), new LoggerUIService()),
        () -> new CommandScope(UpdateCommandStep.COMMAND_NAME)
            .addArgumentValue(DbUrlConnectionArgumentsCommandStep.DATABASE_ARG, database)
            .addArgumentValue(UpdateCommandStep.CHANGELOG_FILE_ARG, changelog)
            .addArgumentValue(ShowSummaryArgument.SHOW_SUMMARY_OUTPUT, UpdateSummaryOutputEnum.LOG)
            .execute());
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } finally {
      connection.setAutoCommit(autoCommit);
    }
  }
}
