package io.eventplan.plan.model;

import java.util.Optional;

/** An e-mail address (RFC 5321 mailbox), optionally limited by a pattern and lengths. */
public record EmailType(Optional<String> pattern, Optional<Integer> minLength, Optional<Integer> maxLength)
    implements PropertyType {

  @Override
  public TypeKind kind() {
    return TypeKind.EMAIL;
  }
}
