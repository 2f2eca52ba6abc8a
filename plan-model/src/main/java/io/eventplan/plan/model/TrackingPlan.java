package io.eventplan.plan.model;

import java.util.List;
import java.util.Optional;

/**
 * A checked tracking plan: the single source of truth every emitter reads. Immutable; lists keep
 * the order of the plan file, so output generated from it is deterministic.
 *
 * @param file the plan file's name as given to the loader (used in generated headers)
 * @param commonProperties the properties every event carries, as declared
 * @param events every event, each with its effective properties (common ones first)
 */
public record TrackingPlan(
    String file,
    PlanInfo info,
    List<PropertyDef> commonProperties,
    List<EventDef> events,
    Optional<TraitsDef> people,
    Optional<TraitsDef> companies) {

  public TrackingPlan {
    commonProperties = List.copyOf(commonProperties);
    events = List.copyOf(events);
  }

  public Optional<EventDef> event(String name) {
    return events.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
