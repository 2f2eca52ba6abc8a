package io.eventplan.plan.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The names of the data types, for exhaustive switches and for reading the plan's {@code type:}. */
public enum TypeKind {
  STRING,
  INTEGER,
  NUMBER,
  BOOLEAN,
  TIMESTAMP,
  DATE,
  UUID,
  URL,
  EMAIL,
  ARRAY,
  OBJECT;

  /** The spelling used in the plan file. */
  public String planName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<TypeKind> fromPlanName(String name) {
    return Arrays.stream(values()).filter(k -> k.planName().equals(name)).findFirst();
  }

  public static List<String> planNames() {
    return Arrays.stream(values()).map(TypeKind::planName).toList();
  }
}
