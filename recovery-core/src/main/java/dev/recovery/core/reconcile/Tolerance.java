package dev.recovery.core.reconcile;

import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * How large a shortfall (bank fees, rounding) may be matched with a proposed write-off: none, a fixed
 * amount in the payment's currency, or a percentage of the amount expected.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints {@code "0"}, {@code "2.50"} or {@code
 * "0.5%"}, which {@link #parse(String)} reads back.
 */
public final class Tolerance {

  private static final Pattern NUMBER = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final Tolerance NONE = new Tolerance(BigDecimal.ZERO, false);

  private final BigDecimal value;
  private final boolean percent;

  private Tolerance(BigDecimal value, boolean percent) {
    this.value = value;
    this.percent = percent;
  }

  /** No tolerance: only exact amounts match. */
  public static Tolerance none() {
    return NONE;
  }

  /** A fixed amount, in the currency of each payment ({@code 2.50} means EUR 2.50 or GBP 2.50). */
  public static Tolerance ofAmount(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("tolerance amount must not be negative, was " + amount.toPlainString());
    }
    return amount.signum() == 0 ? NONE : new Tolerance(amount.stripTrailingZeros(), false);
  }

  /** A percentage of the amount expected ({@code 0.5} means 0.5 %); at most 100. */
  public static Tolerance ofPercent(BigDecimal percent) {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() < 0 || percent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("tolerance percentage must be between 0 and 100, was "
          + percent.toPlainString() + "%");
    }
    return percent.signum() == 0 ? NONE : new Tolerance(percent.stripTrailingZeros(), true);
  }

  /**
   * Parses {@code "2.50"} (an amount) or {@code "0.5%"} (a percentage).
   *
   * @throws IllegalArgumentException quoting the text when it is neither
   */
  public static Tolerance parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.strip();
    boolean pct = t.endsWith("%");
    String number = pct ? t.substring(0, t.length() - 1).strip() : t;
    if (!NUMBER.matcher(number).matches()) {
      throw new IllegalArgumentException("tolerance '" + text
          + "' is not an amount such as 2.50 or a percentage such as 0.5%");
    }
    BigDecimal v = new BigDecimal(number);
    return pct ? ofPercent(v) : ofAmount(v);
  }

  /** Whether this is no tolerance at all. */
  public boolean isNone() {
    return value.signum() == 0;
  }

  /** Whether this is a percentage. */
  public boolean isPercent() {
    return percent;
  }

  /**
   * The largest shortfall allowed, in minor units of {@code currency}, when {@code expectedMinor}
   * minor units were expected; rounded down so the tolerance is never exceeded.
   */
  public long maxShortfallMinor(Currency currency, long expectedMinor) {
    if (isNone()) {
      return 0;
    }
    int scale = Money.scaleOf(currency);
    if (percent) {
      return BigDecimal.valueOf(expectedMinor).multiply(value).divide(HUNDRED, 0, RoundingMode.DOWN).longValue();
    }
    return value.movePointRight(scale).setScale(0, RoundingMode.DOWN).longValueExact();
  }

  /** Whether a shortfall of {@code shortfallMinor} on {@code expectedMinor} is within this tolerance. */
  public boolean allows(Currency currency, long shortfallMinor, long expectedMinor) {
    return shortfallMinor > 0 && shortfallMinor <= maxShortfallMinor(currency, expectedMinor);
  }

  /** Describes the tolerance for explanations ({@code "EUR 2.50"}, {@code "0.5 %"}). */
  public String describe(Currency currency) {
    if (percent) {
      return value.toPlainString() + " %";
    }
    return Money.of(currency, value, RoundingMode.DOWN).toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Tolerance t && t.percent == percent && t.value.compareTo(value) == 0;
  }

  @Override
  public int hashCode() {
    return value.hashCode() * 2 + (percent ? 1 : 0);
  }

  /** {@code "0"}, {@code "2.5"} or {@code "0.5%"}. */
  @Override
  public String toString() {
    return value.toPlainString() + (percent ? "%" : "");
  }
}
