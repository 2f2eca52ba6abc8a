package io.eventplan.plan;

import java.util.List;
import java.util.stream.Collectors;

/** Thrown when a plan cannot be used; carries every diagnostic found, ordered by location. */
public final class PlanException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;

  public PlanException(List<Diagnostic> diagnostics) {
    super(render(diagnostics));
    this.diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  private static String render(List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    return "The tracking plan has "
        + errors
        + (errors == 1 ? " error" : " errors")
        + ":\n"
        + diagnostics.stream().map(Diagnostic::toString).collect(Collectors.joining("\n"));
  }
}
