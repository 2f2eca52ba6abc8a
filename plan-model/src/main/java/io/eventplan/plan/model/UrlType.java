package io.eventplan.plan.model;

import java.util.Optional;

/** An absolute URI (RFC 3986), optionally limited by a pattern and lengths. */
public record UrlType(Optional<String> pattern, Optional<Integer> minLength, Optional<Integer> maxLength)
    implements PropertyType {

  @Override
  public TypeKind kind() {
    return TypeKind.URL;
  }
}
