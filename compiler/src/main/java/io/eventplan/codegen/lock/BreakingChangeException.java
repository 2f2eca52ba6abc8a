package io.eventplan.codegen.lock;

import java.util.List;
import java.util.stream.Collectors;

/** Every breaking change of a plan at once; nothing was generated and the lock is unchanged. */
public final class BreakingChangeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Change> changes;

  public BreakingChangeException(List<Change> changes) {
    super(describe(changes));
    this.changes = List.copyOf(changes);
  }

  /** The breaking changes, in plan order. */
  public List<Change> changes() {
    return changes;
  }

  private static String describe(List<Change> changes) {
    String count = changes.size() == 1 ? "1 breaking change" : changes.size() + " breaking changes";
    return "the plan has " + count
        + " for the warehouse and existing senders; nothing was generated:\n"
        + changes.stream().map(Change::toString).collect(Collectors.joining("\n"));
  }
}
