package dev.recovery.legal.interest;

import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.money.Money;
import dev.recovery.legal.JurisdictionId;
import dev.recovery.legal.rates.RateTables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Late Payment of Commercial Debts (Interest) Act 1998 (England and Wales).
 *
 * <p>Statutory interest is simple interest at 8 % over the Bank of England base rate in force on the
 * reference date (31 December for interest starting 1 January to 30 June, 30 June for interest
 * starting 1 July to 31 December), fixed for the life of the debt (Late Payment of Commercial Debts
 * (Rate of Interest) (No. 3) Order 2002). It runs from the day after the agreed due date (s.4). Fixed
 * sum (s.5A): under 1,000 GBP 40 GBP; 1,000 to under 10,000 GBP 70 GBP; 10,000 GBP and over 100 GBP.
 * The Act covers contracts between businesses, including public bodies (s.2); a substantial
 * contractual remedy replaces statutory interest (s.8, s.9). Consumers are out of scope.
 */
final class UkLatePayment implements LatePaymentCalculator {

  private static final BigDecimal EIGHT = BigDecimal.valueOf(8);

  private final RateTables rates;

  UkLatePayment(RateTables rates) {
    this.rates = Objects.requireNonNull(rates, "rates");
  }

  @Override
  public JurisdictionId jurisdiction() {
    return JurisdictionId.UK;
  }

  /** The reference date of the Act for interest starting on {@code start}: 31 Dec or 30 Jun before it. */
  static LocalDate referenceDate(LocalDate start) {
    return start.getMonthValue() <= 6 ? LocalDate.of(start.getYear() - 1, 12, 31) : LocalDate.of(start.getYear(), 6, 30);
  }

  /** The fixed sum of s.5A for a debt of that amount in GBP. */
  static Money fixedSum(Money debt) {
    BigDecimal amount = debt.amount();
    if (amount.compareTo(BigDecimal.valueOf(1000)) < 0) {
      return Money.of("GBP", "40.00");
    }
    if (amount.compareTo(BigDecimal.valueOf(10000)) < 0) {
      return Money.of("GBP", "70.00");
    }
    return Money.of("GBP", "100.00");
  }

  @Override
  public LatePaymentResult compute(LatePaymentRequest r) {
    Accrual a = new Accrual(JurisdictionId.UK, r);
    if (r.debtorType() == DebtorType.CONSUMER) {
      a.basis("Late Payment of Commercial Debts (Interest) Act 1998 s.2: business-to-business contracts only");
      a.warn("no statutory late-payment interest for a consumer in the UK: contractual interest only");
      return Contractual.apply(r, a);
    }
    if (r.contractualRate().isPresent()) {
      a.basis("Late Payment of Commercial Debts (Interest) Act 1998 s.8-9: a substantial contractual remedy "
          + "replaces statutory interest");
      a.warn("the agreed rate applies instead of statutory interest only if it is a substantial remedy (s.9); "
          + "the statutory fixed sum is not added");
      return Contractual.apply(r, a);
    }
    a.basis("Late Payment of Commercial Debts (Interest) Act 1998 s.1, s.4 and s.6: simple interest at 8 % over "
        + "the Bank of England base rate on the reference date (31 Dec / 30 Jun before interest starts), fixed for the "
        + "life of the debt");
    if (!a.isLate()) {
      return a.warn("paid on or before the due date: nothing is due").result();
    }
    LocalDate start = r.dueDate().plusDays(1);
    if (r.rateMode() == RateMode.BY_PERIOD) {
      // The Act fixes the rate: by-period and frozen give the same single period.
      a.basis("Late Payment of Commercial Debts (Rate of Interest) (No. 3) Order 2002: the rate does not change");
    }
    BigDecimal rate = rates.get(RateTables.BOE_BASE).rateOn(referenceDate(start)).add(EIGHT);
    a.add(start, r.endDate(), rate);
    a.basis("Late Payment of Commercial Debts (Interest) Act 1998 s.5A: fixed sum of 40 / 70 / 100 GBP by debt size");
    if (r.amount().currencyCode().equals("GBP")) {
      a.fixed(fixedSum(r.amount()));
    } else {
      a.warn("the fixed sum of s.5A is in GBP; the amount is in " + r.amount().currencyCode()
          + ": not included in the total");
    }
    return a.result();
  }
}
