package io.eventplan.collector.support;

import io.eventplan.collector.judge.EventJudge;
import io.eventplan.collector.judge.Judgement;
import io.eventplan.collector.judge.ValidatorJudge;
import io.eventplan.collector.judge.Violation;
import io.eventplan.collector.testplan.EventRegistry;
import io.eventplan.collector.testplan.ValidationResult;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The validators generated from the test plan, test-plan/tracking-plan.yaml (package
 * io.eventplan.collector.testplan), as the collector's {@link EventJudge}.
 */
public final class TestPlanValidators {
  private TestPlanValidators() {}

  public static EventJudge judge() {
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
