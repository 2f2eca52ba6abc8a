package io.eventplan.collector.kafka;

import io.eventplan.collector.api.ApiException;
import io.eventplan.collector.api.ErrorCode;
import io.eventplan.collector.health.Readiness;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether the brokers answer and the topics exist, as the {@link KafkaProbe} and the last sends saw it. While
 * down, a collector in Kafka mode answers 503 {@code kafka_unavailable} at once instead of waiting for a send to
 * time out, and /health/ready says so.
 */
public final class KafkaStatus implements Readiness {
  private volatile boolean reachable;
  private volatile String problem = "not checked yet";

  public boolean reachable() {
    return reachable;
  }

  /** Why Kafka is not usable; null when it is. */
  public String problem() {
    return reachable ? null : problem;
  }

  public void markReachable() {
    reachable = true;
  }

  public void markUnreachable(String why) {
    problem = why;
    reachable = false;
  }

  @Override
  public boolean ready() {
    return reachable;
  }

  @Override
  public void describe(ObjectNode checks) {
    checks.put("kafka", reachable ? "up" : "down");
  }

  @Override
  public Optional<ApiException> refusal() {
    return reachable ? Optional.empty()
        : Optional.of(new ApiException(ErrorCode.KAFKA_UNAVAILABLE, "Kafka is unreachable: " + problem));
  }
}
