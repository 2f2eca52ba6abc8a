package io.eventplan.examples.differential;

import io.eventplan.runtime.EventPlan;
import io.eventplan.runtime.EventValidator;
import io.eventplan.runtime.ValidationResult;

/** The generated Java validators as judges, reached through each plan's {@code EventPlan} (its EventRegistry). */
final class GeneratedJudges {
  private GeneratedJudges() {}

  /** The validators of the root tracking-plan.yaml (package io.eventplan.examples.events). */
  static Judge rootPlan() {
    return of(new io.eventplan.examples.events.EventRegistry());
  }

  /** The validators of src/test/plans/every-type.yaml (package io.eventplan.examples.everytype). */
  static Judge everyType() {
    return of(new io.eventplan.examples.everytype.EventRegistry());
  }

  static Judge of(EventPlan plan) {
    return (target, json) -> {
      EventValidator<?> validator = switch (target.kind()) {
        case PEOPLE -> plan.peopleValidator().orElseThrow();
        case COMPANIES -> plan.companiesValidator().orElseThrow();
        default -> plan.validator(target.name()).orElseThrow();
      };
      ValidationResult<?> result = validator.validate(json);
      return Verdict.of(result.violations().stream()
          .map(violation -> new Verdict.Reason(violation.path(), violation.rule(), violation.message()))
          .toList());
    };
  }
}
