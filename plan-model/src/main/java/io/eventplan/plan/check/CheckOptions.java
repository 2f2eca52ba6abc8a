package io.eventplan.plan.check;

/**
 * How strictly to check a plan.
 *
 * @param strict when true, naming-convention warnings are errors
 */
public record CheckOptions(boolean strict) {
  public static final CheckOptions DEFAULT = new CheckOptions(false);
  public static final CheckOptions STRICT = new CheckOptions(true);
}
