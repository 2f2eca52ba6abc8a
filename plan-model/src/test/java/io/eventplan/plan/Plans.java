package io.eventplan.plan;

import io.eventplan.plan.check.CheckOptions;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Test helper: loads small inline plans under the display name {@code plan.yaml}. */
final class Plans {
  static final String FILE = "plan.yaml";

  /** A valid header; tests append their own {@code events:} section (lines 1-3). */
  static final String HEADER = "plan:\n  name: Test\n  version: 1\n";

  private Plans() {}

  static LoadResult load(String yaml) {
    return load(yaml, CheckOptions.DEFAULT);
  }

  static LoadResult load(String yaml, CheckOptions options) {
    return PlanLoader.load(FILE, yaml.getBytes(StandardCharsets.UTF_8), options);
  }

  /** Every diagnostic as printed, in order. */
  static List<String> messages(String yaml) {
    return load(yaml).diagnostics().stream().map(Diagnostic::toString).toList();
  }

  /** A plan with one event {@code Thing Happened} whose only property is {@code p: <spec>} (line 6). */
  static String withProperty(String spec) {
    return HEADER + "events:\n  Thing Happened:\n    properties:\n      p: " + spec + "\n";
  }
}
