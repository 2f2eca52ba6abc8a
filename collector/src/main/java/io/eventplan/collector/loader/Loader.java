package io.eventplan.collector.loader;

import io.eventplan.collector.ingest.OverloadedException;
import io.eventplan.collector.ingest.Write;
import io.eventplan.collector.ingest.WriteOutcome;
import io.eventplan.collector.ingest.WriteSink;
import io.eventplan.collector.kafka.WriteRecords;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the collectors' records from Kafka into the warehouse through the same group commit writer as direct mode
 * (typed tables, people and companies, everything its transaction maintains). One thread polls; each poll's
 * records become one batch handed to the writer, and their partitions are paused until that batch's transaction
 * committed, so that one user's records (one partition) are written in order while other partitions' batches are
 * written at the same time. Offsets are committed only after the warehouse committed: a loader that dies in between
 * reads those records again, and the warehouse skips events it holds already (event ids). A batch the warehouse did
 * not take is read again from its first offset after a pause; while the warehouse is not ready nothing is read.
 */
public final class Loader implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Loader.class);
  private static final long MAX_BACKOFF_MILLIS = 5_000;

  private final Consumer<byte[], byte[]> consumer;
  private final List<String> topics;
  private final WriteRecords records;
  private final WriteSink writer;
  private final BooleanSupplier warehouseReady;
  private final LoaderMetrics metrics;
  private final int planVersion;
  private final int maxBatchesInFlight;
  private final Thread thread;
  private final List<Batch> inFlight = new ArrayList<>();
  /** Partitions whose last batch failed, with when they may be read again. */
  private final Map<TopicPartition, Long> backoffUntil = new HashMap<>();
  private final ConsumerLag lag;
  private long backoffMillis = 250;
  private volatile boolean running = true;
  private volatile boolean stopped;

  /**
   * @param warehouseReady whether the writer can write now (the database answers and is migrated)
   * @param maxBatchesInFlight batches handed to the writer and not committed yet, at most
   */
  public Loader(Consumer<byte[], byte[]> consumer, List<String> topics, WriteRecords records, WriteSink writer,
      BooleanSupplier warehouseReady, LoaderMetrics metrics, int planVersion, int maxBatchesInFlight) {
    this.consumer = consumer;
    this.topics = List.copyOf(topics);
    this.records = records;
    this.writer = writer;
    this.warehouseReady = warehouseReady;
    this.metrics = metrics;
    this.planVersion = planVersion;
    this.maxBatchesInFlight = maxBatchesInFlight;
    this.thread = new Thread(this::run, "eventplan-loader");
    this.lag = new ConsumerLag(consumer);
  }

  public Loader start() {
    thread.start();
    return this;
  }

  private void run() {
    consumer.subscribe(topics, new Rebalance());
    try {
      while (running) {
        settle();
        hold();
        measureLag();
        if (inFlight.size() >= maxBatchesInFlight) {
          awaitAny(50);
          continue;
        }
        ConsumerRecords<byte[], byte[]> polled;
        try {
          polled = consumer.poll(Duration.ofMillis(200));
        } catch (WakeupException e) {
          continue; // a batch completed, or close() was called
        }
        if (!polled.isEmpty()) {
          submit(polled);
        }
      }
    } catch (RuntimeException | Error e) {
      LOG.error("The loader stopped", e);
    } finally {
      stopped = true;
      finish();
    }
  }

  /** Whether the loader still reads: false once its thread ended, on close or on an error it could not handle. */
  public boolean reading() {
    return !stopped;
  }

  /** Hands one poll's records to the writer as one batch and pauses their partitions until it is committed. */
  private void submit(ConsumerRecords<byte[], byte[]> polled) {
    List<Write> writes = new ArrayList<>(polled.count());
    List<Instant> accepted = new ArrayList<>(polled.count());
    Map<TopicPartition, Range> ranges = new HashMap<>();
    for (TopicPartition partition : polled.partitions()) {
      List<ConsumerRecord<byte[], byte[]>> part = polled.records(partition);
      for (ConsumerRecord<byte[], byte[]> record : part) {
        writes.add(records.read(record, planVersion));
        Instant at = WriteRecords.acceptedAt(record);
        accepted.add(at != null ? at : Instant.ofEpochMilli(record.timestamp()));
      }
      ranges.put(partition, new Range(part.get(0).offset(), part.get(part.size() - 1).offset() + 1));
    }
    consumer.pause(ranges.keySet());
    CompletableFuture<List<WriteOutcome>> future;
    try {
      future = writer.submit(writes);
    } catch (OverloadedException e) {
      future = CompletableFuture.failedFuture(e);
    }
    future.whenComplete((outcomes, error) -> consumer.wakeup());
    inFlight.add(new Batch(ranges, future, accepted));
  }

  /**
   * Takes the batches whose transactions ended: commits the offsets after the successful ones (only of partitions
   * still assigned), and rewinds the partitions of the failed ones to read them again after a pause.
   */
  private void settle() {
    Map<TopicPartition, OffsetAndMetadata> commit = new HashMap<>();
    long now = System.currentTimeMillis();
    Set<TopicPartition> assigned = consumer.assignment();
    for (Iterator<Batch> it = inFlight.iterator(); it.hasNext(); ) {
      Batch batch = it.next();
      if (!batch.future.isDone()) {
        continue;
      }
      it.remove();
      if (!batch.future.isCompletedExceptionally()) {
        batch.ranges.forEach((partition, range) -> {
          if (assigned.contains(partition)) {
            commit.put(partition, new OffsetAndMetadata(range.next));
          }
        });
        metrics.batchCommitted(batch.accepted.size());
        batch.accepted.forEach(at -> metrics.delay(now - at.toEpochMilli()));
        backoffMillis = 250;
      } else {
        fail(batch, assigned);
      }
    }
    if (!commit.isEmpty()) {
      commit(commit);
    }
  }

  private void commit(Map<TopicPartition, OffsetAndMetadata> offsets) {
    for (int attempt = 1; ; attempt++) {
      try {
        consumer.commitSync(offsets, Duration.ofSeconds(10));
        return;
      } catch (WakeupException e) {
        // a batch completed while committing: the wake-up is spent, commit again
        if (attempt == 3) {
          LOG.warn("Committing offsets was interrupted three times; the records will be read again");
          return;
        }
      } catch (RuntimeException e) {
        // the rows are committed; these records will be read again and skipped by event id
        LOG.warn("Committing offsets failed (the records will be read again): {}", e.toString());
        return;
      }
    }
  }

  private void fail(Batch batch, Set<TopicPartition> assigned) {
    Throwable error = batch.future.handle((ok, e) -> e).join();
    LOG.warn("The warehouse did not take a batch of {} records; reading them again in {} ms: {}",
        batch.accepted.size(), backoffMillis, error == null ? "" : error.toString());
    metrics.batchFailed();
    long until = System.currentTimeMillis() + backoffMillis;
    batch.ranges.forEach((partition, range) -> {
      if (assigned.contains(partition)) {
        consumer.seek(partition, range.first);
        backoffUntil.put(partition, until);
      }
    });
    backoffMillis = Math.min(backoffMillis * 2, MAX_BACKOFF_MILLIS);
  }

  /**
   * Pauses what must not be read now (partitions with a batch in flight or in back-off; everything while the
   * warehouse is not ready) and resumes the rest. Paused, the consumer keeps its group membership by polling.
   */
  private void hold() {
    Set<TopicPartition> assigned = consumer.assignment();
    Set<TopicPartition> held = new HashSet<>();
    if (!warehouseReady.getAsBoolean()) {
      held.addAll(assigned);
    }
    inFlight.forEach(batch -> held.addAll(batch.ranges.keySet()));
    long now = System.currentTimeMillis();
    backoffUntil.entrySet().removeIf(entry -> entry.getValue() <= now || !assigned.contains(entry.getKey()));
    held.addAll(backoffUntil.keySet());
    held.retainAll(assigned);
    consumer.pause(held);
    Set<TopicPartition> free = new HashSet<>(assigned);
    free.removeAll(held);
    consumer.resume(free);
    metrics.partitions(assigned.size());
  }

  private void measureLag() {
    long now = System.currentTimeMillis();
    long inFlightRecords = inFlight.stream().mapToLong(batch -> batch.accepted.size()).sum();
    metrics.lag(lag.measure(now, inFlightRecords));
    metrics.tick(now);
  }

  /** Waits up to {@code millis} for any batch in flight to end. */
  private void awaitAny(long millis) {
    try {
      CompletableFuture.anyOf(inFlight.stream().map(b -> b.future).toArray(CompletableFuture[]::new))
          .get(millis, TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      // timed out, or a batch failed: settle() looks at each
    }
  }

  /** Waits for every batch in flight (up to {@code millis}), then settles them. */
  private void drain(long millis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
    for (Batch batch : List.copyOf(inFlight)) {
      try {
        batch.future.get(Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())),
            TimeUnit.MILLISECONDS);
      } catch (Exception e) {
        // failed or not done: settle() handles it or leaves it to be read again
      }
    }
    settle();
  }

  private void finish() {
    try {
      drain(30_000);
    } catch (RuntimeException e) {
      LOG.warn("Settling the last batches failed: {}", e.toString());
    }
    consumer.close(Duration.ofSeconds(5));
  }

  /** Stops reading, waits for the batches in flight to commit and commits their offsets, then leaves the group. */
  @Override
  public void close() {
    running = false;
    consumer.wakeup();
    try {
      thread.join(40_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** When partitions move to another loader, the batches in flight finish first and their offsets are committed. */
  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      if (!partitions.isEmpty()) {
        drain(30_000);
      }
      partitions.forEach(backoffUntil::remove);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      if (!partitions.isEmpty()) {
        LOG.info("Loading partitions {}", partitions);
      }
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      // another loader owns them already: what is in flight is not committed here and will be read again there
      inFlight.removeIf(batch -> batch.ranges.keySet().stream().anyMatch(partitions::contains));
      partitions.forEach(backoffUntil::remove);
    }
  }

  /** The offsets of one partition in a batch: the first, and the one after the last. */
  private record Range(long first, long next) {}

  /** One poll's records handed to the writer, with when each was accepted. */
  private record Batch(Map<TopicPartition, Range> ranges, CompletableFuture<List<WriteOutcome>> future,
      List<Instant> accepted) {}
}
