package io.eventplan.plan.check;

import io.eventplan.plan.Diagnostic;
import io.eventplan.plan.DiagnosticCode;
import io.eventplan.plan.Location;
import io.eventplan.plan.Severity;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a check run, so that one run reports all of them, ordered by location. */
public final class Diagnostics {
  private final List<Diagnostic> found = new ArrayList<>();

  public void error(DiagnosticCode code, Location location, String message) {
    found.add(new Diagnostic(Severity.ERROR, code, location, message));
  }

  public void warning(DiagnosticCode code, Location location, String message) {
    found.add(new Diagnostic(Severity.WARNING, code, location, message));
  }

  public void addAll(List<Diagnostic> diagnostics) {
    found.addAll(diagnostics);
  }

  public boolean hasErrors() {
    return found.stream().anyMatch(Diagnostic::isError);
  }

  /** Every diagnostic so far, sorted by location then code; duplicates removed. */
  public List<Diagnostic> sorted() {
    return found.stream().distinct().sorted().toList();
  }
}
