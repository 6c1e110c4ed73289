package dev.recovery.legal.interest;

import dev.recovery.core.money.Money;
import dev.recovery.legal.JurisdictionId;
import java.util.List;
import java.util.Objects;

/**
 * What is owed for a late payment: interest, fixed compensation, the periods and rates used, the
 * legal basis and warnings.
 *
 * <p>Immutable and thread-safe. {@code total = interest + fixedCompensation}; interest is rounded
 * once, HALF_UP to the cent, after summing the periods.
 *
 * @param jurisdiction the jurisdiction whose rules were applied
 * @param daysLate days from the day after the due date to the payment (or as-of) date inclusive; 0 if not late
 * @param interest the late-payment interest
 * @param fixedCompensation the fixed compensation for recovery costs (zero where none is due)
 * @param total interest plus fixed compensation
 * @param periods the charged periods with their annual rates (empty if no interest runs)
 * @param legalBasis the articles applied
 * @param warnings what the caller should know (a clause below a floor, a rule out of scope, ...)
 */
public record LatePaymentResult(JurisdictionId jurisdiction, long daysLate, Money interest,
    Money fixedCompensation, Money total, List<InterestPeriod> periods, List<String> legalBasis,
    List<String> warnings) {

  /** Validates the result. */
  public LatePaymentResult {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(fixedCompensation, "fixedCompensation");
    Objects.requireNonNull(total, "total");
    periods = List.copyOf(periods);
    legalBasis = List.copyOf(legalBasis);
    warnings = List.copyOf(warnings);
    if (daysLate < 0) {
      throw new IllegalArgumentException("daysLate must not be negative: " + daysLate);
    }
    if (!interest.plus(fixedCompensation).equals(total)) {
      throw new IllegalArgumentException("total " + total + " is not interest " + interest + " + fixed compensation "
          + fixedCompensation);
    }
  }
}
