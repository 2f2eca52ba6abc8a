package io.eventplan.collector.config;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Kafka mode, read from environment variables (docs/scaling.md). Absent {@code EVENTPLAN_KAFKA_BOOTSTRAP_SERVERS}
 * means direct mode: no Kafka client is created at all.
 *
 * @param bootstrapServers {@code EVENTPLAN_KAFKA_BOOTSTRAP_SERVERS}, e.g. {@code kafka-1:9092,kafka-2:9092}
 * @param eventsTopic accepted events, identify and group calls ({@code EVENTPLAN_KAFKA_TOPIC})
 * @param rejectedTopic refused messages with their reasons ({@code EVENTPLAN_KAFKA_REJECTED_TOPIC})
 * @param consumerGroup the loaders' consumer group ({@code EVENTPLAN_KAFKA_GROUP})
 * @param partitions partitions of a topic the collector or loader creates because it is missing
 *     ({@code EVENTPLAN_KAFKA_PARTITIONS})
 * @param replicationFactor replicas of a topic it creates ({@code EVENTPLAN_KAFKA_REPLICATION_FACTOR}); empty: the
 *     broker's {@code default.replication.factor}
 * @param clientProperties more client settings (security, compression ...) from the properties file named by
 *     {@code EVENTPLAN_KAFKA_CLIENT_CONFIG}, applied to every producer, consumer and admin client
 */
