package io.eventplan.collector;

import com.zaxxer.hikari.HikariDataSource;
import io.eventplan.collector.db.DataSources;
import io.eventplan.collector.db.LiquibaseMigrations;
import io.eventplan.collector.ingest.Replay;
import io.eventplan.collector.ingest.ReplayResult;
import io.eventplan.runtime.EventPlan;
import java.nio.file.Path;

/**
 * Replay against a warehouse from outside a running collector: what goal {@code eventplan:replay} calls (by name,
 * through the plugin's class path, so its arguments are JDK types only). It loads the plan from a plan bundle or
 * a directory of compiled plan classes, brings the warehouse to the plan's changelog as a collector serving the plan
 * does on start, then runs {@link Replay}.
 */
public final class ReplayCommand {
  private ReplayCommand() {}

  /**
   * Replays, or with {@code dryRun} counts, and returns the one-line summary.
   *
   * @param plan a plan bundle jar ({@code eventplan:bundle}) or a directory holding the compiled plan and its
   *     generated resources (e.g. target/classes after {@code mvn compile})
   */
  public static String run(String jdbcUrl, String user, String password, Path plan, boolean dryRun)
      throws Exception {
    EventPlan eventPlan = PlanDiscovery.fromBundle(plan);
    try (HikariDataSource dataSource = DataSources.pool(jdbcUrl, user, password, null)) {
      LiquibaseMigrations.of(eventPlan).migrate(dataSource);
      ReplayResult result = Replay.of(dataSource, eventPlan).run(dryRun);
      return "Plan '" + eventPlan.name() + "' v" + eventPlan.version() + ": " + result.summary();
    }
  }
}
