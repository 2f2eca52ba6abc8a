package io.eventplan.codegen.lock;

import io.eventplan.plan.Location;

/**
 * One classified change of the plan, located in the plan file, printed like the checker's
 * diagnostics: {@code tracking-plan.yaml:12:7: [PROPERTY_TYPE_CHANGED] property 'attempt' ...}.
 */
public record Change(ChangeKind kind, Location location, String message) {

  public boolean breaking() {
    return kind.breaking();
  }

  @Override
  public String toString() {
    return location + ": [" + kind + "] " + message;
  }
}
