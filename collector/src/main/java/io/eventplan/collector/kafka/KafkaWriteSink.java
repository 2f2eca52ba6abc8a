package io.eventplan.collector.kafka;

import io.eventplan.collector.ingest.Write;
import io.eventplan.collector.ingest.WriteOutcome;
import io.eventplan.collector.ingest.WriteSink;
import io.eventplan.collector.metrics.CollectorMetrics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.errors.TimeoutException;

/**
 * Kafka mode's {@link WriteSink}: each write of a request becomes one record ({@link WriteRecords}), and the
 * request is answered once the brokers acknowledged all of them ({@code acks=all}, idempotent producer). If any is
 * not acknowledged, the request fails with {@link KafkaUnavailableException} (503) and the client sends it again;
 * records of it that did reach Kafka are then loaded twice, which the warehouse skips by event id.
 */
public final class KafkaWriteSink implements WriteSink {
  private final Producer<byte[], byte[]> producer;
  private final WriteRecords records;
  private final KafkaStatus status;
  private final CollectorMetrics metrics;

  public KafkaWriteSink(Producer<byte[], byte[]> producer, WriteRecords records, KafkaStatus status,
      CollectorMetrics metrics) {
    this.producer = producer;
    this.records = records;
    this.status = status;
    this.metrics = metrics;
  }

  @Override
  public CompletableFuture<List<WriteOutcome>> submit(List<Write> writes) {
    CompletableFuture<List<WriteOutcome>> done = new CompletableFuture<>();
    if (writes.isEmpty()) {
      done.complete(List.of());
      return done;
    }
    List<WriteOutcome> outcomes = new ArrayList<>(writes.size());
    for (Write write : writes) {
      outcomes.add(write instanceof Write.Reject ? new WriteOutcome(((Write.Reject) write).violations())
          : WriteOutcome.STORED);
    }
    AtomicInteger pending = new AtomicInteger(writes.size());
    long start = System.nanoTime();
    for (Write write : writes) {
      ProducerRecord<byte[], byte[]> record = records.record(write);
      try {
        producer.send(record, (metadata, error) -> {
          if (error != null) {
            if (error instanceof TimeoutException || error instanceof RetriableException) {
              status.markUnreachable(Topics.describe(error));
            }
            done.completeExceptionally(new KafkaUnavailableException(
                "Kafka did not acknowledge the events; send them again after Retry-After seconds", error));
          } else if (pending.decrementAndGet() == 0) {
            metrics.produced(writes.size(), System.nanoTime() - start);
            done.complete(outcomes);
          }
        });
      } catch (RuntimeException e) {
        // send() refuses before queueing: no metadata or no buffer space within max.block.ms, or the producer closed
        status.markUnreachable(Topics.describe(e));
        done.completeExceptionally(new KafkaUnavailableException(
            "Kafka did not take the events; send them again after Retry-After seconds", e));
        break;
      }
    }
    return done;
  }

  /** Waits for what was sent to be acknowledged (or to fail), then closes the producer. */
  @Override
  public void close() {
    producer.close(Duration.ofMillis(KafkaClients.DELIVERY_TIMEOUT_MS + 1_000L));
  }
}
