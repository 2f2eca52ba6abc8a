package io.eventplan.runtime;

import java.util.Map;
import java.util.Optional;

/**
 * A generated tracking plan, as it describes itself: its validators, its warehouse tables and the changelog that
 * creates them. The code eventplan generates implements it ({@code EventRegistry}) and registers it for
 * {@link java.util.ServiceLoader} in {@value #SERVICE_FILE}, so the collector, the test kit and any service find the
 * plan on their class path ({@link EventPlans#load}) without knowing its package.
 */
public interface EventPlan {
  /** Where the generated code registers its plan. */
  String SERVICE_FILE = "META-INF/services/io.eventplan.runtime.EventPlan";
  /** The class path resource of the generated warehouse changelog (Liquibase formatted SQL). */
  String CHANGELOG = "eventplan/db/changelog.sql";

  /** The plan's name ({@code plan.name}). */
  String name();

  /** The plan's version ({@code plan.version}). */
  int version();

  /** Every event's validator by event name, in plan order (traits excluded). */
  Map<String, EventValidator<?>> validators();

  /** The validator of identify traits, when the plan has a {@code people} section. */
  Optional<EventValidator<?>> peopleValidator();

  /** The validator of group traits, when the plan has a {@code companies} section. */
  Optional<EventValidator<?>> companiesValidator();

  /** The warehouse's tables, columns and report settings. */
  PlanTables tables();

  /** The validator of the event named exactly {@code eventName}, if the plan has it. */
  default Optional<EventValidator<?>> validator(String eventName) {
    return Optional.ofNullable(validators().get(eventName));
  }

  /** The class path resource of the warehouse changelog, loaded with this plan's class loader. */
  default String changelog() {
    return CHANGELOG;
  }
}
