package io.eventplan.plan;

import io.eventplan.plan.model.TrackingPlan;
import java.util.List;
import java.util.Optional;

/** The outcome of loading a plan: the model when there were no errors, and every diagnostic. */
public record LoadResult(Optional<TrackingPlan> plan, List<Diagnostic> diagnostics) {

  public LoadResult {
    diagnostics = List.copyOf(diagnostics);
  }

  public List<Diagnostic> errors() {
    return diagnostics.stream().filter(Diagnostic::isError).toList();
  }

  public List<Diagnostic> warnings() {
    return diagnostics.stream().filter(d -> !d.isError()).toList();
  }

  /** The plan, or a {@link PlanException} listing every diagnostic. */
  public TrackingPlan orThrow() {
    return plan.orElseThrow(() -> new PlanException(diagnostics));
  }
}
