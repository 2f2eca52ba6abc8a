package io.eventplan.plan.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.eventplan.plan.Diagnostic;
import io.eventplan.plan.LoadResult;
import io.eventplan.plan.PlanLoader;
import io.eventplan.plan.check.CheckOptions;

/**
 * Coverage-guided fuzzing of the whole front end (decoding, YAML, model, checker) with Jazzer: any
 * bytes give diagnostics or a plan, never an exception; a plan comes only without errors, and every
 * diagnostic names its file and says something. In {@code ./mvnw verify} this replays the seeds in
 * {@code PlanLoaderFuzzTestInputs/} (regression mode); {@code -Pfuzz} fuzzes (docs/security.md).
 */
class PlanLoaderFuzzTest {

  @FuzzTest(maxDuration = "20s")
  void anyBytesGiveDiagnosticsNeverAnException(byte[] bytes) {
    for (CheckOptions options : new CheckOptions[] {CheckOptions.DEFAULT}) {
      LoadResult result = PlanLoader.load("fuzz.yaml", bytes, options);
      if (result.plan().isPresent()) {
        assertThat(result.errors()).isEmpty();
      } else {
        assertThat(result.errors()).as("a refused plan says why").isNotEmpty();
      }
      for (Diagnostic diagnostic : result.diagnostics()) {
        assertThat(diagnostic.location().file()).isEqualTo("fuzz.yaml");
        assertThat(diagnostic.message()).isNotBlank();
        assertThat(diagnostic.toString()).startsWith("fuzz.yaml");
      }
    }
  }
}
