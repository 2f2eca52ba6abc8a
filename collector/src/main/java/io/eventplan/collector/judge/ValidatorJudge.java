package io.eventplan.collector.judge;

import java.util.List;
import java.util.Map;

/**
 * An {@link EventJudge} over generated validators, each given as a function from JSON bytes to a
 * {@link Judgement}. Every generated package has its own EventRegistry, ValidationResult and
 * Violation types, so the few lines that read a registry into this class live next to the
 * generated code they import (GeneratedValidators; see docs/collector.md, "Generated code in the collector").
 */
public final class ValidatorJudge implements EventJudge {
  private final String planName;
  private final int planVersion;
  private final Map<String, Validator> events;
  private final Validator people;
  private final Validator companies;

  /**
   * @param events the validator of each event, by event name exactly as in the plan
   * @param people the people traits' validator; null when the plan has no people section
   * @param companies the company traits' validator; null when the plan has no companies section
   */
  public ValidatorJudge(String planName, int planVersion, Map<String, Validator> events, Validator people,
      Validator companies) {
    this.planName = planName;
    this.planVersion = planVersion;
    this.events = Map.copyOf(events);
    this.people = people;
    this.companies = companies;
  }

  /** The verdict of a generated validator: its typed value when valid, else its violations. */
  public static Judgement judgement(Object value, List<Violation> violations) {
    return violations.isEmpty() ? Judgement.accepted(value) : Judgement.rejected(violations);
  }

  @Override
  public String planName() {
    return planName;
  }

  @Override
  public int planVersion() {
    return planVersion;
  }

  @Override
  public Judgement judgeEvent(String eventName, byte[] envelope) {
    Validator validator = events.get(eventName);
    if (validator == null) {
      return Judgement.rejected(List.of(new Violation("", CollectorRules.UNKNOWN_EVENT,
          "the validators have no event named '" + eventName + "'")));
    }
    return validator.judge(envelope);
  }

  @Override
  public Judgement judgePersonTraits(byte[] traits) {
    return judgeTraits(people, "people", traits);
  }

  @Override
  public Judgement judgeCompanyTraits(byte[] traits) {
    return judgeTraits(companies, "companies", traits);
  }

  private static Judgement judgeTraits(Validator validator, String section, byte[] traits) {
    if (validator == null) {
      return Judgement.rejected(List.of(new Violation("", CollectorRules.NO_TRAITS_IN_PLAN,
          "the plan has no '" + section + "' section")));
    }
    return validator.judge(traits);
  }

  /** One generated validator. */
  @FunctionalInterface
  public interface Validator {
    Judgement judge(byte[] json);
  }
}
