package io.eventplan.collector.loader;

import static org.assertj.core.api.Assertions.assertThat;

import io.eventplan.collector.config.KafkaSettings;
import io.eventplan.collector.ingest.Write;
import io.eventplan.collector.ingest.WriteOutcome;
import io.eventplan.collector.ingest.WriteSink;
import io.eventplan.collector.kafka.KafkaClients;
import io.eventplan.collector.kafka.Topics;
import io.eventplan.collector.kafka.WriteRecords;
import io.eventplan.collector.kafka.support.InProcessKafka;
import io.eventplan.collector.support.TestPlans;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The loader's promise about offsets, with a writer the test completes by hand: nothing is committed while the
 * warehouse has not committed, a batch the warehouse refused is read again, and once it is committed so are the
 * offsets after it.
 */
@Timeout(120)
class LoaderOffsetsTest {
  private static final int RECORDS = 20;

  @Test
  void offsetsAreCommittedOnlyAfterTheWarehouseCommittedAndARefusedBatchIsReadAgain() throws Exception {
    try (InProcessKafka kafka = InProcessKafka.start()) {
      KafkaSettings settings = KafkaSettings.of(kafka.bootstrapServers()).withPartitions(2)
          .withTopics("offsets-events", "offsets-rejected", "offsets-loader");
      try (Admin admin = KafkaClients.admin(settings, "test-admin");
          KafkaProducer<byte[], byte[]> producer = KafkaClients.producer(settings, "test-producer")) {
        Topics.ensure(admin, settings);
        for (int i = 0; i < RECORDS; i++) {
          producer.send(new ProducerRecord<>(settings.eventsTopic(), ("key-" + i).getBytes(StandardCharsets.UTF_8),
              ("record-" + i).getBytes(StandardCharsets.UTF_8))).get(10, TimeUnit.SECONDS);
        }
        HandCompletedWriter writer = new HandCompletedWriter();
        try (Loader loader = new Loader(KafkaClients.consumer(settings, "test-loader", 1_000), settings.topics(),
            new WriteRecords(settings, TestPlans.testPlan().tables()), writer, () -> true,
            new LoaderMetrics(new SimpleMeterRegistry()), 1, 4).start()) {

          List<Submission> first = writer.takeAll(RECORDS);
          assertThat(committed(admin, settings)).as("nothing committed before the warehouse did").isEmpty();
          first.forEach(s -> s.future.completeExceptionally(new IllegalStateException("the warehouse said no")));

          List<Submission> again = writer.takeAll(RECORDS);
          assertThat(payloads(again)).isEqualTo(payloads(first));
          assertThat(committed(admin, settings)).isEmpty();
          again.forEach(s -> s.future.complete(s.writes.stream().map(w -> WriteOutcome.STORED).toList()));

          long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
          while (committed(admin, settings).values().stream().mapToLong(OffsetAndMetadata::offset).sum() < RECORDS
              && System.nanoTime() < deadline) {
            Thread.sleep(50);
          }
          assertThat(committed(admin, settings).values().stream().mapToLong(OffsetAndMetadata::offset).sum())
              .isEqualTo(RECORDS);
        }
      }
    }
  }

  private static Map<TopicPartition, OffsetAndMetadata> committed(Admin admin, KafkaSettings settings)
      throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets = new java.util.HashMap<>(admin
        .listConsumerGroupOffsets(settings.consumerGroup()).partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS));
    offsets.values().removeIf(java.util.Objects::isNull);
    return offsets;
  }

  /** The records' texts, as the unreadable-record refusals the loader made of them keep them. */
  private static Set<String> payloads(List<Submission> submissions) {
    Set<String> payloads = new TreeSet<>();
    submissions.forEach(s -> s.writes.forEach(w -> payloads.add(((Write.Reject) w).row().payload())));
    return payloads;
  }

  private record Submission(List<Write> writes, CompletableFuture<List<WriteOutcome>> future) {}

  /** A writer whose transactions end when the test says so. */
  private static final class HandCompletedWriter implements WriteSink {
    private final BlockingQueue<Submission> submissions = new LinkedBlockingQueue<>();

    @Override
    public CompletableFuture<List<WriteOutcome>> submit(List<Write> writes) {
      Submission submission = new Submission(List.copyOf(writes), new CompletableFuture<>());
      submissions.add(submission);
      return submission.future;
    }

    /** Submissions until they hold {@code records} writes in all. */
    List<Submission> takeAll(int records) throws InterruptedException {
      List<Submission> taken = new ArrayList<>();
      int writes = 0;
      while (writes < records) {
        Submission next = submissions.poll(30, TimeUnit.SECONDS);
        if (next == null) {
          throw new AssertionError("the loader handed over " + writes + " of " + records + " records");
        }
        taken.add(next);
        writes += next.writes.size();
      }
      return taken;
    }

    @Override
    public void close() {}
  }
}
