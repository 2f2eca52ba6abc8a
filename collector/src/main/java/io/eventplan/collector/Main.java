package io.eventplan.collector;

import com.zaxxer.hikari.HikariDataSource;
import io.eventplan.collector.config.CollectorConfig;
import io.eventplan.collector.config.ConfigException;
import io.eventplan.collector.config.DatabaseSettings;
import io.eventplan.collector.config.KafkaSettings;
import io.eventplan.collector.config.Role;
import io.eventplan.collector.db.DataSources;
import io.eventplan.collector.db.EmbeddedDatabase;
import io.eventplan.collector.db.LiquibaseMigrations;
import io.eventplan.collector.db.MonthPartitions;
import io.eventplan.collector.db.PartitionedMigrations;
import io.eventplan.collector.demo.DemoSite;
import io.eventplan.collector.demo.DemoUsers;
import io.eventplan.collector.judge.ValidatorJudge;
import io.eventplan.collector.loader.LoaderService;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.runtime.EventPlan;
import io.eventplan.runtime.EventPlanException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * Starts a collector or a loader ({@code EVENTPLAN_ROLE}) from environment variables (see docs/collector.md and
 * docs/scaling.md): the plan (a plan bundle named by {@code EVENTPLAN_PLAN_BUNDLE}, or the one on the class path),
 * the database (external, or an embedded PostgreSQL 17 under ./.eventplan/), the migrations, Kafka in Kafka mode,
 * and the HTTP server.
 */
public final class Main {
  private static final Logger LOG = LoggerFactory.getLogger(Main.class);

  private Main() {}

  public static void main(String[] args) throws Exception {
    SLF4JBridgeHandler.removeHandlersForRootLogger();
    SLF4JBridgeHandler.install();
    Map<String, String> env = System.getenv();
    List<String> problems = new ArrayList<>();
    CollectorConfig config = read(() -> CollectorConfig.fromEnvironment(env), problems);
    Role role = read(() -> Role.fromEnvironment(env), problems);
    Optional<KafkaSettings> kafka = read(() -> KafkaSettings.fromEnvironment(env), problems);
    MonthPartitions.Settings partitions = read(() -> MonthPartitions.Settings.fromEnvironment(env), problems);
    if (problems.isEmpty()) {
      problems.addAll(roleProblems(config, role, kafka));
    }
    if (!problems.isEmpty()) {
      System.err.println(new ConfigException(problems).getMessage());
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
    boolean needsDatabase = kafka.isEmpty() || role == Role.LOADER || config.database().isPresent();
    EmbeddedDatabase embedded = null;
    DatabaseSettings database = null;
    if (config.database().isPresent()) {
      database = config.database().get();
    } else if (needsDatabase) {
      embedded = EmbeddedDatabase.start(config.embeddedDataDirectory(), config.embeddedPort());
      database = new DatabaseSettings(embedded.jdbcUrl(), embedded.user(), null);
      LOG.info("Embedded PostgreSQL 17 at {} (data in {})", embedded.jdbcUrl(),
          config.embeddedDataDirectory().toAbsolutePath());
    }
    CollectorMetrics metrics = new CollectorMetrics();
    HikariDataSource pool = database == null ? null
        : DataSources.pool(database.jdbcUrl(), database.user(), database.password(), metrics.registry(),
            "eventplan-" + role.name().toLowerCase(java.util.Locale.ROOT));
    AutoCloseable running;
    if (role == Role.LOADER) {
      LoaderService loader = LoaderService.start(LoaderService.Setup.of(config.port(), pool, plan,
          new PartitionedMigrations(LiquibaseMigrations.of(plan), partitions), kafka.get(), metrics));
      LOG.info("eventplan loader for plan '{}' v{}: topics {} of {} in group '{}'; health and metrics on port {}",
          plan.name(), plan.version(), kafka.get().topics(), kafka.get().bootstrapServers(),
          kafka.get().consumerGroup(), loader.port());
      running = loader;
    } else {
      Collector collector = startCollector(config, kafka, plan, pool, metrics, partitions);
      LOG.info("eventplan collector for plan '{}' v{} listening on port {}{}", plan.name(), plan.version(),
          collector.port(), kafka.map(k -> "; events go to Kafka at " + k.bootstrapServers() + " (topics "
              + k.topics() + ")").orElse(""));
      running = collector;
    }

    EmbeddedDatabase ownedDatabase = embedded;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        running.close();
      } catch (Exception e) {
        LOG.warn("Stopping failed", e);
      }
      if (pool != null) {
        pool.close();
      }
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

  private static Collector startCollector(CollectorConfig config, Optional<KafkaSettings> kafka, EventPlan plan,
      HikariDataSource pool, CollectorMetrics metrics, MonthPartitions.Settings partitions) {
    Collector.Setup setup = Collector.Setup.of(config.port(), pool, plan, new ValidatorJudge(plan),
        new PartitionedMigrations(LiquibaseMigrations.of(plan), partitions), config.writeKeys(),
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
    return kafka.isPresent() ? Collector.start(setup, kafka.get()) : Collector.start(setup);
  }

  /** What the role needs that the configuration lacks. */
  private static List<String> roleProblems(CollectorConfig config, Role role, Optional<KafkaSettings> kafka) {
    List<String> problems = new ArrayList<>();
    if (role == Role.LOADER && kafka.isEmpty()) {
      problems.add("EVENTPLAN_ROLE=loader reads from Kafka: set EVENTPLAN_KAFKA_BOOTSTRAP_SERVERS to the brokers "
          + "the collectors write to");
    }
    if (role == Role.COLLECTOR && kafka.isPresent() && !config.reportKeys().isEmpty() && config.database().isEmpty()) {
      problems.add("EVENTPLAN_REPORT_KEYS is set on a collector in Kafka mode, which has no database of its own: set "
          + "EVENTPLAN_DB_URL to the warehouse (or a read replica) the report should read, or unset the report keys");
    }
    return problems;
  }

  /** The value {@code reading} returns, or null with its problems added to {@code problems}. */
  private static <T> T read(java.util.function.Supplier<T> reading, List<String> problems) {
    try {
      return reading.get();
    } catch (ConfigException e) {
      problems.addAll(e.problems());
      return null;
    }
  }
}
