package io.eventplan.collector.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the database every second whether it answers, so that readiness follows the database even
 * without traffic and the collector recovers by itself when PostgreSQL comes back.
 */
public final class DatabaseProbe implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(DatabaseProbe.class);

  private final DataSource dataSource;
  private final DatabaseStatus status;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "eventplan-db-probe");
    thread.setDaemon(true);
    return thread;
  });

  public DatabaseProbe(DataSource dataSource, DatabaseStatus status) {
    this.dataSource = dataSource;
    this.status = status;
  }

  public DatabaseProbe start(long periodMillis) {
    scheduler.scheduleWithFixedDelay(this::probe, 0, periodMillis, TimeUnit.MILLISECONDS);
    return this;
  }

  /** One check; public so that startup can wait for the first answer. */
  public void probe() {
    boolean was = status.reachable();
    try (Connection connection = dataSource.getConnection()) {
      if (!connection.isValid(1)) {
        throw new SQLException("the connection did not answer", "08006");
      }
      status.markReachable();
      if (!was) {
        LOG.info("PostgreSQL is reachable");
      }
    } catch (SQLException | RuntimeException e) {
      status.markUnreachable(e.getMessage());
      if (was) {
        LOG.warn("PostgreSQL is unreachable: {}", e.getMessage());
      }
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
  }
}
