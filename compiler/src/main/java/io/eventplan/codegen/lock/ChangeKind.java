package io.eventplan.codegen.lock;

/**
 * Every kind of change between the last snapshot and the plan, and whether it would break the
 * warehouse or existing senders. Non-breaking kinds are turned into changesets; breaking kinds fail
 * the generation. docs/plan-evolution.md has the full table.
 */
public enum ChangeKind {
  EVENT_ADDED(false),
  EVENT_VERSION_RAISED(false),
  EVENT_DEPRECATED(false),
  EVENT_REINSTATED(false),
  PROPERTY_ADDED(false),
  PROPERTY_DEPRECATED(false),
  PROPERTY_REINSTATED(false),
  PROPERTY_MADE_OPTIONAL(false),
  VALUES_ADDED(false),
  CONSTRAINT_LOOSENED(false),
  DESCRIPTION_CHANGED(false),

  EVENT_REMOVED(true),
  EVENT_VERSION_LOWERED(true),
  PROPERTY_REMOVED(true),
  PROPERTY_TYPE_CHANGED(true),
  REQUIRED_PROPERTY_ADDED(true),
  PROPERTY_MADE_REQUIRED(true),
  VALUES_NARROWED(true),
  CONSTRAINT_TIGHTENED(true);

  private final boolean breaking;

  ChangeKind(boolean breaking) {
    this.breaking = breaking;
  }

  /** True when the change would break the warehouse or existing senders, so generation must stop. */
  public boolean breaking() {
    return breaking;
  }
}
