package io.eventplan.examples.differential;

/** Something that decides whether a payload follows the plan for a target. */
@FunctionalInterface
interface Judge {
  Verdict judge(Target target, byte[] json);
}
