package io.eventplan.collector;

import io.eventplan.collector.generated.EventRegistry;
import io.eventplan.collector.generated.ValidationResult;
import io.eventplan.collector.judge.EventJudge;
import io.eventplan.collector.judge.Judgement;
import io.eventplan.collector.judge.ValidatorJudge;
import io.eventplan.collector.judge.Violation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The validators generated from the plan the collector is built from (package
 * io.eventplan.collector.generated), as the collector's {@link EventJudge}.
 */
final class GeneratedValidators {
  private GeneratedValidators() {}

  static EventJudge judge() {
    EventRegistry registry = new EventRegistry();
    Map<String, ValidatorJudge.Validator> events = new LinkedHashMap<>();
    registry.validators().forEach((name, validator) -> events.put(name, json -> judgement(validator.validate(json))));
    return new ValidatorJudge(registry.planName(), registry.planVersion(), events,
        json -> judgement(registry.people().validate(json)), json -> judgement(registry.companies().validate(json)));
  }

  private static Judgement judgement(ValidationResult<?> result) {
    return ValidatorJudge.judgement(result.value(),
        result.violations().stream().map(v -> new Violation(v.path(), v.rule(), v.message())).toList());
  }
}
