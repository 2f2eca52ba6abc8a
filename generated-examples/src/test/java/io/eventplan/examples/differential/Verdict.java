package io.eventplan.examples.differential;

import java.util.List;
import java.util.stream.Collectors;

/** A judge's answer for one payload: valid or not, and why not. */
record Verdict(boolean valid, List<Reason> reasons) {

  /** One broken rule: where, which keyword or rule, and the judge's message. */
  record Reason(String path, String rule, String message) {
    @Override
    public String toString() {
      return (path.isEmpty() ? "(root)" : path) + " " + rule + ": " + message;
    }
  }

  static Verdict of(List<Reason> reasons) {
    return new Verdict(reasons.isEmpty(), List.copyOf(reasons));
  }

  @Override
  public String toString() {
    return valid ? "valid" : "invalid [" + reasons.stream().map(Reason::toString).collect(Collectors.joining("; ")) + "]";
  }
}
