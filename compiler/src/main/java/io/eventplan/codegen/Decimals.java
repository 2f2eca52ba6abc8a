package io.eventplan.codegen;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The exact decimal a plan's number stands for: the JSON Schemas print it, and the Java validators compare
 * values with it, so both judge {@code -0.50000000000000000001} against {@code min: -0.5} alike.
 */
public final class Decimals {

  /** Whole numbers of up to this many digits print plainly (100, not 1E+2); longer ones, like 1E+21, keep the exponent, as in JavaScript. */
  private static final int MAX_PLAIN_INTEGER_DIGITS = 21;

  private static final RoundingMode[] NEAREST_FIRST = {
    RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING
  };

  private Decimals() {}

  /**
   * A finite double as the shortest decimal that reads back as the same double. Computed with
   * BigDecimal rather than {@link Double#toString}, whose digits differ between JDK 17 and 19+ for
   * some values: generated files must be byte-identical on every machine.
   */
  public static BigDecimal shortest(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("JSON has no representation for " + value);
    }
    if (value == 0) {
      return BigDecimal.ZERO; // -0.0 too: JSON Schema compares numbers by value
    }
    BigDecimal exact = new BigDecimal(value);
    for (int digits = 1; digits <= 17; digits++) {
      // The nearest decimal first; next to a power of two the rounding interval is lopsided, so the
      // decimal on the other side of the value may read back when the nearest does not.
      for (RoundingMode mode : NEAREST_FIRST) {
        BigDecimal candidate = exact.round(new MathContext(digits, mode));
        if (candidate.doubleValue() == value) {
          return tidy(candidate);
        }
      }
    }
    throw new AssertionError("17 significant digits always identify a double: " + exact);
  }

  private static BigDecimal tidy(BigDecimal decimal) {
    BigDecimal stripped = decimal.stripTrailingZeros();
    if (stripped.scale() < 0 && stripped.precision() - stripped.scale() <= MAX_PLAIN_INTEGER_DIGITS) {
      return stripped.setScale(0);
    }
    return stripped;
  }
}
