package io.eventplan.plan.pattern;

/** The three patterns of issue "patterns that cannot stall the collector", each with a 30 KB value that fails it. */
final class HostileInputs {
  static final String[][] ROWS = {
    {"^(.*a){12}$", "a".repeat(30_000) + "!"},
    {"^(\\w+\\s?)*$", "a".repeat(30_000) + "!"},
    {"^([a-z0-9]+[-.]?)+[a-z0-9]@", "a".repeat(30_000) + "!"},
  };

  private HostileInputs() {}
}
