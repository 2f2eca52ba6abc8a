package io.eventplan.collector.judge;

import io.eventplan.runtime.EventPlan;
import io.eventplan.runtime.EventValidator;
import io.eventplan.runtime.ValidationResult;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An {@link EventJudge} over a generated plan's validators: each event's, and those of people and company traits. */
public final class ValidatorJudge implements EventJudge {
  private final EventPlan plan;
  private final Map<String, EventValidator<?>> events;
  private final Optional<EventValidator<?>> people;
  private final Optional<EventValidator<?>> companies;

  public ValidatorJudge(EventPlan plan) {
    this.plan = plan;
    this.events = plan.validators();
    this.people = plan.peopleValidator();
    this.companies = plan.companiesValidator();
  }

  /** The verdict of a generated validator: its typed value when valid, else its violations. */
  public static Judgement judgement(ValidationResult<?> result) {
    if (result.isValid()) {
      return Judgement.accepted(result.value());
    }
    return Judgement.rejected(result.violations().stream()
        .map(v -> new Violation(v.path(), v.rule(), v.message()))
        .toList());
  }

  @Override
  public String planName() {
    return plan.name();
  }

  @Override
  public int planVersion() {
    return plan.version();
  }

  @Override
  public Judgement judgeEvent(String eventName, byte[] envelope) {
    EventValidator<?> validator = events.get(eventName);
    if (validator == null) {
      return Judgement.rejected(List.of(new Violation("", CollectorRules.UNKNOWN_EVENT,
          "the validators have no event named '" + eventName + "'")));
    }
    return judgement(validator.validate(envelope));
  }

  @Override
  public Judgement judgePersonTraits(byte[] traits) {
    return judgeTraits(people, "people", traits);
  }

  @Override
  public Judgement judgeCompanyTraits(byte[] traits) {
    return judgeTraits(companies, "companies", traits);
  }

  private static Judgement judgeTraits(Optional<EventValidator<?>> validator, String section, byte[] traits) {
    if (validator.isEmpty()) {
      return Judgement.rejected(List.of(new Violation("", CollectorRules.NO_TRAITS_IN_PLAN,
          "the plan has no '" + section + "' section")));
    }
    return judgement(validator.get().validate(traits));
  }
}
