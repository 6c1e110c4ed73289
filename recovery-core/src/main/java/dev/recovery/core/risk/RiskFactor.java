package dev.recovery.core.risk;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One factor of a {@link RiskScore}: what was measured and how many points it added.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name a stable identifier ({@code oldest-days-past-due}, ...)
 * @param value the measured value, in the unit the explanation states
 * @param contribution the points it adds to the score (negative for a relief), 1 decimal
 * @param explanation the factor in a collector's words ("oldest unpaid installment 46 days past due")
 */
public record RiskFactor(String name, BigDecimal value, BigDecimal contribution, String explanation) {

  /** Validates the fields. */
  public RiskFactor {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(contribution, "contribution");
    Objects.requireNonNull(explanation, "explanation");
    if (name.isBlank()) {
      throw new IllegalArgumentException("factor name must not be blank");
    }
  }

  /** A factor. */
  public static RiskFactor of(String name, BigDecimal value, BigDecimal contribution, String explanation) {
    return new RiskFactor(name, value, contribution, explanation);
  }

  /** The factor with its contribution, signed: {@code "explanation (+9.6)"}. */
  public String describe() {
    return explanation + " (" + (contribution.signum() >= 0 ? "+" : "") + contribution.toPlainString() + ")";
  }
}
