package dev.recovery.core.risk;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One factor of a {@link RiskScore}: what was measured and how many points it added.
 *
 * <p>Immutable and thread-safe. The explanation may be given as text or as a pure function that
 * renders it when it is read: a portfolio run scores hundreds of thousands of debtors and most
 * explanations are never printed, so the scorer does not build them up front. Two factors are equal
 * when name, value, contribution and explanation text are.
 */
public final class RiskFactor {

  private final String name;
  private final BigDecimal value;
  private final BigDecimal contribution;
  private final Supplier<String> explanation;
  /** The contribution in tenths of a point, or {@link #NOT_TENTHS} when it has more decimals. */
  private final long tenths;

  /** {@link #tenths()} of a contribution with more than one decimal. */
  static final long NOT_TENTHS = Long.MIN_VALUE;

  private RiskFactor(String name, BigDecimal value, BigDecimal contribution, Supplier<String> explanation,
      long tenths) {
    this.name = Objects.requireNonNull(name, "name");
    this.value = Objects.requireNonNull(value, "value");
    this.contribution = Objects.requireNonNull(contribution, "contribution");
    this.explanation = Objects.requireNonNull(explanation, "explanation");
    if (name.isBlank()) {
      throw new IllegalArgumentException("factor name must not be blank");
    }
    this.tenths = tenths;
  }

  private static long tenthsOf(BigDecimal contribution) {
    try {
      return contribution.setScale(1).unscaledValue().longValueExact();
    } catch (ArithmeticException e) {
      return NOT_TENTHS;
    }
  }

  /**
   * A factor.
   *
   * @param name a stable identifier ({@code oldest-days-past-due}, ...)
   * @param value the measured value, in the unit the explanation states
   * @param contribution the points it adds to the score (negative for a relief), 1 decimal
   * @param explanation the factor in a collector's words ("oldest unpaid installment 46 days past due")
   */
  public static RiskFactor of(String name, BigDecimal value, BigDecimal contribution, String explanation) {
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(contribution, "contribution");
    return new RiskFactor(name, value, contribution, () -> explanation, tenthsOf(contribution));
  }

  /**
   * A factor whose explanation is rendered when read; {@code explanation} must be a pure function
   * (same text every call) that never returns null.
   */
  public static RiskFactor of(String name, BigDecimal value, BigDecimal contribution, Supplier<String> explanation) {
    Objects.requireNonNull(contribution, "contribution");
    return new RiskFactor(name, value, contribution, explanation, tenthsOf(contribution));
  }

  /** A factor contributing {@code tenths / 10} points (a shared decimal instance when small). */
  static RiskFactor ofTenths(String name, BigDecimal value, long tenths, Supplier<String> explanation) {
    if (tenths == NOT_TENTHS) {
      throw new IllegalArgumentException("factor " + name + ": contribution out of range");
    }
    return new RiskFactor(name, value, Ratios.decimal(tenths, 1), explanation, tenths);
  }

  /** The contribution in tenths of a point (exact), or {@link #NOT_TENTHS} when it has more decimals. */
  long tenths() {
    return tenths;
  }

  /** A stable identifier ({@code oldest-days-past-due}, ...). */
  public String name() {
    return name;
  }

  /** The measured value, in the unit the explanation states. */
  public BigDecimal value() {
    return value;
  }

  /** The points it adds to the score (negative for a relief), 1 decimal. */
  public BigDecimal contribution() {
    return contribution;
  }

  /** The factor in a collector's words ("oldest unpaid installment 46 days past due"). */
  public String explanation() {
    return Objects.requireNonNull(explanation.get(), () -> "the explanation of factor " + name + " is null");
  }

  /** The factor with its contribution, signed: {@code "explanation (+9.6)"}. */
  public String describe() {
    return explanation() + " (" + (contribution.signum() >= 0 ? "+" : "") + contribution.toPlainString() + ")";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RiskFactor f && name.equals(f.name) && value.equals(f.value)
        && contribution.equals(f.contribution) && explanation().equals(f.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, value, contribution, explanation());
  }

  @Override
  public String toString() {
    return "RiskFactor[name=" + name + ", value=" + value + ", contribution=" + contribution + ", explanation="
        + explanation() + "]";
  }
}
