package io.eventplan.collector.kafka;

import io.eventplan.collector.api.ApiException;
import io.eventplan.collector.api.ErrorCode;
import io.eventplan.collector.health.Readiness;
import io.eventplan.collector.status.Reachability;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether the brokers answer and the topics exist, as the {@link KafkaProbe} and the last sends saw it. While
 * down, a collector in Kafka mode answers 503 {@code kafka_unavailable} at once instead of waiting for a send to
 * time out, and /health/ready says so.
 */
public final class KafkaStatus extends Reachability implements Readiness {
  @Override
  public boolean ready() {
    return reachable();
  }

  @Override
  public void describe(ObjectNode checks) {
    checks.put("kafka", reachable() ? "up" : "down");
  }

  @Override
  public Optional<ApiException> refusal() {
    String problem = problem();
    return problem == null ? Optional.empty()
        : Optional.of(new ApiException(ErrorCode.KAFKA_UNAVAILABLE, "Kafka is unreachable: " + problem));
  }
}
