package io.eventplan.collector.kafka;

import io.eventplan.collector.config.KafkaSettings;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the brokers every second for the topics, so that readiness follows Kafka even without traffic and a
 * collector or loader recovers by itself when the brokers come back. At start it also creates missing topics
 * ({@link Topics}).
 */
public final class KafkaProbe implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(KafkaProbe.class);

  private final KafkaSettings settings;
  private final KafkaStatus status;
  private final Admin admin;
  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread thread = new Thread(r, "eventplan-kafka-probe");
    thread.setDaemon(true);
    return thread;
  });
  private volatile boolean topicsChecked;

  public KafkaProbe(KafkaSettings settings, KafkaStatus status, String clientId) {
    this.settings = settings;
    this.status = status;
    this.admin = KafkaClients.admin(settings, clientId);
  }

  public KafkaProbe start(long periodMillis) {
    scheduler.scheduleWithFixedDelay(this::probe, 0, periodMillis, TimeUnit.MILLISECONDS);
    return this;
  }

  /** One check: the topics are there (created once when missing) and every partition is served. */
  public void probe() {
    boolean was = status.reachable();
    try {
      if (!topicsChecked) {
        Topics.ensure(admin, settings);
        topicsChecked = true;
      }
      Topics.checkOnline(admin, settings.topics(), KafkaClients.REQUEST_TIMEOUT_MS);
      status.markReachable();
      if (!was) {
        LOG.info("Kafka is reachable at {}", settings.bootstrapServers());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (Exception e) {
      String why = Topics.describe(e);
      status.markUnreachable(why);
      if (was) {
        LOG.warn("Kafka is unreachable at {}: {}", settings.bootstrapServers(), why);
      }
    }
  }

  @Override
  public void close() {
    scheduler.shutdownNow();
    admin.close(java.time.Duration.ofSeconds(2));
  }
}
