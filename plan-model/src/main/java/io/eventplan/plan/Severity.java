package io.eventplan.plan;

/** How serious a diagnostic is: errors stop generation, warnings do not (unless strict). */
public enum Severity {
  ERROR,
  WARNING
}
