package io.eventplan.examples.differential;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/** Exact decimal arithmetic on plan numbers, as JSON Schema compares them. */
final class Decimals {
  static final BigDecimal DOUBLE_MAX = shortest(Double.MAX_VALUE);
  static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private Decimals() {}

  /**
   * The shortest decimal that reads back as {@code value}: what the JSON Schemas print for a plan's bound or
   * allowed value, and so the exact value a payload is compared with (JDK 17's Double.toString is not always
   * the shortest).
   */
  static BigDecimal shortest(double value) {
    if (value == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits <= 17; digits++) {
      for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
        BigDecimal candidate = exact.round(new MathContext(digits, mode));
        if (candidate.doubleValue() == value) {
          return candidate.stripTrailingZeros();
        }
      }
    }
    throw new AssertionError("17 digits identify every double");
  }

  /**
   * A step far below the precision of a double next to {@code value}: {@code value ± tiny} has the same
   * double as {@code value} (unless value is 0), but JSON Schema tells them apart.
   */
  static BigDecimal tiny(BigDecimal value) {
    int magnitude = value.signum() == 0 ? -8 : value.precision() - value.scale() - 1;
    return BigDecimal.ONE.scaleByPowerOfTen(magnitude - 22);
  }

  /**
   * Whether a reader that turns the number into a double sees another value than the text says (beyond the
   * rounding of its shortest form): such payloads are judged right only by exact readers.
   */
  static boolean needsExactReading(String numberText) {
    BigDecimal written = new BigDecimal(numberText);
    double read = written.doubleValue();
    return Double.isInfinite(read) || written.compareTo(shortest(read)) != 0;
  }

  static boolean within(BigDecimal value, BigDecimal min, BigDecimal max) {
    return value.compareTo(min) >= 0 && value.compareTo(max) <= 0;
  }
}
