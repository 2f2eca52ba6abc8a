package io.eventplan.plan.model;

/** true or false. */
public record BooleanType() implements PropertyType {

  @Override
  public TypeKind kind() {
    return TypeKind.BOOLEAN;
  }
}
