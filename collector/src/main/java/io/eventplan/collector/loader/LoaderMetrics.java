package io.eventplan.collector.loader;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The loader's own meters, beside the group commit writer's (docs/scaling.md#metrics):
 * {@code eventplan_loader_events_total} (records written; {@code rate()} of it is events per second),
 * {@code eventplan_loader_batch_events} (records per poll handed to the writer),
 * {@code eventplan_loader_delay_seconds} (end-to-end delay: accepted by a collector to committed in the warehouse),
 * {@code eventplan_loader_events_per_second} (the same over the last 10 s, for a glance without PromQL),
 * {@code eventplan_loader_lag_events} (records in the assigned partitions not in the warehouse yet),
 * {@code eventplan_loader_partitions} and {@code eventplan_loader_batch_failures_total}.
 */
public final class LoaderMetrics {
  private final Counter events;
  private final Counter failures;
  private final DistributionSummary batch;
  private final Timer delay;
  private final AtomicLong lag = new AtomicLong();
  private final AtomicLong partitions = new AtomicLong();
  private final EventRate rate = new EventRate(10_000);

  public LoaderMetrics(MeterRegistry registry) {
    this.events = Counter.builder("eventplan.loader.events")
        .description("Records the loader wrote to the warehouse (redelivered ones included)")
        .register(registry);
    this.failures = Counter.builder("eventplan.loader.batch.failures")
        .description("Batches the warehouse did not take; they are read again from Kafka")
        .register(registry);
    this.batch = DistributionSummary.builder("eventplan.loader.batch.events")
        .description("Records per batch handed to the group commit writer")
        .publishPercentiles(0.5, 0.99)
        .register(registry);
    this.delay = Timer.builder("eventplan.loader.delay")
        .description("End-to-end delay: from a collector accepting an event to its warehouse transaction committing")
        .publishPercentiles(0.5, 0.99)
        .distributionStatisticExpiry(Duration.ofMinutes(1))
        .register(registry);
    Gauge.builder("eventplan.loader.lag.events", lag, AtomicLong::get)
        .description("Records in the loader's partitions that it has not read yet (consumer lag)")
        .register(registry);
    Gauge.builder("eventplan.loader.events.per.second", rate, EventRate::perSecond)
        .description("Records written per second over the last 10 seconds")
        .register(registry);
    Gauge.builder("eventplan.loader.partitions", partitions, AtomicLong::get)
        .description("Partitions assigned to this loader")
        .register(registry);
  }

  void batchCommitted(int records) {
    events.increment(records);
    batch.record(records);
  }

  void batchFailed() {
    failures.increment();
  }

  void delay(long millis) {
    delay.record(Math.max(0, millis), TimeUnit.MILLISECONDS);
  }

  /** Samples the written records for events per second; the loader calls it on every turn of its loop. */
  void tick(long nowMillis) {
    rate.sample(nowMillis, (long) events.count());
  }

  void lag(long records) {
    lag.set(records);
  }

  void partitions(int assigned) {
    partitions.set(assigned);
  }

  /** The end-to-end delay timer, for tests and benchmarks. */
  public Timer delay() {
    return delay;
  }

  /** Records written so far. */
  public double events() {
    return events.count();
  }

  /** Records not read yet, as last seen. */
  public long lag() {
    return lag.get();
  }
}
