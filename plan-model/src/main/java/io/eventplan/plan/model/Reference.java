package io.eventplan.plan.model;

import java.util.Locale;

/** What a property's value may identify: a person (user id) or a company (group id). */
public enum Reference {
  PEOPLE,
  COMPANIES;

  /** The spelling used in the plan file. */
  public String planName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
