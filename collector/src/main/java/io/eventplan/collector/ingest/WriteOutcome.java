package io.eventplan.collector.ingest;

import io.eventplan.collector.judge.Violation;
import java.util.List;

/**
 * What became of one message once its transaction committed: stored (or already stored before,
 * for a retry), or kept in {@code rejected_events} for the reasons given.
 */
public record WriteOutcome(List<Violation> violations) {
  public static final WriteOutcome STORED = new WriteOutcome(List.of());

  public WriteOutcome {
    violations = List.copyOf(violations);
  }

  public boolean stored() {
    return violations.isEmpty();
  }
}
