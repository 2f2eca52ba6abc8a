package io.eventplan.collector.loader;

import io.eventplan.collector.api.ApiException;
import io.eventplan.collector.api.ErrorCode;
import io.eventplan.collector.api.Responses;
import io.eventplan.collector.config.KafkaSettings;
import io.eventplan.collector.db.BackgroundMigration;
import io.eventplan.collector.db.DatabaseProbe;
import io.eventplan.collector.db.DatabaseStatus;
import io.eventplan.collector.db.LostConnections;
import io.eventplan.collector.db.Migrations;
import io.eventplan.collector.health.DatabaseReadiness;
import io.eventplan.collector.health.HealthRoutes;
import io.eventplan.collector.health.Readiness;
import io.eventplan.collector.ingest.GroupCommitWriter;
import io.eventplan.collector.ingest.Rejections;
import io.eventplan.collector.kafka.KafkaClients;
import io.eventplan.collector.kafka.KafkaProbe;
import io.eventplan.collector.kafka.KafkaStatus;
import io.eventplan.collector.kafka.WriteRecords;
import io.eventplan.collector.metrics.CollectorMetrics;
import io.eventplan.collector.metrics.MetricsRoutes;
import io.eventplan.collector.segment.SegmentJson;
import io.eventplan.collector.warehouse.JsonText;
import io.eventplan.collector.warehouse.Warehouse;
import io.eventplan.runtime.EventPlan;
import io.javalin.Javalin;
import javax.sql.DataSource;

/**
 * A running loader (EVENTPLAN_ROLE=loader): the warehouse side of direct mode (database probe, migrations, the
 * group commit writer) fed by a {@link Loader} from Kafka instead of by HTTP requests, and a small HTTP server with
 * {@code /health/live}, {@code /health/ready} (database, migrations, Kafka and the loader still reading) and
 * {@code /metrics}. The data source
 * belongs to the caller.
 */
public final class LoaderService implements AutoCloseable {
  private final Javalin app;
  private final Loader loader;
  private final GroupCommitWriter writer;
  private final DatabaseProbe databaseProbe;
  private final KafkaProbe kafkaProbe;
  private final Thread migrator;
  private final LoaderMetrics loaderMetrics;

  private LoaderService(Javalin app, Loader loader, GroupCommitWriter writer, DatabaseProbe databaseProbe,
      KafkaProbe kafkaProbe, Thread migrator, LoaderMetrics loaderMetrics) {
    this.app = app;
    this.loader = loader;
    this.writer = writer;
    this.databaseProbe = databaseProbe;
    this.kafkaProbe = kafkaProbe;
    this.migrator = migrator;
    this.loaderMetrics = loaderMetrics;
  }

  /**
   * What a loader is made of.
   *
   * @param port of the health and metrics server; 0 picks a free port
   * @param maxGroupMessages most messages per warehouse transaction
   * @param writers transactions at once (group commit writers), each on its own connection
   * @param maxPollRecords most records per batch read from Kafka
   * @param maxBatchesInFlight batches handed to the writer and not committed yet, at most
   */
  public record Setup(int port, DataSource dataSource, EventPlan plan, Migrations migrations, KafkaSettings kafka,
      CollectorMetrics metrics, int maxGroupMessages, int writers, int maxPollRecords, int maxBatchesInFlight) {

    /** The usual sizes: the writer's as in direct mode, batches of up to 2,000 records, four in flight. */
    public static Setup of(int port, DataSource dataSource, EventPlan plan, Migrations migrations,
        KafkaSettings kafka, CollectorMetrics metrics) {
      return new Setup(port, dataSource, plan, migrations, kafka, metrics, 5_000, 2, 2_000, 4);
    }
  }

  /** Starts at once: migrations run in the background, and nothing is read from Kafka until they are applied. */
  public static LoaderService start(Setup setup) {
    EventPlan plan = setup.plan();
    DatabaseStatus database = new DatabaseStatus();
    DatabaseProbe databaseProbe = new DatabaseProbe(setup.dataSource(), database);
    databaseProbe.probe();
    databaseProbe.start(1_000);
    String clientId = "eventplan-loader-" + ProcessHandle.current().pid();
    KafkaStatus kafka = new KafkaStatus();
    KafkaProbe kafkaProbe = new KafkaProbe(setup.kafka(), kafka, clientId).start(1_000);

    SegmentJson json = new SegmentJson();
    JsonText jsonText = new JsonText(json.mapper());
    GroupCommitWriter writer = GroupCommitWriter.create(LostConnections.translating(setup.dataSource()),
        new Warehouse(plan.tables(), plan.version()), jsonText, new Rejections(jsonText, plan.version()), database,
        setup.metrics(), setup.maxGroupMessages(), setup.maxGroupMessages() * 10, setup.writers()).start();
    Thread migrator = BackgroundMigration.start(setup.migrations(), setup.dataSource(), database);

    LoaderMetrics loaderMetrics = new LoaderMetrics(setup.metrics().registry());
    Loader loader = new Loader(KafkaClients.consumer(setup.kafka(), clientId, setup.maxPollRecords()),
        setup.kafka().topics(), new WriteRecords(setup.kafka(), plan.tables()), writer, database::ready,
        loaderMetrics, plan.version(), setup.maxBatchesInFlight()).start();

    Readiness readiness = Readiness.all(new DatabaseReadiness(database), kafka, new LoaderReadiness(loader));
    Responses responses = new Responses(json.mapper());
    HealthRoutes health = new HealthRoutes(readiness, responses);
    MetricsRoutes metrics = new MetricsRoutes(setup.metrics());
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.startup.showOldJavalinVersionWarning = false;
      config.routes.get("/health/live", health::live);
      config.routes.get("/health/ready", health::ready);
      config.routes.get("/metrics", metrics::scrape);
      config.routes.error(404, ctx -> responses.error(ctx, new ApiException(ErrorCode.NOT_FOUND,
          "no such endpoint: " + ctx.path() + "; a loader serves /health/live, /health/ready and /metrics")));
    });
    app.start(setup.port());
    return new LoaderService(app, loader, writer, databaseProbe, kafkaProbe, migrator, loaderMetrics);
  }

  public int port() {
    return app.port();
  }

  public LoaderMetrics metrics() {
    return loaderMetrics;
  }

  /** Stops reading, commits what is in flight and its offsets, leaves the consumer group, and stops. */
  @Override
  public void close() {
    migrator.interrupt();
    loader.close();
    writer.close();
    app.stop();
    kafkaProbe.close();
    databaseProbe.close();
  }
}
