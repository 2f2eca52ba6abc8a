package io.eventplan.plan.pattern;

/**
 * Why a plan pattern is refused.
 *
 * @param kind which rule it breaks
 * @param index the position in the pattern (0-based, in UTF-16 units) where the problem starts
 * @param message what is wrong, for people: "an unclosed group", "a backreference \1"
 */
public record PatternProblem(Kind kind, int index, String message) {

  /** The rules a pattern can break, one diagnostic code each. */
  public enum Kind {
    /** Not a regular expression at all, in ECMAScript with the u flag. */
    INVALID,
    /** Valid somewhere (often Java), but not in the plan's syntax: ECMAScript lacks it or reads it otherwise. */
    NOT_PORTABLE,
    /** Backreferences and lookaround, which no linear-time engine can run. */
    NOT_LINEAR,
    /** Repetition counts or an expanded size beyond what the engines take. */
    TOO_LARGE
  }
}
