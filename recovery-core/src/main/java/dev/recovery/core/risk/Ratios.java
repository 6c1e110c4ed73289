package dev.recovery.core.risk;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact HALF_UP division of whole numbers into decimals, in long arithmetic when it cannot overflow. */
final class Ratios {

  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  /**
   * Shared instances of the small decimals a segmentation makes by the million (day counts, points
   * to one decimal, shares to four): {@code SMALL[scale][unscaled]}. Immutable, like every BigDecimal.
   */
  private static final BigDecimal[][] SMALL = {cache(0, 4_000), cache(1, 2_000), new BigDecimal[0],
      new BigDecimal[0], cache(4, 10_000)};

  private Ratios() {}

  private static BigDecimal[] cache(int scale, int max) {
    BigDecimal[] values = new BigDecimal[max + 1];
    for (int i = 0; i <= max; i++) {
      values[i] = BigDecimal.valueOf(i, scale);
    }
    return values;
  }

  /** {@code unscaled x 10^-scale}, a shared instance when small and non-negative. */
  static BigDecimal decimal(long unscaled, int scale) {
    if (unscaled >= 0 && scale >= 0 && scale < SMALL.length && unscaled < SMALL[scale].length) {
      return SMALL[scale][(int) unscaled];
    }
    return BigDecimal.valueOf(unscaled, scale);
  }

  /**
   * {@code numerator / denominator} rounded HALF_UP (ties away from zero) to {@code scale} decimals,
   * as {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} would give.
   */
  static BigDecimal divide(long numerator, long denominator, int scale) {
    return decimal(divideUnscaled(numerator, denominator, scale), scale);
  }

  /** The unscaled value of {@link #divide(long, long, int)}: the quotient in units of {@code 10^-scale}. */
  static long divideUnscaled(long numerator, long denominator, int scale) {
    if (denominator <= 0) {
      throw new IllegalArgumentException("denominator must be positive, was " + denominator);
    }
    if (scale < POWERS.length) {
      long power = POWERS[scale];
      long magnitude = Math.abs(numerator);
      if (numerator != Long.MIN_VALUE && magnitude <= Long.MAX_VALUE / 2 / power
          && denominator <= Long.MAX_VALUE / 2) {
        long q = (2 * magnitude * power + denominator) / (2 * denominator);
        return numerator < 0 ? -q : q;
      }
    }
    return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), scale, RoundingMode.HALF_UP)
        .unscaledValue().longValueExact();
  }
}
