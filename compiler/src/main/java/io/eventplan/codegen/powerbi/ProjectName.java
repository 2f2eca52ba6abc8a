package io.eventplan.codegen.powerbi;

import io.eventplan.plan.model.TrackingPlan;
import java.util.Locale;
import java.util.Set;

/**
 * The name of the Power BI project, from the plan's name: it names the {@code .pbip} and
 * {@code .pbids} files and the {@code .SemanticModel} and {@code .Report} folders, so it keeps only
 * characters every file system takes (letters of any script, digits, space, '-', '_').
 */
record ProjectName(String value) {
  private static final int MAX_LENGTH = 60;
  private static final Set<String> WINDOWS_DEVICES = Set.of("CON", "PRN", "AUX", "NUL",
      "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
      "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  static ProjectName of(TrackingPlan plan) {
    StringBuilder kept = new StringBuilder();
    plan.info().name().codePoints().forEach(c -> {
      boolean safe = Character.isLetterOrDigit(c) || c == '-' || c == '_';
      kept.appendCodePoint(safe ? c : ' ');
    });
    String name = kept.toString().trim().replaceAll(" +", " ");
    if (name.codePointCount(0, name.length()) > MAX_LENGTH) {
      name = name.substring(0, name.offsetByCodePoints(0, MAX_LENGTH)).trim();
    }
    if (name.isEmpty()) {
      name = "eventplan";
    }
    if (WINDOWS_DEVICES.contains(name.toUpperCase(Locale.ROOT))) {
      name = name + " report";
    }
    return new ProjectName(name);
  }

  /** The folder of the semantic model, e.g. {@code Event Data Project.SemanticModel}. */
  String semanticModelFolder() {
    return value + ".SemanticModel";
  }

  /** The folder of the report, e.g. {@code Event Data Project.Report}. */
  String reportFolder() {
    return value + ".Report";
  }
}
