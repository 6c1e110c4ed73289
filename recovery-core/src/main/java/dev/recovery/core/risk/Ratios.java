package dev.recovery.core.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact HALF_UP division of whole numbers into decimals, in long arithmetic when it cannot overflow. */
final class Ratios {

  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  private Ratios() {}

  /**
   * {@code numerator / denominator} rounded HALF_UP (ties away from zero) to {@code scale} decimals,
   * as {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} would give.
   */
  static BigDecimal divide(long numerator, long denominator, int scale) {
    if (denominator <= 0) {
      throw new IllegalArgumentException("denominator must be positive, was " + denominator);
    }
    if (scale < POWERS.length) {
      long power = POWERS[scale];
      long magnitude = Math.abs(numerator);
      if (numerator != Long.MIN_VALUE && magnitude <= Long.MAX_VALUE / 2 / power
          && denominator <= Long.MAX_VALUE / 2) {
        long q = (2 * magnitude * power + denominator) / (2 * denominator);
        return BigDecimal.valueOf(numerator < 0 ? -q : q, scale);
      }
    }
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP);
  }
}
