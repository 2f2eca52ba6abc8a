package io.eventplan.plan.model;

import java.util.List;
import java.util.Optional;

/** A whole number that fits in 64 bits, optionally limited to an allowed set and a range. */
public record IntegerType(List<Long> values, Optional<Long> min, Optional<Long> max)
    implements PropertyType {

  public IntegerType {
    values = List.copyOf(values);
  }

  @Override
  public TypeKind kind() {
    return TypeKind.INTEGER;
  }
}
