package io.eventplan.collector.db;

import java.sql.Connection;
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
 * the plan). Two collectors starting at once do not both migrate: Liquibase takes its lock row in
 * {@code DATABASECHANGELOGLOCK} before applying anything, the second instance waits for it
 * (up to Liquibase's lock wait, 5 minutes by default), then sees every changeset applied and does
 * nothing. A collector killed while holding the lock leaves it taken; release it with
 * {@code liquibase release-locks} (see docs/collector.md).
 */
public final class LiquibaseMigrations implements Migrations {
  private final String changelog;
  private final ClassLoader classLoader;

  /** @param changelog class-path location of the changelog, e.g. {@code eventplan/warehouse/changelog.sql} */
  public LiquibaseMigrations(String changelog) {
    this(changelog, LiquibaseMigrations.class.getClassLoader());
  }

  public LiquibaseMigrations(String changelog, ClassLoader classLoader) {
    this.changelog = changelog;
    this.classLoader = classLoader;
  }

  @Override
  public void migrate(DataSource dataSource) throws Exception {
    if (classLoader.getResource(changelog) == null) {
      throw new IllegalStateException("the warehouse changelog " + changelog + " is not on the class path");
    }
    try (Connection connection = dataSource.getConnection()) {
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
  }
}
