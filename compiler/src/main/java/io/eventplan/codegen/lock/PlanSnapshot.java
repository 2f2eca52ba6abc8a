package io.eventplan.codegen.lock;

import io.eventplan.plan.model.TrackingPlan;
import java.util.List;
import java.util.Optional;

/**
 * The normalized shape of a whole plan at one plan version: everything a warehouse table or a
 * sender depends on, and nothing else (no locations, examples, pii flags or Segment columns), so
 * two snapshots are equal exactly when the warehouse contract is unchanged.
 */
public record PlanSnapshot(
    int planVersion, List<EventSnapshot> events, SectionSnapshot people, SectionSnapshot companies) {

  /** The snapshot before the first generation: no events, no traits. */
  public static final PlanSnapshot EMPTY =
      new PlanSnapshot(0, List.of(), SectionSnapshot.EMPTY, SectionSnapshot.EMPTY);

  public PlanSnapshot {
    events = List.copyOf(events);
  }

  public static PlanSnapshot of(TrackingPlan plan) {
    return new PlanSnapshot(
        plan.info().version(),
        plan.events().stream().map(EventSnapshot::of).toList(),
        SectionSnapshot.of(plan.people()),
        SectionSnapshot.of(plan.companies()));
  }

  public Optional<EventSnapshot> event(String name) {
    return events.stream().filter(e -> e.name().equals(name)).findFirst();
  }

  /** Whether the warehouse contract is the same, ignoring the plan's version number. */
  public boolean sameContract(PlanSnapshot other) {
    return events.equals(other.events) && people.equals(other.people) && companies.equals(other.companies);
  }
}
