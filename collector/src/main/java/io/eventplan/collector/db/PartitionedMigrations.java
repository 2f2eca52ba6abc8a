package io.eventplan.collector.db;

import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The plan's migrations followed by {@link MonthPartitions} maintenance, so that a month-partitioned warehouse has
 * its partitions before the process becomes ready; then the maintenance runs again every
 * {@value #PERIOD_HOURS} hours for as long as the process lives, so that a collector or loader that runs for months
 * keeps creating them ahead. On a warehouse without partitioned tables the maintenance finds nothing to do.
 */
public final class PartitionedMigrations implements Migrations {
  private static final Logger LOG = LoggerFactory.getLogger(PartitionedMigrations.class);
  static final long PERIOD_HOURS = 6;

  private final Migrations migrations;
  private final MonthPartitions.Settings settings;
  private final AtomicBoolean scheduled = new AtomicBoolean();

  public PartitionedMigrations(Migrations migrations, MonthPartitions.Settings settings) {
    this.migrations = migrations;
    this.settings = settings;
  }

  @Override
  public void migrate(DataSource dataSource) throws Exception {
    migrations.migrate(dataSource);
    log(MonthPartitions.maintain(dataSource, settings, YearMonth.now(ZoneOffset.UTC)));
    if (scheduled.compareAndSet(false, true)) {
      ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "eventplan-month-partitions");
        thread.setDaemon(true);
        return thread;
      });
      scheduler.scheduleWithFixedDelay(() -> {
        try {
          log(MonthPartitions.maintain(dataSource, settings, YearMonth.now(ZoneOffset.UTC)));
        } catch (Exception e) {
          LOG.warn("Creating month partitions failed (trying again in {} hours): {}", PERIOD_HOURS, e.toString());
        }
      }, PERIOD_HOURS, PERIOD_HOURS, TimeUnit.HOURS);
    }
  }

  private static void log(MonthPartitions.Result result) {
    if (!result.created().isEmpty()) {
      LOG.info("Created the month partitions {}", result.created());
    }
    if (!result.dropped().isEmpty()) {
      LOG.info("Dropped the month partitions {} (EVENTPLAN_RETENTION_MONTHS)", result.dropped());
    }
  }
}
