package io.eventplan.runtime;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of validating one event: the typed value, or every violation.
 *
 * @param value the typed event; null when invalid
 * @param violations every broken rule, in reading order; empty when valid
 * @param <T> the record type
 */
public record ValidationResult<T>(T value, List<Violation> violations) {

  public ValidationResult {
    violations = List.copyOf(violations);
    if ((value == null) == violations.isEmpty()) {
      throw new IllegalArgumentException("exactly one of value and violations");
    }
  }

  public static <T> ValidationResult<T> valid(T value) {
    return new ValidationResult<>(Objects.requireNonNull(value), List.of());
  }

  public static <T> ValidationResult<T> invalid(List<Violation> violations) {
    return new ValidationResult<>(null, violations);
  }

  /** True when the event follows the plan; then {@link #value()} is set. */
  public boolean isValid() {
    return violations.isEmpty();
  }
}
