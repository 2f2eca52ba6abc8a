package io.eventplan.plan.model;

import java.util.List;
import java.util.Optional;

/** A finite double-precision number, optionally limited to an allowed set and a range. */
public record NumberType(List<Double> values, Optional<Double> min, Optional<Double> max)
    implements PropertyType {

  public NumberType {
    values = List.copyOf(values);
  }

  @Override
  public TypeKind kind() {
    return TypeKind.NUMBER;
  }
}
