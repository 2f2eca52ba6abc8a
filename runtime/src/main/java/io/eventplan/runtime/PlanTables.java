package io.eventplan.runtime;

import java.util.List;
import java.util.Optional;

/**
 * The warehouse as the plan defines it: what the collector needs to write rows and serve reports, known when the
 * plan was compiled, so nothing re-reads the plan at run time.
 *
 * @param events every event, in plan order
 * @param people the people table, when the plan has a {@code people} section
 * @param companies the companies table, when the plan has a {@code companies} section
 * @param loginEvent the event the report views count as a login, when the plan has one
 * @param signupEvent the event the report views count as a sign-up, when the plan has one
 */
public record PlanTables(List<EventTable> events, Optional<TraitsTable> people, Optional<TraitsTable> companies,
    Optional<String> loginEvent, Optional<String> signupEvent) {

  public PlanTables {
    events = List.copyOf(events);
  }

  /** The event named exactly {@code name}. */
  public Optional<EventTable> event(String name) {
    return events.stream().filter(e -> e.event().equals(name)).findFirst();
  }
}
