package io.eventplan.collector.judge;

import java.util.List;

/**
 * A judge's verdict: accepted (with the typed value the validator built, if it builds one) or
 * rejected with every violation.
 */
public sealed interface Judgement permits Judgement.Accepted, Judgement.Rejected {

  static Judgement accepted(Object typedValue) {
    return new Accepted(typedValue);
  }

  static Judgement rejected(List<Violation> violations) {
    return new Rejected(violations);
  }

  /** @param typedValue the validator's typed record; null when the judge builds none */
  record Accepted(Object typedValue) implements Judgement {}

  /** @param violations never empty */
  record Rejected(List<Violation> violations) implements Judgement {
    public Rejected {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("a rejection needs at least one violation");
      }
    }
  }
}
