package io.eventplan.collector.db;

import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the warehouse migrations on a thread of their own, trying again every few seconds while the database is
 * unreachable; readiness follows ({@link DatabaseStatus#markMigrated()}). Used by collectors in direct mode and by
 * loaders, the processes that write the warehouse.
 */
public final class BackgroundMigration {
  private static final Logger LOG = LoggerFactory.getLogger(BackgroundMigration.class);

  private BackgroundMigration() {}

  /** Starts migrating; interrupt the returned thread to give up. */
  public static Thread start(Migrations migrations, DataSource dataSource, DatabaseStatus status) {
    Thread migrator = new Thread(() -> migrate(migrations, dataSource, status), "eventplan-migrations");
    migrator.setDaemon(true);
    migrator.start();
    return migrator;
  }

  private static void migrate(Migrations migrations, DataSource dataSource, DatabaseStatus status) {
    long backoffMillis = 500;
    while (!Thread.currentThread().isInterrupted()) {
      try {
        migrations.migrate(dataSource);
        status.markMigrated();
        LOG.info("The warehouse schema is up to date");
        return;
      } catch (Exception e) {
        LOG.warn("Migrations failed, trying again in {} ms: {}", backoffMillis, e.getMessage());
        try {
          Thread.sleep(backoffMillis);
        } catch (InterruptedException interrupted) {
          return;
        }
        backoffMillis = Math.min(backoffMillis * 2, 10_000);
      }
    }
  }
}
