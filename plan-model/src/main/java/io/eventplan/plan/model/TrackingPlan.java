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
 * @param reports the optional {@code reports:} section (which events are the login and the sign-up)
 */
public record TrackingPlan(
    String file,
    PlanInfo info,
    List<PropertyDef> commonProperties,
    List<EventDef> events,
    Optional<TraitsDef> people,
    Optional<TraitsDef> companies,
    ReportSettings reports) {

  public TrackingPlan {
    commonProperties = List.copyOf(commonProperties);
    events = List.copyOf(events);
  }

  /** A plan without a {@code reports:} section. */
  public TrackingPlan(String file, PlanInfo info, List<PropertyDef> commonProperties, List<EventDef> events,
      Optional<TraitsDef> people, Optional<TraitsDef> companies) {
    this(file, info, commonProperties, events, people, companies, ReportSettings.none(file));
  }

  /**
   * The event the report views count as a login: {@code reports.login_event}, else the event named
   * exactly {@value ReportSettings#DEFAULT_LOGIN_EVENT}, else none.
   */
  public Optional<EventDef> loginEvent() {
    return event(reports.loginEvent().orElse(ReportSettings.DEFAULT_LOGIN_EVENT));
  }

  /**
   * The event the report views count as a sign-up: {@code reports.signup_event}, else the event
   * named exactly {@value ReportSettings#DEFAULT_SIGNUP_EVENT}, else none.
   */
  public Optional<EventDef> signupEvent() {
    return event(reports.signupEvent().orElse(ReportSettings.DEFAULT_SIGNUP_EVENT));
  }

  public Optional<EventDef> event(String name) {
    return events.stream().filter(e -> e.name().equals(name)).findFirst();
  }
}
