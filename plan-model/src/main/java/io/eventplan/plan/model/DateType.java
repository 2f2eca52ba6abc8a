package io.eventplan.plan.model;

/** A calendar date as RFC 3339 full-date text, e.g. 2026-11-25. */
public record DateType() implements PropertyType {

  @Override
  public TypeKind kind() {
    return TypeKind.DATE;
  }
}
