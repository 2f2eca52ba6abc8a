package io.eventplan.collector.health;

import io.eventplan.collector.api.ApiException;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a process needs before it may take work: the database and its migrations (direct mode, the loader), or
 * Kafka (a collector in Kafka mode). {@code /health/ready} shows every check; the event API refuses with the first
 * refusal while something is missing.
 */
public interface Readiness {

  boolean ready();

  /** Adds this dependency's checks to the {@code checks} object of {@code /health/ready}, e.g. "kafka": "up". */
  void describe(ObjectNode checks);

  /** The 503 an event request gets while not ready; empty when ready. */
  Optional<ApiException> refusal();

  /** Ready when every one of {@code parts} is. */
  static Readiness all(Readiness... parts) {
    List<Readiness> all = List.of(parts);
    return new Readiness() {
      @Override
      public boolean ready() {
        return all.stream().allMatch(Readiness::ready);
      }

      @Override
      public void describe(ObjectNode checks) {
        all.forEach(part -> part.describe(checks));
      }

      @Override
      public Optional<ApiException> refusal() {
        return all.stream().map(Readiness::refusal).flatMap(Optional::stream).findFirst();
      }
    };
  }
}
