package io.eventplan.plan.model;

import java.util.Optional;

/** A list whose items all have one type, optionally limited in size. */
public record ArrayType(PropertyType items, String itemDescription, Optional<Integer> minItems, Optional<Integer> maxItems)
    implements PropertyType {

  @Override
  public TypeKind kind() {
    return TypeKind.ARRAY;
  }
}
