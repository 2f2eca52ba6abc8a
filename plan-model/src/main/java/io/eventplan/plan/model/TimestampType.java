package io.eventplan.plan.model;

/** An instant as RFC 3339 date-time text with an offset, e.g. 2026-11-25T10:00:00Z. */
public record TimestampType() implements PropertyType {

  @Override
  public TypeKind kind() {
    return TypeKind.TIMESTAMP;
  }
}
