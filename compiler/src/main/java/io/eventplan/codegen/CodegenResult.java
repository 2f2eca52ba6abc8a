package io.eventplan.codegen;

import io.eventplan.plan.Diagnostic;
import java.util.List;

/**
 * What one compilation did to the output folders.
 *
 * @param upToDate true when the plan, configuration and generator were unchanged and every output
 *     intact, so nothing was emitted or written
 * @param written outputs whose content was (re)written
 * @param unchanged outputs that already had the right content
 * @param deleted outputs of an earlier run that the plan no longer produces
 * @param warnings the plan's warnings (the build goes on)
 * @param notes other things the build log should show, e.g. the plan's changes to the warehouse
 */
public record CodegenResult(
    boolean upToDate,
    List<OutputPath> written,
    List<OutputPath> unchanged,
    List<OutputPath> deleted,
    List<Diagnostic> warnings,
    List<String> notes) {

  public CodegenResult {
    written = List.copyOf(written);
    unchanged = List.copyOf(unchanged);
    deleted = List.copyOf(deleted);
    warnings = List.copyOf(warnings);
    notes = List.copyOf(notes);
  }

  /** One line for build logs: {@code 12 files written, 0 deleted} or {@code up to date, nothing written}. */
  public String summary() {
    if (upToDate) {
      return "up to date, nothing written";
    }
    String summary = count(written.size()) + " written, " + deleted.size() + " deleted";
    return unchanged.isEmpty() ? summary : summary + ", " + unchanged.size() + " unchanged";
  }

  private static String count(int files) {
    return files + (files == 1 ? " file" : " files");
  }
}
