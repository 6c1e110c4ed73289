package dev.recovery.legal.interest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A run of days charged at one annual rate: {@code from} and {@code to} inclusive.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the first day charged
 * @param to the last day charged (inclusive)
 * @param days the number of days, {@code to - from + 1}
 * @param annualRate the annual rate in percent, such as {@code 14.50}
 */
public record InterestPeriod(LocalDate from, LocalDate to, long days, BigDecimal annualRate) {

  /** Validates the period. */
  public InterestPeriod {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(annualRate, "annualRate");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("interest period to " + to + " is before from " + from);
    }
    if (days != ChronoUnit.DAYS.between(from, to) + 1) {
      throw new IllegalArgumentException("interest period " + from + ".." + to + " has "
          + (ChronoUnit.DAYS.between(from, to) + 1) + " days, not " + days);
    }
    if (annualRate.signum() < 0) {
      throw new IllegalArgumentException("annual rate must not be negative: " + annualRate);
    }
  }

  /** The period from {@code from} to {@code to} inclusive at the rate. */
  public static InterestPeriod of(LocalDate from, LocalDate to, BigDecimal annualRate) {
    return new InterestPeriod(from, to, ChronoUnit.DAYS.between(from, to) + 1, annualRate);
  }
}
