package io.eventplan.plan;

import java.util.Comparator;

/** One problem found in a plan: where it is, which rule, and what to do about it. */
public record Diagnostic(Severity severity, DiagnosticCode code, Location location, String message)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::location)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::code)
          .thenComparing(Diagnostic::message);

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }

  /** The form printed by every tool: {@code path:line:col: [CODE] message}. */
  @Override
  public String toString() {
    String prefix = severity == Severity.WARNING ? "warning: " : "";
    return location + ": [" + code + "] " + prefix + message;
  }
}
