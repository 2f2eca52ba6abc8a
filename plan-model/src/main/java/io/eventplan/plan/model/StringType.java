package io.eventplan.plan.model;

import java.util.List;
import java.util.Optional;

/** Free text, optionally limited to an allowed set, a pattern and lengths (in Unicode code points). */
public record StringType(
    List<String> values, Optional<String> pattern, Optional<Integer> minLength, Optional<Integer> maxLength)
    implements PropertyType {

  public StringType {
    values = List.copyOf(values);
  }

  @Override
  public TypeKind kind() {
    return TypeKind.STRING;
  }
}
