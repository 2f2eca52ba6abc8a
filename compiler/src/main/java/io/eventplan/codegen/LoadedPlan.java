package io.eventplan.codegen;

import io.eventplan.plan.Diagnostic;
import io.eventplan.plan.LoadResult;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;
import io.eventplan.plan.model.TrackingPlan;
import io.eventplan.plan.syntax.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * A checked plan together with the exact bytes it was read from (they feed the content hash).
 *
 * @param warnings diagnostics that do not stop generation
 */
record LoadedPlan(byte[] bytes, TrackingPlan plan, List<Diagnostic> warnings) {

  /** Reads and checks the request's plan; any error fails with every diagnostic of the plan. */
  static LoadedPlan load(CodegenRequest request) throws PlanCompilationException, IOException {
    Path file = request.planFile();
    String name = request.planDisplayName();
    CheckOptions options = new CheckOptions(request.strict());
    if (Files.notExists(file) || Files.size(file) > SourceText.MAX_BYTES) {
      // The loader reports a missing or oversized file with its usual located diagnostic.
      throw new PlanCompilationException(name, PlanLoader.load(file, name, options).diagnostics());
    }
    byte[] bytes = Files.readAllBytes(file);
    LoadResult result = PlanLoader.load(name, bytes, options);
    if (result.plan().isEmpty()) {
      throw new PlanCompilationException(name, result.diagnostics());
    }
    return new LoadedPlan(bytes, result.plan().get(), result.warnings());
  }
}
