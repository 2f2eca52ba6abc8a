package io.eventplan.examples.differential;

import io.eventplan.plan.model.IntegerType;
import io.eventplan.plan.model.NumberType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Number texts for integer and number properties, valid or out of range or out of the allowed values,
 * written in every JSON form: {@code 5}, {@code 5.0}, {@code 5e0}, {@code 50E-1}. Values next to a bound or
 * allowed value differ from it only beyond the precision of a double, which JSON Schema still tells apart.
 */
final class NumberValues {
  private final Rng rng;

  NumberValues(Rng rng) {
    this.rng = rng;
  }

  // ---- integers

  String validInteger(IntegerType type) {
    BigInteger value = type.values().isEmpty()
        ? integerIn(min(type), max(type))
        : BigInteger.valueOf(rng.pick(type.values()));
    return integerText(value);
  }

  /** Below the minimum or above the maximum, the safe integers' range included (an integer always has bounds). */
  String integerOutOfRange(IntegerType type) {
    boolean below = rng.chance(0.5);
    BigInteger bound = below ? min(type) : max(type);
    BigInteger sign = BigInteger.valueOf(below ? -1 : 1);
    BigInteger beyond = bound.add(sign.multiply(BigInteger.valueOf(rng.chance(0.5) ? 1 : rng.between(2, 1000))));
    if (rng.chance(0.2)) {
      // beyond the safe integers, beyond 64 bits, as an integer or as an integral number with an exponent (1E+19)
      beyond = sign.multiply(rng.pick(new BigInteger("9007199254740993"), new BigInteger("9223372036854775808"),
          new BigInteger("10000000000000000000"), new BigInteger("123456789012345678901234567890")));
    }
    return integerText(beyond);
  }

  /** An integer within the bounds that is not one of the allowed values. */
  Optional<String> integerOutOfValues(IntegerType type) {
    List<BigInteger> candidates = new ArrayList<>();
    for (Long value : type.values()) {
      candidates.add(BigInteger.valueOf(value).add(BigInteger.valueOf(rng.pick(-1, 1, 10, -100))));
    }
    candidates.add(integerIn(min(type), max(type)));
    candidates.add(BigInteger.ZERO);
    return candidates.stream()
        .filter(value -> value.compareTo(min(type)) >= 0 && value.compareTo(max(type)) <= 0)
        .filter(value -> !type.values().contains(value.longValue()))
        .findFirst()
        .map(this::integerText);
  }

  /** A number with a fraction where an integer is expected, sometimes one a double cannot see. */
  String notAnInteger(IntegerType type) {
    BigDecimal whole = new BigDecimal(type.values().isEmpty() ? integerIn(min(type), max(type)) : BigInteger.valueOf(rng.pick(type.values())));
    BigDecimal fraction = rng.chance(0.3) ? new BigDecimal("1E-19") : new BigDecimal("0.5");
    BigDecimal value = whole.compareTo(new BigDecimal(max(type))) < 0 ? whole.add(fraction) : whole.subtract(fraction);
    return value.toPlainString();
  }

  /** Mostly everyday numbers; sometimes the bounds, or anything in range. */
  private BigInteger integerIn(BigInteger min, BigInteger max) {
    switch (rng.between(0, 7)) {
      case 0:
        return min;
      case 1:
        return max;
      case 2:
        return BigInteger.valueOf(rng.between(min.longValueExact(), max.longValueExact()));
      default:
        return clamp(BigInteger.valueOf(rng.between(-100_000, 100_000)), min, max);
    }
  }

  private String integerText(BigInteger value) {
    switch (rng.between(0, 9)) {
      case 0:
        return new BigDecimal(value).setScale(rng.between(1, 3)).toPlainString(); // 5.0
      case 1:
        return scientific(new BigDecimal(value).setScale(rng.between(0, 2)), rng.chance(0.5)); // 50e-1
      default:
        return value.toString();
    }
  }

  private static BigInteger min(IntegerType type) {
    return BigInteger.valueOf(type.effectiveMin());
  }

  private static BigInteger max(IntegerType type) {
    return BigInteger.valueOf(type.effectiveMax());
  }

  private static BigInteger clamp(BigInteger value, BigInteger min, BigInteger max) {
    return value.max(min).min(max);
  }

  // ---- numbers

