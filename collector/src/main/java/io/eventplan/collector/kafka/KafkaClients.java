package io.eventplan.collector.kafka;

import io.eventplan.collector.config.KafkaSettings;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka clients of Kafka mode, configured once here. The producer is idempotent with {@code acks=all}, and
 * fails fast while the brokers are away: a request waits at most about {@value #DELIVERY_TIMEOUT_MS} ms for its
 * 503 instead of Kafka's default of two minutes. The consumer commits by hand, after the warehouse did. Settings
 * from {@code EVENTPLAN_KAFKA_CLIENT_CONFIG} come last and win.
 */
public final class KafkaClients {
  /** Longest wait for metadata or buffer space inside {@code send()}: the request thread is blocked meanwhile. */
  static final int MAX_BLOCK_MS = 1_000;
  static final int REQUEST_TIMEOUT_MS = 2_000;
  /** Longest time from {@code send()} to the acknowledgement or the failure, retries included. */
  static final int DELIVERY_TIMEOUT_MS = 3_000;

  private KafkaClients() {}

  public static KafkaProducer<byte[], byte[]> producer(KafkaSettings settings, String clientId) {
    Map<String, Object> config = common(settings, clientId);
    config.put(ProducerConfig.ACKS_CONFIG, "all");
    config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5); // the most idempotence keeps in order
    config.put(ProducerConfig.LINGER_MS_CONFIG, 1);
    config.put(ProducerConfig.BATCH_SIZE_CONFIG, 64 * 1024);
    config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, MAX_BLOCK_MS);
    config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS);
    config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, DELIVERY_TIMEOUT_MS);
    config.put(ProducerConfig.RETRY_BACKOFF_MS_CONFIG, 100);
    config.putAll(known(settings, ProducerConfig.configNames()));
    return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
  }

  /**
   * A consumer of the loaders' group that never commits by itself.
   *
   * @param maxPollRecords most records one poll returns (one batch handed to the writer)
   */
  public static KafkaConsumer<byte[], byte[]> consumer(KafkaSettings settings, String clientId, int maxPollRecords) {
    Map<String, Object> config = common(settings, clientId);
    config.put(ConsumerConfig.GROUP_ID_CONFIG, settings.consumerGroup());
    config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
    config.putAll(known(settings, ConsumerConfig.configNames()));
    return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  public static Admin admin(KafkaSettings settings, String clientId) {
    Map<String, Object> config = common(settings, clientId);
    config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS);
    config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, REQUEST_TIMEOUT_MS);
    config.putAll(known(settings, AdminClientConfig.configNames()));
    return Admin.create(config);
  }

  /**
   * The client properties this kind of client knows: one file serves all three, and a consumer setting such as
   * {@code session.timeout.ms} would make the producer warn that it does not know it.
   */
  private static Map<String, String> known(KafkaSettings settings, Set<String> names) {
    Map<String, String> known = new HashMap<>(settings.clientProperties());
    known.keySet().retainAll(names);
    return known;
  }

  private static Map<String, Object> common(KafkaSettings settings, String clientId) {
    Map<String, Object> config = new HashMap<>();
    config.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, settings.bootstrapServers());
    config.put(AdminClientConfig.CLIENT_ID_CONFIG, clientId);
    config.put(AdminClientConfig.RECONNECT_BACKOFF_MS_CONFIG, 100);
    config.put(AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 1_000);
    config.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, 1_000);
    config.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, 2_000);
    return config;
  }
}
