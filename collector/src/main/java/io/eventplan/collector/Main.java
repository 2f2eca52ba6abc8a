package io.eventplan.collector;

import com.zaxxer.hikari.HikariDataSource;
import io.eventplan.collector.config.CollectorConfig;
import io.eventplan.collector.config.ConfigException;
import io.eventplan.collector.config.DatabaseSettings;
import io.eventplan.collector.db.DataSources;
import io.eventplan.collector.db.EmbeddedDatabase;
import io.eventplan.collector.db.LiquibaseMigrations;
import io.eventplan.collector.demo.DemoSite;
import io.eventplan.collector.demo.DemoUsers;
import io.eventplan.collector.judge.EventJudge;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts a collector from environment variables (see docs/collector.md): the database (external, or
 * an embedded PostgreSQL 17 under ./.eventplan/), the migrations, and the HTTP server.
 */
public final class Main {
  /** The plan the collector was built from, bundled in its jar. */
  public static final String PLAN_RESOURCE = "eventplan/tracking-plan.yaml";
  /** The warehouse changelog generated from that plan, bundled in its jar. */
  public static final String CHANGELOG_RESOURCE = "eventplan/db/changelog.sql";

  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) throws Exception {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    CollectorConfig config;
    try {
      config = CollectorConfig.fromEnvironment(System.getenv());
    } catch (ConfigException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    TrackingPlan plan = bundledPlan();
    EmbeddedDatabase embedded = null;
    DatabaseSettings database;
    if (config.database().isPresent()) {
      database = config.database().get();
    } else {
      embedded = EmbeddedDatabase.start(config.embeddedDataDirectory(), config.embeddedPort());
      database = new DatabaseSettings(embedded.jdbcUrl(), embedded.user(), null);
      LOG.info("Embedded PostgreSQL 17 at {} (data in {})", embedded.jdbcUrl(),
          config.embeddedDataDirectory().toAbsolutePath());
    }
    CollectorMetrics metrics = new CollectorMetrics();
    HikariDataSource pool =
        DataSources.pool(database.jdbcUrl(), database.user(), database.password(), metrics.registry());
    Collector.Setup setup = Collector.Setup.of(config.port(), pool, plan, judge(plan),
        new LiquibaseMigrations(CHANGELOG_RESOURCE), config.writeKeys(), config.allowedOrigins(), metrics);
    if (config.demoSite().isPresent() && !config.writeKeys().isEmpty()) {
      setup = setup.withDemo(new DemoSite(config.demoSite().get(), DemoUsers.standard(), config.writeKeys().get(0),
          config.demoEventsEndpoint()));
      LOG.info("Serving the demo login page from {}", config.demoSite().get().toAbsolutePath());
    }
    if (!config.reportKeys().isEmpty()) {
      setup = setup.withReport(config.reportKeys());
      LOG.info("Serving the report at /report (HTTP Basic, a key of EVENTPLAN_REPORT_KEYS as the password)");
    }
    Collector collector = Collector.start(setup);
    LOG.info("eventplan collector for plan '{}' v{} listening on port {}", plan.info().name(),
        plan.info().version(), collector.port());

    EmbeddedDatabase ownedDatabase = embedded;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      collector.close();
      pool.close();
      metrics.close();
      if (ownedDatabase != null) {
        try {
          ownedDatabase.close();
        } catch (IOException e) {
          LOG.warn("Stopping the embedded PostgreSQL failed", e);
        }
      }
    }, "eventplan-shutdown"));
  }

  /** The validators generated from the plan the collector is built from (also used by benchmarks). */
  public static EventJudge judge(TrackingPlan plan) {
    return GeneratedValidators.judge();
  }

  /** The plan bundled in the collector's jar (also used by benchmarks). */
  public static TrackingPlan bundledPlan() {
    try (InputStream in = Main.class.getClassLoader().getResourceAsStream(PLAN_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(PLAN_RESOURCE + " is not in the collector's jar");
      }
      return PlanLoader.load("tracking-plan.yaml", in.readAllBytes(), CheckOptions.DEFAULT).orThrow();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
