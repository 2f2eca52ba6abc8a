package io.eventplan.codegen;

import io.eventplan.plan.Location;

/** The "do not edit" header every generated file starts with, in each output's comment syntax. */
public final class Headers {
  private Headers() {}

  /** {@code Generated from tracking-plan.yaml by eventplan - do not edit.} */
  public static String text(EmitContext context) {
    return "Generated from " + context.planFileName() + " by eventplan - do not edit.";
  }

  /** Where a generated item came from, as {@code tracking-plan.yaml:12:3}. */
  public static String source(EmitContext context, Location location) {
    return context.planFileName() + ":" + location.line() + ":" + location.column();
  }
}
