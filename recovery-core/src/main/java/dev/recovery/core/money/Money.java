package dev.recovery.core.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An exact amount of money in one currency, at the currency's ISO 4217 scale (EUR 2, JPY 0, ...).
 *
 * <p>Held as a whole number of minor units (a {@code long}) whenever it fits, which is every amount
 * below about 92 quadrillion euros, and as a {@link BigDecimal} beyond: a ledger of a million
 * invoices keeps a million amounts, and the compact form is half the memory and its arithmetic needs
 * no allocation beyond the result. Both forms behave the same; {@link #amount()} gives the {@code
 * BigDecimal} at the currency's scale either way.
 *
 * <p>Immutable and thread-safe. Construction rejects amounts with more decimals than the currency
 * allows unless a {@link RoundingMode} is given. Arithmetic between two currencies throws a {@link
 * CurrencyMismatchException} naming both. {@link #split(int)} and {@link #allocate(long...)}
 * conserve every minor unit: the remainder goes one minor unit at a time to the first parts.
 *
 * <p>{@link #toString()} prints {@code "EUR 3000.00"}, which {@link #parse(CharSequence)} reads back.
 */
public final class Money implements Comparable<Money> {

  private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private final Currency currency;
  /** The amount in minor units when {@link #big} is null. */
  private final long minor;
  /** The amount at the currency's scale when it does not fit a {@code long} of minor units, else null. */
  private final BigDecimal big;

  private Money(Currency currency, long minor, BigDecimal big) {
    this.currency = currency;
    this.minor = minor;
    this.big = big;
  }

  /** The canonical form of an amount already at the currency's scale: compact whenever it fits. */
  private static Money make(Currency currency, BigDecimal scaled) {
    BigInteger unscaled = scaled.unscaledValue();
    if (unscaled.bitLength() < 64) {
      return new Money(currency, unscaled.longValue(), null);
    }
    return new Money(currency, 0, scaled);
  }

  /**
   * The amount in the given currency; the amount must fit the currency's scale exactly.
   *
   * @throws IllegalArgumentException if the amount has more decimals than the currency allows
   */
  public static Money of(Currency currency, BigDecimal amount) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    int scale = scaleOf(currency);
    BigDecimal scaled;
    try {
      scaled = amount.setScale(scale, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException("amount " + amount.toPlainString() + " has more than " + scale
          + " decimal(s), the scale of " + currency.getCurrencyCode()
          + "; round it explicitly with Money.of(currency, amount, roundingMode)", e);
    }
    return make(currency, scaled);
  }

  /** The amount in the given currency, rounded to the currency's scale with {@code rounding}. */
  public static Money of(Currency currency, BigDecimal amount, RoundingMode rounding) {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(rounding, "rounding");
    return make(currency, amount.setScale(scaleOf(currency), rounding));
  }

  /** The amount, given as a decimal string such as {@code "3000.00"}, in the currency with that ISO code. */
  public static Money of(String currencyCode, String amount) {
    return of(currency(currencyCode), decimal(amount, "amount"));
  }

  /** The amount in the currency with that ISO code. */
  public static Money of(String currencyCode, BigDecimal amount) {
    return of(currency(currencyCode), amount);
  }

  /** Zero in the given currency. */
  public static Money zero(Currency currency) {
    Objects.requireNonNull(currency, "currency");
    return new Money(currency, 0, null);
  }

  /** Zero in the currency with that ISO code. */
  public static Money zero(String currencyCode) {
    return zero(currency(currencyCode));
  }

  /** The amount given in minor units (cents for EUR, yen for JPY). */
  public static Money ofMinor(Currency currency, long minorUnits) {
    Objects.requireNonNull(currency, "currency");
    return new Money(currency, minorUnits, null);
  }

  /**
   * Parses {@code "EUR 3000.00"} (currency code, one or more spaces, plain decimal amount). The
   * amount may have fewer decimals than the currency's scale ({@code "EUR 12"}) but not more.
   *
   * @throws IllegalArgumentException quoting the text and saying which part is wrong
   */
  public static Money parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    int space = s.indexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException("cannot parse money '" + text
          + "': expected '<ISO currency code> <amount>', for example 'EUR 3000.00'");
    }
    String code = s.substring(0, space);
    String number = s.substring(space + 1).trim();
    Currency currency;
    try {
      currency = currency(code);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot parse money '" + text + "': " + e.getMessage(), e);
    }
    BigDecimal amount;
    try {
      amount = decimal(number, "amount");
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot parse money '" + text + "': " + e.getMessage(), e);
    }
    try {
      return of(currency, amount);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("cannot parse money '" + text + "': " + e.getMessage(), e);
    }
  }

  /**
   * The currency with that ISO 4217 code.
   *
   * @throws IllegalArgumentException naming the code when it is unknown
   */
  public static Currency currency(String code) {
    Objects.requireNonNull(code, "currency code");
    String c = code.trim().toUpperCase(java.util.Locale.ROOT);
    if (c.length() != 3) {
      throw new IllegalArgumentException("'" + code + "' is not an ISO 4217 currency code (three letters expected)");
    }
    try {
      return Currency.getInstance(c);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + code + "' is not a known ISO 4217 currency code", e);
    }
  }

  /** Parses a plain decimal number (no exponent, no thousands separator). */
  static BigDecimal decimal(String text, String field) {
    Objects.requireNonNull(text, field);
    String t = text.trim();
    if (t.isEmpty() || !PLAIN_DECIMAL.matcher(t).matches()) {
      throw new IllegalArgumentException(field + " '" + text
          + "' is not a plain decimal number (expected digits with an optional '.' and decimals, e.g. 3000.00)");
    }
    return new BigDecimal(t);
  }

  /** The ISO 4217 scale of the currency (number of decimals); currencies without one use 2. */
  public static int scaleOf(Currency currency) {
    int digits = currency.getDefaultFractionDigits();
    return digits < 0 ? 2 : digits;
  }

  /** The currency. */
  public Currency currency() {
    return currency;
  }

  /** The ISO 4217 code of the currency. */
  public String currencyCode() {
    return currency.getCurrencyCode();
  }

  /** The amount at the currency's scale. */
  public BigDecimal amount() {
    return big != null ? big : BigDecimal.valueOf(minor, scaleOf(currency));
  }

  /** The amount in minor units (cents). */
  public long toMinorUnits() {
    return big == null ? minor : big.unscaledValue().longValueExact();
  }

  /** The amount as a plain decimal string at the currency's scale, as used in JSON ({@code "3000.00"}). */
  public String toPlainString() {
    return big != null ? big.toPlainString() : plain(minor, scaleOf(currency));
  }

  /**
   * {@code BigDecimal.valueOf(minor, scale).toPlainString()}, written from the digits of the long
   * (explanations and reports print millions of amounts).
   */
  static String plain(long minor, int scale) {
    if (scale == 0) {
      return Long.toString(minor);
    }
    if (minor == Long.MIN_VALUE) { // no positive long of its digits
      return BigDecimal.valueOf(minor, scale).toPlainString();
    }
    String digits = Long.toString(Math.abs(minor));
    int whole = digits.length() - scale;
    StringBuilder sb = new StringBuilder(digits.length() + scale + 3);
    if (minor < 0) {
      sb.append('-');
    }
    if (whole > 0) {
      sb.append(digits, 0, whole).append('.').append(digits, whole, digits.length());
    } else {
      sb.append("0.");
      for (int k = whole; k < 0; k++) {
        sb.append('0');
      }
      sb.append(digits);
    }
    return sb.toString();
  }

  /** Whether the amount is zero. */
  public boolean isZero() {
    return signum() == 0;
  }

  /** Whether the amount is strictly negative. */
  public boolean isNegative() {
    return signum() < 0;
  }

  /** Whether the amount is strictly positive. */
  public boolean isPositive() {
    return signum() > 0;
  }

  /** -1, 0 or 1 as the amount is negative, zero or positive. */
  public int signum() {
    return big == null ? Long.signum(minor) : big.signum();
  }

  /** This plus {@code other}; both must share the currency. */
  public Money plus(Money other) {
    checkSameCurrency(other);
    if (big == null && other.big == null) {
      long sum = minor + other.minor;
      if (((minor ^ sum) & (other.minor ^ sum)) >= 0) { // no overflow
        return new Money(currency, sum, null);
      }
    }
    return make(currency, amount().add(other.amount()));
  }

  /** This minus {@code other}; both must share the currency. */
  public Money minus(Money other) {
    checkSameCurrency(other);
    if (big == null && other.big == null) {
      long difference = minor - other.minor;
      if (((minor ^ other.minor) & (minor ^ difference)) >= 0) { // no overflow
        return new Money(currency, difference, null);
      }
    }
    return make(currency, amount().subtract(other.amount()));
  }

  /** This multiplied by {@code factor}, rounded once to the currency's scale. */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    Objects.requireNonNull(factor, "factor");
    Objects.requireNonNull(rounding, "rounding");
    return make(currency, amount().multiply(factor).setScale(scaleOf(currency), rounding));
  }

  /** This multiplied by a whole number (exact). */
  public Money multipliedBy(long factor) {
    if (big == null) {
      long hi = Math.multiplyHigh(minor, factor);
      long lo = minor * factor;
      if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) { // no overflow
        return new Money(currency, lo, null);
      }
    }
    return make(currency, amount().multiply(BigDecimal.valueOf(factor)));
  }

  /** This divided by {@code divisor}, rounded to the currency's scale. */
  public Money dividedBy(BigDecimal divisor, RoundingMode rounding) {
    Objects.requireNonNull(divisor, "divisor");
    Objects.requireNonNull(rounding, "rounding");
    return make(currency, amount().divide(divisor, scaleOf(currency), rounding));
  }

  /** The opposite amount. */
  public Money negated() {
    if (big == null && minor != Long.MIN_VALUE) {
      return new Money(currency, -minor, null);
    }
    return make(currency, amount().negate());
  }

  /** The absolute amount. */
  public Money abs() {
    return signum() < 0 ? negated() : this;
  }

  /** The smaller of this and {@code other} (same currency). */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** The larger of this and {@code other} (same currency). */
  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  /** Whether this is strictly greater than {@code other} (same currency). */
  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  /** Whether this is strictly less than {@code other} (same currency). */
  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  /**
   * Splits into {@code parts} amounts that differ by at most one minor unit and sum exactly to
   * this amount; the remainder goes one minor unit at a time to the first parts (EUR 100.00 / 3 =
   * 33.34, 33.33, 33.33).
   */
  public List<Money> split(int parts) {
    if (parts <= 0) {
      throw new IllegalArgumentException("parts must be positive, was " + parts);
    }
    long[] weights = new long[parts];
    java.util.Arrays.fill(weights, 1L);
    return allocate(weights);
  }

  /**
   * Allocates this amount proportionally to non-negative whole weights; the parts sum exactly to
   * this amount. Each part is first rounded down (towards zero) and the remaining minor units go one
   * at a time to the first parts with a non-zero weight.
   */
  public List<Money> allocate(long... weights) {
    Objects.requireNonNull(weights, "weights");
    if (weights.length == 0) {
      throw new IllegalArgumentException("at least one weight is required");
    }
    BigInteger total = BigInteger.ZERO;
    for (int i = 0; i < weights.length; i++) {
      if (weights[i] < 0) {
        throw new IllegalArgumentException("weight " + i + " is negative: " + weights[i]);
      }
      total = total.add(BigInteger.valueOf(weights[i]));
    }
    if (total.signum() == 0) {
      throw new IllegalArgumentException("weights must not all be zero");
    }
    BigInteger unscaled = amount().unscaledValue();
    int sign = unscaled.signum();
    BigInteger abs = unscaled.abs();
    BigInteger[] shares = new BigInteger[weights.length];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < weights.length; i++) {
      shares[i] = abs.multiply(BigInteger.valueOf(weights[i])).divide(total);
      given = given.add(shares[i]);
    }
    BigInteger remainder = abs.subtract(given);
    for (int i = 0; remainder.signum() > 0; i = (i + 1) % weights.length) {
      if (weights[i] > 0) {
        shares[i] = shares[i].add(BigInteger.ONE);
        remainder = remainder.subtract(BigInteger.ONE);
      }
    }
    List<Money> result = new ArrayList<>(weights.length);
    int scale = scaleOf(currency);
    for (BigInteger share : shares) {
      result.add(make(currency, new BigDecimal(sign < 0 ? share.negate() : share, scale)));
    }
    return Collections.unmodifiableList(result);
  }

  /** Allocates this amount proportionally to the given money weights (for example open amounts). */
  public List<Money> allocate(List<Money> weights) {
    long[] w = new long[weights.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = weights.get(i).abs().toMinorUnits();
    }
    return allocate(w);
  }

  private void checkSameCurrency(Money other) {
    Objects.requireNonNull(other, "other");
    if (!currency.equals(other.currency)) {
      throw new CurrencyMismatchException(currency, other.currency);
    }
  }

  /** Compares amounts of the same currency; throws {@link CurrencyMismatchException} otherwise. */
  @Override
  public int compareTo(Money other) {
    checkSameCurrency(other);
    if (big == null && other.big == null) {
      return Long.compare(minor, other.minor);
    }
    return amount().compareTo(other.amount());
  }

  @Override
  public boolean equals(Object o) {
    // the form is canonical (compact whenever it fits), so equal amounts have equal forms
    return o instanceof Money m && currency.equals(m.currency) && minor == m.minor && Objects.equals(big, m.big);
  }

  @Override
  public int hashCode() {
    return currency.hashCode() * 31 + (big == null ? Long.hashCode(minor) : big.hashCode());
  }

  /** {@code "EUR 3000.00"}: the form {@link #parse(CharSequence)} reads. */
  @Override
  public String toString() {
    return currency.getCurrencyCode() + " " + toPlainString();
  }
}