  String validNumber(NumberType type) {
    BigDecimal min = min(type);
    BigDecimal max = max(type);
    if (!type.values().isEmpty()) {
      return numberText(Decimals.shortest(rng.pick(type.values())));
    }
    BigDecimal value;
    switch (rng.between(0, 7)) {
      case 0:
        value = rng.chance(0.5) ? min : max;
        break;
      case 1:
        value = rng.chance(0.5) ? min.add(Decimals.tiny(min)) : max.subtract(Decimals.tiny(max));
        break;
      case 2:
        value = BigDecimal.valueOf(rng.between(-1000, 1000));
        break;
      case 3:
        // zero written as -0 or -0.0, and numbers that a double rounds to zero or holds only as subnormal
        String text = rng.pick("0", "-0", "-0.0", "0e5", "1E-400", "-1e-400", "4.9E-324");
        return Decimals.within(new BigDecimal(text), min, max) ? text : numberText(min);
      default:
        value = Decimals.shortest(randomDouble(min.doubleValue(), max.doubleValue()));
    }
    return numberText(Decimals.within(value, min, max) ? value : min);
  }

  /** Below the minimum or above the maximum; without bounds, beyond the doubles (1e400, 1.7976931348623158E308). */
  String numberOutOfRange(NumberType type) {
    boolean below = rng.chance(0.5);
    BigDecimal bound = below ? min(type) : max(type);
    BigDecimal step;
    switch (rng.between(0, 3)) {
      case 0:
        step = Decimals.tiny(bound);
        break;
      case 1:
        step = bound.abs().max(BigDecimal.ONE).multiply(new BigDecimal("1E-10"));
        break;
      case 2:
        if (bound.abs().equals(Decimals.DOUBLE_MAX)) {
          // beyond the doubles: infinite to a double reader, or rounding down to the largest double
          String text = rng.pick("1e400", "1.8E308", "1.7976931348623158E308", "1E+309");
          return below ? "-" + text : text;
        }
        step = BigDecimal.valueOf(rng.between(1, 1000));
        break;
      default:
        step = new BigDecimal("0.5");
    }
    return numberText(below ? bound.subtract(step) : bound.add(step));
  }

  /** A number within the bounds that is not one of the allowed values, sometimes differing only in its 20th digit. */
  Optional<String> numberOutOfValues(NumberType type) {
    List<BigDecimal> candidates = new ArrayList<>();
    for (Double allowed : type.values()) {
      BigDecimal value = Decimals.shortest(allowed);
      candidates.add(value.add(Decimals.tiny(value).multiply(BigDecimal.valueOf(rng.pick(-1, 1)))));
      candidates.add(value.add(new BigDecimal(rng.pick("0.25", "-0.25", "1", "-1"))));
    }
    candidates.add(Decimals.shortest(randomDouble(min(type).doubleValue(), max(type).doubleValue())));
    int start = rng.between(0, candidates.size() - 1);
    for (int i = 0; i < candidates.size(); i++) {
      BigDecimal candidate = candidates.get((start + i) % candidates.size());
      boolean allowed = type.values().stream().anyMatch(v -> Decimals.shortest(v).compareTo(candidate) == 0);
      if (!allowed && Decimals.within(candidate, min(type), max(type))) {
        return Optional.of(numberText(candidate));
      }
    }
    return Optional.empty();
  }

  private double randomDouble(double min, double max) {
    if (max - min < 1e12) {
      return Math.min(max, min + (max - min) * rng.nextDouble());
    }
    double value;
    do {
      // any magnitude, any sign: a random exponent and mantissa
      value = (rng.chance(0.5) ? -1 : 1) * rng.nextDouble() * Math.pow(10, rng.between(-320, 308));
    } while (!Double.isFinite(value) || value < min || value > max);
    return value;
  }

  private String numberText(BigDecimal value) {
    switch (rng.between(0, 5)) {
      case 0:
        return scientific(value, rng.chance(0.5));
      case 1:
        return value.scale() >= 0 && value.scale() < 40 && value.precision() - value.scale() < 40
            ? value.setScale(value.scale() + 2).toPlainString() : value.toString(); // trailing zeros
      default:
        return value.toString();
    }
  }

  /** {@code digits e exponent}, e.g. 0.5 as {@code 5e-1} or {@code 5E-1}. */
  private static String scientific(BigDecimal value, boolean upper) {
    String digits = value.unscaledValue().toString();
    return digits + (upper ? "E" : "e") + (-value.scale());
  }

  private static BigDecimal min(NumberType type) {
    return type.min().map(Decimals::shortest).orElse(Decimals.DOUBLE_MAX.negate());
  }

  private static BigDecimal max(NumberType type) {
    return type.max().map(Decimals::shortest).orElse(Decimals.DOUBLE_MAX);
  }
}
