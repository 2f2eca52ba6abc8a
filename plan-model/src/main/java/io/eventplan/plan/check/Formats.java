package io.eventplan.plan.check;

import io.eventplan.plan.model.TypeKind;
import io.eventplan.plan.pattern.TypePatterns;
import io.eventplan.plan.pattern.PlanPattern;
import java.util.EnumMap;
import java.util.Map;

/** The text formats of timestamp, date, uuid, url and email values written in a plan: {@link FormatPatterns}. */
final class Formats {
  private static final Map<TypeKind, PlanPattern> PATTERNS = patterns();

  private Formats() {}

  static boolean isTimestamp(String text) {
    return PATTERNS.get(TypeKind.TIMESTAMP).matches(text);
  }

  static boolean isDate(String text) {
    return PATTERNS.get(TypeKind.DATE).matches(text);
  }

  static boolean isUuid(String text) {
    return PATTERNS.get(TypeKind.UUID).matches(text);
  }

  static boolean isUrl(String text) {
    return PATTERNS.get(TypeKind.URL).matches(text);
  }

  static boolean isEmail(String text) {
    return PATTERNS.get(TypeKind.EMAIL).matches(text);
  }

  private static Map<TypeKind, PlanPattern> patterns() {
    Map<TypeKind, PlanPattern> patterns = new EnumMap<>(TypeKind.class);
    for (TypeKind kind : TypeKind.values()) {
      TypePatterns.of(kind).ifPresent(source -> patterns.put(kind, PlanPattern.of(source)));
    }
    return patterns;
  }
}
