package io.eventplan.collector.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The collector's meters, exposed at {@code /metrics} in Prometheus format:
 * {@code eventplan_events_accepted_total{type}}, {@code eventplan_events_rejected_total{reason}},
 * {@code eventplan_group_commit_events} (messages per transaction),
 * {@code eventplan_group_commit_seconds}, {@code eventplan_request_seconds{route,status}},
 * {@code eventplan_writer_queue_events}, {@code eventplan_telemetry_reports_total} and
 * {@code eventplan_telemetry_series_total}; in Kafka mode {@code eventplan_kafka_produce_seconds} and
 * {@code eventplan_kafka_produced_records_total}; plus JVM and connection-pool meters.
 */
public final class CollectorMetrics implements AutoCloseable {
  private final PrometheusMeterRegistry registry;
  private final DistributionSummary groupSize;
  private final Timer groupCommit;
  private final JvmGcMetrics gcMetrics = new JvmGcMetrics();

  public CollectorMetrics() {
    this.registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new JvmMemoryMetrics().bindTo(registry);
    new JvmThreadMetrics().bindTo(registry);
    new ProcessorMetrics().bindTo(registry);
    gcMetrics.bindTo(registry);
    this.groupSize = DistributionSummary.builder("eventplan.group.commit.events")
        .description("Messages written per transaction by the group-commit writer")
        .publishPercentiles(0.5, 0.99)
        .register(registry);
    this.groupCommit = Timer.builder("eventplan.group.commit")
        .description("Time from taking a group off the queue to its COMMIT")
        .publishPercentiles(0.5, 0.99)
        .register(registry);
  }

  public MeterRegistry registry() {
    return registry;
  }

  /** The Prometheus text exposition of every meter. */
  public String scrape() {
    return registry.scrape();
  }

  public void accepted(String messageType) {
    Counter.builder("eventplan.events.accepted")
        .description("Messages stored, by Segment call type")
        .tag("type", messageType)
        .register(registry)
        .increment();
  }

  /** Counts one rejected message once per distinct rule it broke. */
  public void rejected(String rule) {
    Counter.builder("eventplan.events.rejected")
        .description("Messages kept in rejected_events, by reason (the rule broken)")
        .tag("reason", rule)
        .register(registry)
        .increment();
  }

  /** Counts one telemetry report of Segment's browser library ({@code POST /v1/m}) and its series. */
  public void telemetry(int series) {
    Counter.builder("eventplan.telemetry.reports")
        .description("Telemetry reports of Segment's browser library received at /v1/m (not stored)")
        .register(registry)
        .increment();
    Counter.builder("eventplan.telemetry.series")
        .description("Series in the telemetry reports of Segment's browser library (not stored)")
        .register(registry)
        .increment(series);
  }

  public void groupCommitted(int messages, long nanos) {
    groupSize.record(messages);
    groupCommit.record(nanos, TimeUnit.NANOSECONDS);
  }

  /** Kafka mode: one request's records were acknowledged by the brokers, {@code nanos} after they were sent. */
  public void produced(int records, long nanos) {
    Timer.builder("eventplan.kafka.produce")
        .description("Kafka mode: time from sending a request's records to the brokers' acknowledgement of all")
        .publishPercentiles(0.5, 0.99)
        .register(registry)
        .record(nanos, TimeUnit.NANOSECONDS);
    Counter.builder("eventplan.kafka.produced.records")
        .description("Kafka mode: records acknowledged by the brokers")
        .register(registry)
        .increment(records);
  }

  public void request(String route, int status, Duration duration) {
    Timer.builder("eventplan.request")
        .description("Time from receiving a request to answering it")
        .tag("route", route)
        .tag("status", Integer.toString(status))
        .publishPercentiles(0.5, 0.99)
        .register(registry)
        .record(duration);
  }

  public void writerQueue(Supplier<Number> queuedMessages) {
    Gauge.builder("eventplan.writer.queue.events", queuedMessages)
        .description("Messages waiting for the group-commit writer")
        .strongReference(true)
        .register(registry);
  }

  @Override
  public void close() {
    gcMetrics.close();
    registry.close();
  }
}
