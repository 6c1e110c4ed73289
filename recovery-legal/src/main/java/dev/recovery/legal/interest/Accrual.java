package dev.recovery.legal.interest;

import dev.recovery.core.money.Money;
import dev.recovery.legal.JurisdictionId;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the periods, legal basis and warnings of one computation and builds the result; interest is
 * summed exactly and rounded once, HALF_UP, at the end.
 */
final class Accrual {

  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private final JurisdictionId jurisdiction;
  private final LatePaymentRequest request;
  private final List<InterestPeriod> periods = new ArrayList<>();
  private final Set<String> basis = new LinkedHashSet<>();
  private final Set<String> warnings = new LinkedHashSet<>();
  private Money fixed;

  Accrual(JurisdictionId jurisdiction, LatePaymentRequest request) {
    this.jurisdiction = jurisdiction;
    this.request = request;
    this.fixed = Money.zero(request.amount().currency());
  }

  /** Days late: from the day after the due date to the end date inclusive; 0 if not late. */
  long daysLate() {
    return Math.max(0, ChronoUnit.DAYS.between(request.dueDate(), request.endDate()));
  }

  boolean isLate() {
    return request.endDate().isAfter(request.dueDate());
  }

  Accrual basis(String text) {
    basis.add(text);
    return this;
  }

  Accrual warn(String text) {
    warnings.add(text);
    return this;
  }

  Accrual fixed(Money amount) {
    this.fixed = amount;
    return this;
  }

  /** Charges {@code from..to} inclusive at the annual rate (percent). */
  Accrual add(LocalDate from, LocalDate to, BigDecimal annualRate) {
    if (!to.isBefore(from)) {
      periods.add(InterestPeriod.of(from, to, normalise(annualRate)));
    }
    return this;
  }

  static BigDecimal normalise(BigDecimal rate) {
    BigDecimal r = rate.stripTrailingZeros();
    return r.scale() < 2 ? r.setScale(2, RoundingMode.UNNECESSARY) : r;
  }

  LatePaymentResult result() {
    BigDecimal numerator = BigDecimal.ZERO;
    for (InterestPeriod p : periods) {
      numerator = numerator.add(request.amount().amount().multiply(p.annualRate()).multiply(BigDecimal.valueOf(p.days())));
    }
    int scale = Money.scaleOf(request.amount().currency());
    BigDecimal denominator = HUNDRED.multiply(BigDecimal.valueOf(request.dayCount().denominator()));
    BigDecimal exact = numerator.divide(denominator, scale, RoundingMode.HALF_UP);
    Money interest = Money.of(request.amount().currency(), exact);
    if (!request.isPaid() && isLate()) {
      warnings.add("not paid as of " + request.endDate() + ": interest keeps accruing until payment");
    }
    if (request.dayCount() != DayCount.ACT_365F) {
      warnings.add("day count " + request.dayCount() + " instead of the default ACT/365");
    }
    return new LatePaymentResult(jurisdiction, daysLate(), interest, fixed, interest.plus(fixed), periods,
        new ArrayList<>(basis), new ArrayList<>(warnings));
  }
}
