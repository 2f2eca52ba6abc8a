package io.eventplan.collector;

import io.eventplan.collector.api.ClientAddress;
import io.eventplan.collector.api.Cors;
import io.eventplan.collector.api.IngestRoutes;
import io.eventplan.collector.api.RateLimiter;
import io.eventplan.collector.api.ReplayRoutes;
import io.eventplan.collector.api.Responses;
import io.eventplan.collector.api.SegmentRoutes;
import io.eventplan.collector.api.SettingsDocument;
import io.eventplan.collector.auth.Authenticator;
import io.eventplan.collector.auth.WriteKeys;
import io.eventplan.collector.config.KafkaSettings;
import io.eventplan.collector.config.Limits;
import io.eventplan.collector.config.RateLimit;
import io.eventplan.collector.db.BackgroundMigration;
import io.eventplan.collector.db.DatabaseProbe;
import io.eventplan.collector.db.DatabaseStatus;
import io.eventplan.collector.db.LostConnections;
import io.eventplan.collector.db.Migrations;
import io.eventplan.collector.demo.DemoSite;
import io.eventplan.collector.health.DatabaseReadiness;
import io.eventplan.collector.health.HealthRoutes;
import io.eventplan.collector.health.Readiness;
import io.eventplan.collector.ingest.GroupCommitWriter;
import io.eventplan.collector.ingest.MessageProcessor;
import io.eventplan.collector.ingest.Rejections;
import io.eventplan.collector.ingest.Replay;
import io.eventplan.collector.ingest.WriteSink;
import io.eventplan.collector.judge.EventJudge;
import io.eventplan.collector.kafka.KafkaClients;
import io.eventplan.collector.kafka.KafkaProbe;
import io.eventplan.collector.kafka.KafkaStatus;
import io.eventplan.collector.kafka.KafkaWriteSink;
import io.eventplan.collector.kafka.WriteRecords;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.collector.metrics.MetricsRoutes;
import io.eventplan.collector.metrics.PlanEventMeters;
import io.eventplan.collector.report.PlanHealthRoutes;
import io.eventplan.collector.report.ReportRoutes;
import io.eventplan.collector.segment.SegmentJson;
import io.eventplan.collector.segment.SegmentMapper;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.collector.warehouse.Warehouse;
import io.eventplan.runtime.EventPlan;
import io.eventplan.runtime.EventTable;
import io.javalin.Javalin;
import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running collector: the HTTP server, the group-commit writer, the database probe and the
 * migration step, wired from a {@link Setup}; in Kafka mode the HTTP server, a Kafka producer and the Kafka probe
 * instead. The data source belongs to the caller.
 */
