package io.eventplan.collector.kafka.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a whole topic from its beginning, outside any consumer group: what the collectors wrote to Kafka. */
public final class TopicReader {
  private TopicReader() {}

  /** Every record of {@code topic}, waiting up to {@code timeout} until there are at least {@code atLeast}. */
  public static List<ConsumerRecord<byte[], byte[]>> read(String bootstrapServers, String topic, int atLeast,
      Duration timeout) {
    Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
        ConsumerConfig.CLIENT_ID_CONFIG, "topic-reader-" + UUID.randomUUID(),
        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<byte[], byte[]> consumer =
        new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
          .map(info -> new TopicPartition(topic, info.partition())).toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, Duration.ofSeconds(10));
      List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(100)).forEach(records::add);
        boolean atEnd = partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p));
        if (atEnd && records.size() >= atLeast) {
          return records;
        }
        if (atEnd) {
          ends.putAll(consumer.endOffsets(partitions, Duration.ofSeconds(10)));
        }
      }
      throw new AssertionError("topic " + topic + " held " + records.size() + " records after " + timeout
          + ", not at least " + atLeast);
    }
  }
}
