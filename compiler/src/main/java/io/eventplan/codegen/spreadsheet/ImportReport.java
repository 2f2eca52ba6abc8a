package io.eventplan.codegen.spreadsheet;

import java.nio.file.Path;
import java.util.List;

/**
 * What an import did.
 *
 * @param planFile the plan it wrote
 * @param events how many events the plan has
 * @param guesses every decision the sheet did not state, in sheet order
 * @param warnings the checker's warnings on the written plan (e.g. naming conventions)
 */
public record ImportReport(Path planFile, int events, List<ImportGuess> guesses, List<String> warnings) {

  public ImportReport {
    guesses = List.copyOf(guesses);
    warnings = List.copyOf(warnings);
  }
}
