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
import io.eventplan.collector.judge.ValidatorJudge;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.runtime.EventPlan;
import io.eventplan.runtime.EventPlanException;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts a collector from environment variables (see docs/collector.md): the plan (a plan bundle named by
 * {@code EVENTPLAN_PLAN_BUNDLE}, or the one on the class path), the database (external, or an embedded PostgreSQL 17
 * under ./.eventplan/), the migrations, and the HTTP server.
 */
public final class Main {
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
    EventPlan plan;
    try {
      plan = PlanDiscovery.load(config.planBundle());
    } catch (EventPlanException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
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
    Collector.Setup setup = Collector.Setup.of(config.port(), pool, plan, new ValidatorJudge(plan),
        LiquibaseMigrations.of(plan), config.writeKeys(),
        config.allowedOrigins(), metrics)
        .withRateLimit(config.rateLimit())
        .withPublicUrl(config.publicUrl());
    if (config.demoSite().isPresent() && !config.writeKeys().isEmpty()) {
      setup = setup.withDemo(new DemoSite(config.demoSite().get(), DemoUsers.standard(), config.writeKeys().get(0),
          config.demoEventsEndpoint()));
      LOG.info("Serving the demo login page from {}", config.demoSite().get().toAbsolutePath());
    }
    if (!config.reportKeys().isEmpty()) {
      setup = setup.withReport(config.reportKeys());
      LOG.info("Serving the report at /report (HTTP Basic, a key of EVENTPLAN_REPORT_KEYS as the password)");
    }
    if (!config.adminKeys().isEmpty()) {
      setup = setup.withAdmin(config.adminKeys());
      LOG.info("Serving POST /admin/replay (HTTP Basic, a key of EVENTPLAN_ADMIN_KEYS as the password)");
    }
    Collector collector = Collector.start(setup);
    LOG.info("eventplan collector for plan '{}' v{} listening on port {}", plan.name(), plan.version(),
        collector.port());

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
}