public final class Collector implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Collector.class);

  private final Javalin app;
  private final WriteSink writer;
  private final AutoCloseable probe;
  private final CollectorMetrics metrics;
  private final Thread migrator;

  /** @param migrator the migration thread (direct mode), or null (Kafka mode: the loaders migrate) */
  private Collector(Javalin app, WriteSink writer, AutoCloseable probe, CollectorMetrics metrics, Thread migrator) {
    this.app = app;
    this.writer = writer;
    this.probe = probe;
    this.metrics = metrics;
    this.migrator = migrator;
  }

  /**
   * What a collector is made of.
   *
   * @param port 0 picks a free port
   * @param plan the generated plan: its tables and columns, and the changelog the migrations apply
   * @param judge the plan's validators ({@link io.eventplan.collector.judge.ValidatorJudge}), or another judge
   * @param limits request size and time limits
   * @param rateLimit requests per second per client address ({@link RateLimit#OFF} unless asked for)
   * @param maxGroupMessages most messages per transaction
   * @param maxQueuedMessages most messages waiting for the writer before 503
   * @param writers transactions that may run at once, each on its own connection (group commit writers)
   * @param demo the demo login page and its login endpoint, when wanted
   * @param reportKeys the keys that may read the report at /report; none: no report routes
   * @param publicUrl the URL browsers reach the collector at, for analytics-next's settings; empty: each
   *     settings request's host
   * @param adminKeys the keys that may start a replay (POST /admin/replay); none: no admin routes
   */
  public record Setup(
      int port,
      DataSource dataSource,
      EventPlan plan,
      EventJudge judge,
      Migrations migrations,
      List<String> writeKeys,
      List<String> allowedOrigins,
      Limits limits,
      RateLimit rateLimit,
      int maxGroupMessages,
      int maxQueuedMessages,
      int writers,
      CollectorMetrics metrics,
      Clock clock,
      Optional<DemoSite> demo,
      List<String> reportKeys,
      Optional<URI> publicUrl,
      List<String> adminKeys) {

    /** Group commit writers by default: two transactions at once keep both sides busy (docs/collector.md). */
    public static final int DEFAULT_WRITERS = 2;

    public Setup {
      reportKeys = List.copyOf(reportKeys);
      adminKeys = List.copyOf(adminKeys);
    }

    /** The usual limits and writer sizes, without a rate limit (Main sets the configured one). */
    public static Setup of(int port, DataSource dataSource, EventPlan plan, EventJudge judge,
        Migrations migrations, List<String> writeKeys, List<String> allowedOrigins, CollectorMetrics metrics) {
      return new Setup(port, dataSource, plan, judge, migrations, writeKeys, allowedOrigins, Limits.SEGMENT,
          RateLimit.OFF, 5_000, 50_000, DEFAULT_WRITERS, metrics, Clock.systemUTC(), Optional.empty(), List.of(),
          Optional.empty(), List.of());
    }

    /** This setup, also serving the demo login page and POST /demo/login. */
    public Setup withDemo(DemoSite site) {
      return new Setup(port, dataSource, plan, judge, migrations, writeKeys, allowedOrigins, limits, rateLimit,
          maxGroupMessages, maxQueuedMessages, writers, metrics, clock, Optional.of(site), reportKeys, publicUrl,
          adminKeys);
    }

    /** This setup, also serving the report at /report to requests with one of {@code keys}. */
    public Setup withReport(List<String> keys) {
      return new Setup(port, dataSource, plan, judge, migrations, writeKeys, allowedOrigins, limits, rateLimit,
          maxGroupMessages, maxQueuedMessages, writers, metrics, clock, demo, keys, publicUrl, adminKeys);
    }

    /** This setup, also serving POST /admin/replay to requests with one of {@code keys}. */
    public Setup withAdmin(List<String> keys) {
      return new Setup(port, dataSource, plan, judge, migrations, writeKeys, allowedOrigins, limits, rateLimit,
          maxGroupMessages, maxQueuedMessages, writers, metrics, clock, demo, reportKeys, publicUrl, keys);
    }

    /** This setup with other size and time limits. */
    public Setup withLimits(Limits newLimits) {
      return new Setup(port, dataSource, plan, judge, migrations, writeKeys, allowedOrigins, newLimits, rateLimit,
          maxGroupMessages, maxQueuedMessages, writers, metrics, clock, demo, reportKeys, publicUrl, adminKeys);
    }

    /** This setup with other group commit sizes: most messages per transaction and transactions at once. */
    public Setup withWriters(int newMaxGroupMessages, int newWriters) {
      return new Setup(port, dataSource, plan, judge, migrations, writeKeys, allowedOrigins, limits, rateLimit,
          newMaxGroupMessages, maxQueuedMessages, newWriters, metrics, clock, demo, reportKeys, publicUrl, adminKeys);
    }

    /** This setup, naming {@code url} as where browsers reach it in analytics-next's settings. */
    public Setup withPublicUrl(Optional<URI> url) {
      return new Setup(port, dataSource, plan, judge, migrations, writeKeys, allowedOrigins, limits, rateLimit,
          maxGroupMessages, maxQueuedMessages, writers, metrics, clock, demo, reportKeys, url, adminKeys);
    }

    /** This setup with a rate limit per client address. */
    public Setup withRateLimit(RateLimit newRateLimit) {
      return new Setup(port, dataSource, plan, judge, migrations, writeKeys, allowedOrigins, limits, newRateLimit,
          maxGroupMessages, maxQueuedMessages, writers, metrics, clock, demo, reportKeys, publicUrl, adminKeys);
    }
  }

  /** Starts serving at once in direct mode; migrations run in the background and readiness follows them. */
  public static Collector start(Setup setup) {
    checkJudge(setup);
    DatabaseStatus status = new DatabaseStatus();
    DatabaseProbe probe = new DatabaseProbe(setup.dataSource(), status);
    probe.probe();
    probe.start(1_000);

    SegmentJson json = new SegmentJson();
    JsonText jsonText = new JsonText(json.mapper());
    Warehouse warehouse = new Warehouse(setup.plan().tables(), setup.plan().version());
    Rejections rejections = new Rejections(jsonText, setup.plan().version());
    // the writer's thread handles SQLException; the driver's AssertionError on a lost connection becomes one
    GroupCommitWriter writer = GroupCommitWriter.create(LostConnections.translating(setup.dataSource()), warehouse,
        jsonText, rejections, status,
        setup.metrics(), setup.maxGroupMessages(), setup.maxQueuedMessages(), setup.writers()).start();
    Javalin app = serve(setup, json, rejections, writer, new DatabaseReadiness(status));
    Thread migrator = BackgroundMigration.start(setup.migrations(), setup.dataSource(), status);
    return new Collector(app, writer, probe, setup.metrics(), migrator);
  }

  /**
   * Starts serving at once in Kafka mode: accepted and refused messages go to Kafka ({@link KafkaWriteSink}) and a
   * request is answered once the brokers acknowledged it; loaders write the warehouse. No database is needed, except
   * for the report when report keys are set; migrations are the loaders' job.
   */
  public static Collector start(Setup setup, KafkaSettings kafka) {
    checkJudge(setup);
    KafkaStatus status = new KafkaStatus();
    String clientId = "eventplan-collector-" + ProcessHandle.current().pid();
    KafkaProbe probe = new KafkaProbe(kafka, status, clientId).start(1_000);
    SegmentJson json = new SegmentJson();
    Rejections rejections = new Rejections(new JsonText(json.mapper()), setup.plan().version());
    KafkaWriteSink sink = new KafkaWriteSink(KafkaClients.producer(kafka, clientId),
        new WriteRecords(kafka, setup.plan().tables()), status, setup.metrics());
    Javalin app = serve(setup, json, rejections, sink, status);
    return new Collector(app, sink, probe, setup.metrics(), null);
  }

  private static void checkJudge(Setup setup) {
    EventPlan plan = setup.plan();
    EventJudge judge = setup.judge();
    if (!judge.planName().equals(plan.name()) || judge.planVersion() != plan.version()) {
      throw new IllegalStateException("the judge was made for plan '" + judge.planName() + "' v"
          + judge.planVersion() + " but the collector serves plan '" + plan.name() + "' v"
          + plan.version() + "; give the collector one plan");
    }
    if (setup.writeKeys().isEmpty()) {
      LOG.warn("No write keys are configured (EVENTPLAN_WRITE_KEYS): every event request will get 401");
    }
  }

  /** The HTTP server over {@code sink}, started. */
  private static Javalin serve(Setup setup, SegmentJson json, Rejections rejections, WriteSink sink,
      Readiness readiness) {
    EventPlan plan = setup.plan();
    CollectorMetrics metrics = setup.metrics();
    JsonText jsonText = new JsonText(json.mapper());
    MessageProcessor processor = new MessageProcessor(new SegmentMapper(plan.tables()), setup.judge(), json,
        jsonText, rejections, plan.version());
    Responses responses = new Responses(json.mapper());
    WriteKeys writeKeys = WriteKeys.of(setup.writeKeys());
    RateLimiter rateLimiter = new RateLimiter(setup.rateLimit());
    ClientAddress clientAddress = new ClientAddress(setup.rateLimit().trustForwardedFor());
    IngestRoutes ingest = new IngestRoutes(new Authenticator(writeKeys), processor, sink,
        readiness, json, setup.limits(), metrics,
        new PlanEventMeters(metrics.registry(), plan.tables().events().stream().map(EventTable::event).toList()),
        responses, setup.clock(), rateLimiter, clientAddress);
    SegmentRoutes segment = new SegmentRoutes(new SettingsDocument(writeKeys, setup.publicUrl(), json.mapper()),
        json, setup.limits(), metrics, responses, rateLimiter, clientAddress);
    Javalin app = CollectorApp.create(new CollectorApp.Routes(ingest, segment, new HealthRoutes(readiness, responses),
        new MetricsRoutes(metrics), new Cors(setup.allowedOrigins(), responses), responses, metrics,
        setup.demo(), report(setup, responses), planHealth(setup, responses),
        setup.adminKeys().isEmpty() ? Optional.empty()
            : Optional.of(new ReplayRoutes(setup.adminKeys(), new Replay(setup.dataSource(), plan, setup.judge()), responses)),
        setup.limits()));
    app.start(setup.port());
    return app;
  }

  /** The report routes when report keys are configured; without keys the report is off. */
  private static Optional<ReportRoutes> report(Setup setup, Responses responses) {
    if (setup.reportKeys().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ReportRoutes(setup.reportKeys(), setup.dataSource(), setup.plan().tables(), responses));
  }

  /** The plan health page and API, beside the report (same keys). */
  private static Optional<PlanHealthRoutes> planHealth(Setup setup, Responses responses) {
    if (setup.reportKeys().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PlanHealthRoutes(setup.dataSource(), setup.plan().name(), setup.plan().version(),
        responses, setup.clock()));
  }

  public int port() {
    return app.port();
  }

  public CollectorMetrics metrics() {
    return metrics;
  }

  /** Stops accepting requests, makes durable what was taken, and stops. */
  @Override
  public void close() {
    if (migrator != null) {
      migrator.interrupt();
    }
    writer.close(); // new requests now get 503; queued ones are committed (or acknowledged) and answered
    app.stop();
    try {
      probe.close();
    } catch (Exception e) {
      LOG.warn("Stopping the probe failed", e);
    }
  }
}
