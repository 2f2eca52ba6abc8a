package io.eventplan.codegen;

import io.eventplan.plan.Diagnostic;
import java.util.List;

/**
 * The plan cannot be compiled, so nothing was generated: it has errors, or it changed in a way the
 * warehouse cannot follow. The message lists every located problem, one per line.
 */
public final class PlanCompilationException extends Exception {
  private static final long serialVersionUID = 1L;

  private final transient List<Diagnostic> diagnostics;
  private final List<String> lines;

  public PlanCompilationException(String planDisplayName, List<Diagnostic> diagnostics) {
    this(headline(planDisplayName, diagnostics), diagnostics, diagnostics.stream().map(Diagnostic::toString).toList());
  }

  private PlanCompilationException(String headline, List<Diagnostic> diagnostics, List<String> lines) {
    super(headline + ":\n" + String.join("\n", lines));
    this.diagnostics = List.copyOf(diagnostics);
    this.lines = List.copyOf(lines);
  }

  /** A failure found after the plan checked out (e.g. a breaking change), with its own lines. */
  static PlanCompilationException of(String planDisplayName, String problem, List<String> lines) {
    return new PlanCompilationException(
        planDisplayName + ": " + problem + "; nothing was generated", List.of(), lines);
  }

  /** Every diagnostic of the plan, errors and warnings, ordered by location (empty for other failures). */
  public List<Diagnostic> diagnostics() {
    return diagnostics;
  }

  /** One line per problem, e.g. {@code file:line:col: [CODE] message}. */
  public List<String> lines() {
    return lines;
  }

  private static String headline(String planDisplayName, List<Diagnostic> diagnostics) {
    long errors = diagnostics.stream().filter(Diagnostic::isError).count();
    return planDisplayName + " has " + errors + (errors == 1 ? " error" : " errors")
        + "; fix " + (errors == 1 ? "it" : "them") + " and build again";
  }
}
