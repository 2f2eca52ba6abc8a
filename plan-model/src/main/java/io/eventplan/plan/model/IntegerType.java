package io.eventplan.plan.model;

import java.util.List;
import java.util.Optional;

/**
 * A whole number within JavaScript's safe integers, {@value #SAFE_MIN} to {@value #SAFE_MAX} (the numbers every
 * judge of an event reads exactly: JavaScript's doubles, Java's longs, PostgreSQL's bigint), optionally limited
 * further to an allowed set and a range. The checker refuses bounds and values beyond the safe range.
 */
public record IntegerType(List<Long> values, Optional<Long> min, Optional<Long> max)
    implements PropertyType {
  /** -(2^53 - 1), JavaScript's {@code Number.MIN_SAFE_INTEGER}. */
  public static final long SAFE_MIN = -9_007_199_254_740_991L;
  /** 2^53 - 1, JavaScript's {@code Number.MAX_SAFE_INTEGER}. */
  public static final long SAFE_MAX = 9_007_199_254_740_991L;

  public IntegerType {
    values = List.copyOf(values);
  }

  /** The lowest value allowed: {@code min}, else {@link #SAFE_MIN}. */
  public long effectiveMin() {
    return min.orElse(SAFE_MIN);
  }

  /** The highest value allowed: {@code max}, else {@link #SAFE_MAX}. */
  public long effectiveMax() {
    return max.orElse(SAFE_MAX);
  }

  /** Whether {@code value} is a safe integer. */
  public static boolean isSafe(java.math.BigInteger value) {
    return value.abs().compareTo(java.math.BigInteger.valueOf(SAFE_MAX)) <= 0;
  }

  @Override
  public TypeKind kind() {
    return TypeKind.INTEGER;
  }
}
