package io.eventplan.collector.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;

/** The collector's connection pool. */
public final class DataSources {
  private DataSources() {}

  /**
   * A pool that starts even when the database is down (it connects when it can) and gives up on a
   * connection after two seconds, so a request waits for an answer no longer than that.
   * {@code reWriteBatchedInserts} turns the writer's batches into multi-row INSERTs.
   */
  public static HikariDataSource pool(String jdbcUrl, String user, String password, MeterRegistry meters) {
    return pool(jdbcUrl, user, password, meters, "eventplan-collector");
  }

  /** The same pool, named {@code applicationName} in pg_stat_activity (a loader's is {@code eventplan-loader}). */
  public static HikariDataSource pool(String jdbcUrl, String user, String password, MeterRegistry meters,
      String applicationName) {
    HikariConfig config = new HikariConfig();
    config.setPoolName(applicationName);
    config.setJdbcUrl(jdbcUrl);
    config.setUsername(user);
    config.setPassword(password);
    config.setMaximumPoolSize(4);
    config.setMinimumIdle(1);
    config.setConnectionTimeout(2_000);
    config.setValidationTimeout(1_000);
    config.setInitializationFailTimeout(-1);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    config.addDataSourceProperty("ApplicationName", applicationName);
    config.addDataSourceProperty("connectTimeout", "2");
    config.addDataSourceProperty("socketTimeout", "30");
    if (meters != null) {
      config.setMetricRegistry(meters);
    }
    return new HikariDataSource(config);
  }
}
