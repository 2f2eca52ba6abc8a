package io.eventplan.collector.kafka;

import io.eventplan.collector.config.KafkaSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The topics of Kafka mode: created when missing (with {@code EVENTPLAN_KAFKA_PARTITIONS} partitions), and then
 * waited for until every partition answers a ListOffsets request. Producing at once to a topic that was just
 * created can lose the idempotent producer's first batch of a partition (KAFKA-15591, in Kafka 4.4 brokers), so
 * nothing is sent before that.
 */
public final class Topics {
  private static final Logger LOG = LoggerFactory.getLogger(Topics.class);
  private static final long WAIT_MS = 30_000;

  private Topics() {}

  /** Creates whichever of the topics is missing and returns once all of their partitions are online. */
  public static void ensure(Admin admin, KafkaSettings settings) throws InterruptedException, ExecutionException,
      java.util.concurrent.TimeoutException {
    Set<String> existing = admin.listTopics().names().get(KafkaClients.REQUEST_TIMEOUT_MS + 500L, TimeUnit.MILLISECONDS);
    List<NewTopic> missing = new ArrayList<>();
    for (String topic : settings.topics()) {
      if (!existing.contains(topic)) {
        missing.add(new NewTopic(topic, Optional.of(settings.partitions()), settings.replicationFactor()));
      }
    }
    if (!missing.isEmpty()) {
      try {
        admin.createTopics(missing).all().get(WAIT_MS, TimeUnit.MILLISECONDS);
        LOG.info("Created the Kafka topics {} with {} partitions each",
            missing.stream().map(NewTopic::name).toList(), settings.partitions());
      } catch (ExecutionException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e; // another collector or loader creating it at the same moment is fine
        }
      }
    }
    awaitOnline(admin, settings.topics());
  }

  /** Waits until ListOffsets succeeds on every partition of {@code topics}: their leaders are serving. */
  static void awaitOnline(Admin admin, List<String> topics) throws InterruptedException, ExecutionException,
      java.util.concurrent.TimeoutException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(WAIT_MS);
    while (true) {
      try {
        checkOnline(admin, topics, WAIT_MS);
        return;
      } catch (ExecutionException e) {
        // the admin client does not retry a topic its metadata does not show yet
        if (!(e.getCause() instanceof RetriableException) || System.nanoTime() > deadline) {
          throw e;
        }
        Thread.sleep(20);
      }
    }
  }

  /**
   * One ListOffsets request for every partition of {@code topics}: it succeeds only once each partition's leader
   * serves it, which a leader in the metadata alone does not prove (after a broker restart, too).
   */
  static void checkOnline(Admin admin, List<String> topics, long timeoutMs) throws InterruptedException,
      ExecutionException, java.util.concurrent.TimeoutException {
    Map<TopicPartition, OffsetSpec> specs = new HashMap<>();
    admin.describeTopics(topics).allTopicNames().get(timeoutMs, TimeUnit.MILLISECONDS).values()
        .forEach(d -> d.partitions().forEach(p -> specs.put(new TopicPartition(d.name(), p.partition()),
            OffsetSpec.latest())));
    admin.listOffsets(specs).all().get(timeoutMs, TimeUnit.MILLISECONDS);
  }

  /** A short reason for a failed Kafka call, for logs and /health/ready. */
  static String describe(Throwable e) {
    Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
    return cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
  }
}
