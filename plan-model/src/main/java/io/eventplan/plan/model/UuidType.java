package io.eventplan.plan.model;

/** A UUID in its RFC 4122 text form. */
public record UuidType() implements PropertyType {

  @Override
  public TypeKind kind() {
    return TypeKind.UUID;
  }
}
