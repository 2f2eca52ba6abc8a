package io.eventplan.plan.model;

import java.util.Locale;

/** The Segment template's Status column. */
public enum EventStatus {
  PLANNED,
  IMPLEMENTED,
  DEPRECATED;

  /** The spelling used in the plan file. */
  public String planName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