public record KafkaSettings(
    String bootstrapServers,
    String eventsTopic,
    String rejectedTopic,
    String consumerGroup,
    int partitions,
    Optional<Short> replicationFactor,
    Map<String, String> clientProperties) {

  public static final String DEFAULT_EVENTS_TOPIC = "eventplan-events";
  public static final String DEFAULT_REJECTED_TOPIC = "eventplan-rejected";
  public static final String DEFAULT_GROUP = "eventplan-loader";
  public static final int DEFAULT_PARTITIONS = 12;

  /** Kafka's rule for topic names. */
  private static final Pattern TOPIC = Pattern.compile("[a-zA-Z0-9._-]{1,249}");
  private static final Pattern SERVERS = Pattern.compile("[^,\\s]+:\\d{1,5}(,[^,\\s]+:\\d{1,5})*");

  public KafkaSettings {
    clientProperties = Map.copyOf(clientProperties);
  }

  /** Settings with the default topics, group and partitions. */
  public static KafkaSettings of(String bootstrapServers) {
    return new KafkaSettings(bootstrapServers, DEFAULT_EVENTS_TOPIC, DEFAULT_REJECTED_TOPIC, DEFAULT_GROUP,
        DEFAULT_PARTITIONS, Optional.empty(), Map.of());
  }

  /** These settings with other topics and consumer group. */
  public KafkaSettings withTopics(String events, String rejected, String group) {
    return new KafkaSettings(bootstrapServers, events, rejected, group, partitions, replicationFactor,
        clientProperties);
  }

  /** These settings with the number of partitions of the topics created when they are missing. */
  public KafkaSettings withPartitions(int newPartitions) {
    return new KafkaSettings(bootstrapServers, eventsTopic, rejectedTopic, consumerGroup, newPartitions,
        replicationFactor, clientProperties);
  }

  /** These settings with more client properties, e.g. {@code compression.type}. */
  public KafkaSettings withClientProperties(Map<String, String> more) {
    Map<String, String> all = new TreeMap<>(clientProperties);
    all.putAll(more);
    return new KafkaSettings(bootstrapServers, eventsTopic, rejectedTopic, consumerGroup, partitions,
        replicationFactor, all);
  }

  /** Both topics, events first. */
  public List<String> topics() {
    return List.of(eventsTopic, rejectedTopic);
  }

  /** Kafka mode's settings when {@code EVENTPLAN_KAFKA_BOOTSTRAP_SERVERS} is set; every mistake is reported at once. */
  public static Optional<KafkaSettings> fromEnvironment(Map<String, String> env) {
    List<String> problems = new ArrayList<>();
    String servers = blankToNull(env.get("EVENTPLAN_KAFKA_BOOTSTRAP_SERVERS"));
    if (servers == null) {
      for (String name : List.of("EVENTPLAN_KAFKA_TOPIC", "EVENTPLAN_KAFKA_REJECTED_TOPIC", "EVENTPLAN_KAFKA_GROUP",
          "EVENTPLAN_KAFKA_PARTITIONS", "EVENTPLAN_KAFKA_REPLICATION_FACTOR", "EVENTPLAN_KAFKA_CLIENT_CONFIG")) {
        if (blankToNull(env.get(name)) != null) {
          problems.add(name + " is set but EVENTPLAN_KAFKA_BOOTSTRAP_SERVERS is not; set it to the brokers "
              + "(host:port,host:port) for Kafka mode, or unset " + name + " for direct mode");
        }
      }
      if (!problems.isEmpty()) {
        throw new ConfigException(problems);
      }
      return Optional.empty();
    }
    if (!SERVERS.matcher(servers).matches()) {
      problems.add("EVENTPLAN_KAFKA_BOOTSTRAP_SERVERS must be host:port pairs separated by commas, e.g. "
          + "kafka-1:9092,kafka-2:9092, not '" + servers + "'");
    }
    String events = topic(env, "EVENTPLAN_KAFKA_TOPIC", DEFAULT_EVENTS_TOPIC, problems);
    String rejected = topic(env, "EVENTPLAN_KAFKA_REJECTED_TOPIC", DEFAULT_REJECTED_TOPIC, problems);
    if (events.equals(rejected)) {
      problems.add("EVENTPLAN_KAFKA_TOPIC and EVENTPLAN_KAFKA_REJECTED_TOPIC are both '" + events
          + "'; accepted and refused messages need topics of their own");
    }
    String group = Optional.ofNullable(blankToNull(env.get("EVENTPLAN_KAFKA_GROUP"))).orElse(DEFAULT_GROUP);
    int partitions = number(env, "EVENTPLAN_KAFKA_PARTITIONS", DEFAULT_PARTITIONS, 1, 10_000, problems);
    Optional<Short> replication = blankToNull(env.get("EVENTPLAN_KAFKA_REPLICATION_FACTOR")) == null
        ? Optional.empty()
        : Optional.of((short) number(env, "EVENTPLAN_KAFKA_REPLICATION_FACTOR", 1, 1, Short.MAX_VALUE, problems));
    Map<String, String> client = clientProperties(env, problems);
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return Optional.of(new KafkaSettings(servers, events, rejected, group, partitions, replication, client));
  }

  private static String topic(Map<String, String> env, String name, String fallback, List<String> problems) {
    String value = blankToNull(env.get(name));
    if (value == null) {
      return fallback;
    }
    if (!TOPIC.matcher(value).matches() || value.equals(".") || value.equals("..")) {
      problems.add(name + " must be a Kafka topic name (letters, digits, '.', '_', '-'; at most 249), not '"
          + value + "'");
    }
    return value;
  }

  private static int number(Map<String, String> env, String name, int fallback, int min, int max,
      List<String> problems) {
    String value = blankToNull(env.get(name));
    if (value == null) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value);
      if (number >= min && number <= max) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add(name + " must be a whole number from " + min + " to " + max + ", not '" + value + "'");
    return fallback;
  }

  private static Map<String, String> clientProperties(Map<String, String> env, List<String> problems) {
    String file = blankToNull(env.get("EVENTPLAN_KAFKA_CLIENT_CONFIG"));
    if (file == null) {
      return Map.of();
    }
    Path path = Path.of(file);
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      problems.add("EVENTPLAN_KAFKA_CLIENT_CONFIG: cannot read " + path.toAbsolutePath() + " (" + e
          + "); name a Java properties file of Kafka client settings, e.g. security.protocol=SASL_SSL");
      return Map.of();
    }
    Map<String, String> map = new TreeMap<>();
    properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
    for (String key : map.keySet()) {
      if (!ProducerConfig.configNames().contains(key) && !ConsumerConfig.configNames().contains(key)
          && !AdminClientConfig.configNames().contains(key)) {
        problems.add("EVENTPLAN_KAFKA_CLIENT_CONFIG: " + path + " sets '" + key + "', which is not a setting of "
            + "Kafka's producer, consumer or admin client; see https://kafka.apache.org/documentation/#configuration");
      }
    }
    return map;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  @Override
  public String toString() {
    // client properties may hold passwords (sasl.jaas.config, ssl.*.password): only their names
    return "KafkaSettings[bootstrapServers=" + bootstrapServers + ", eventsTopic=" + eventsTopic + ", rejectedTopic="
        + rejectedTopic + ", consumerGroup=" + consumerGroup + ", partitions=" + partitions + ", replicationFactor="
        + replicationFactor.map(String::valueOf).orElse("broker default") + ", clientProperties="
        + clientProperties.keySet() + "]";
  }
}
