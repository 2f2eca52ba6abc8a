package io.eventplan.codegen;

/** A committed copy that does not match what the plan generates now, and why. */
public record StaleFile(CommittedFile file, Problem problem) {

  /** Why a committed copy is stale. */
  public enum Problem {
    /** The copy does not exist. */
    MISSING("is missing"),
    /** The copy's bytes differ from the generated file's. */
    DIFFERENT("differs from what the plan generates"),
    /** The plan does not generate the file at all: the configuration names a wrong path. */
    NOT_GENERATED("is a copy of a file the plan does not generate; check the configured path"),
    /** A file in a committed directory that the plan no longer generates (e.g. the page of a removed event). */
    NO_LONGER_GENERATED("is no longer generated; delete it");

    private final String description;

    Problem(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** E.g. {@code src/main/ts/tracking.ts (RESOURCES:eventplan/typescript/tracking.ts) is missing}. */
  public String describe(String committedCopyName) {
    return committedCopyName + " (" + file.generated() + ") " + problem.description();
  }
}
