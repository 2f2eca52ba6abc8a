package io.eventplan.codegen;

import io.eventplan.plan.Diagnostic;
import java.util.List;
import java.util.stream.Collectors;

/** The plan has errors, so nothing was generated; the message lists every located diagnostic. */
public final class PlanCompilationException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public PlanCompilationException(String planDisplayName, List<Diagnostic> diagnostics) {
    super(render(planDisplayName, diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  /** Every diagnostic of the plan, errors and warnings, ordered by location. */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** One {@code file:line:col: [CODE] message} line per diagnostic. */
  public List<String> lines() {
    return diagnostics.stream().map(Diagnostic::toString).toList();
  }

  private static String render(String planDisplayName, List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    return planDisplayName + " has " + errors + (errors == 1 ? " error" : " errors")
        + "; fix " + (errors == 1 ? "it" : "them") + " and build again:\n"
        + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
  }
}
