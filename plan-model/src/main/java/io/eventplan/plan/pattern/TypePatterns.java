package io.eventplan.plan.pattern;

import io.eventplan.plan.model.TypeKind;
import io.eventplan.runtime.support.FormatPatterns;
import java.util.Map;
import java.util.Optional;

/** The pattern that defines each text type ({@link FormatPatterns}, kept in the runtime the validators use). */
public final class TypePatterns {
  private static final Map<TypeKind, String> BY_TYPE = Map.of(
      TypeKind.TIMESTAMP, FormatPatterns.TIMESTAMP, TypeKind.DATE, FormatPatterns.DATE, TypeKind.UUID,
      FormatPatterns.UUID, TypeKind.EMAIL, FormatPatterns.EMAIL, TypeKind.URL, FormatPatterns.URL);

  private TypePatterns() {}

  /** The pattern of a text type, for the types that have one (timestamp, date, uuid, email, url). */
  public static Optional<String> of(TypeKind kind) {
    return Optional.ofNullable(BY_TYPE.get(kind));
  }
}
