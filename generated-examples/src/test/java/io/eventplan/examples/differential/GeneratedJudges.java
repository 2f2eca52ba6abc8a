package io.eventplan.examples.differential;

/**
 * The generated Java validators as judges, reached through each plan's generated {@code EventRegistry}. The
 * two plans generate the same types into different packages, hence one adapter per package.
 */
final class GeneratedJudges {
  private GeneratedJudges() {}

  /** The validators of the root tracking-plan.yaml (package io.eventplan.examples.events). */
  static Judge rootPlan() {
    io.eventplan.examples.events.EventRegistry registry = new io.eventplan.examples.events.EventRegistry();
    return (target, json) -> {
      io.eventplan.examples.events.ValidationResult<?> result;
      switch (target.kind()) {
        case PEOPLE:
          result = registry.people().validate(json);
          break;
        case COMPANIES:
          result = registry.companies().validate(json);
          break;
        default:
          result = registry.validator(target.name()).orElseThrow().validate(json);
      }
      return Verdict.of(result.violations().stream()
          .map(violation -> new Verdict.Reason(violation.path(), violation.rule(), violation.message()))
          .toList());
    };
  }

  /** The validators of src/test/plans/every-type.yaml (package io.eventplan.examples.everytype). */
  static Judge everyType() {
    io.eventplan.examples.everytype.EventRegistry registry = new io.eventplan.examples.everytype.EventRegistry();
    return (target, json) -> {
      io.eventplan.examples.everytype.ValidationResult<?> result;
      switch (target.kind()) {
        case PEOPLE:
          result = registry.people().validate(json);
          break;
        case COMPANIES:
          result = registry.companies().validate(json);
          break;
        default:
          result = registry.validator(target.name()).orElseThrow().validate(json);
      }
      return Verdict.of(result.violations().stream()
          .map(violation -> new Verdict.Reason(violation.path(), violation.rule(), violation.message()))
          .toList());
    };
  }
}
