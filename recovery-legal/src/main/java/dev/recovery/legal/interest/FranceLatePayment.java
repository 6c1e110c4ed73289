package dev.recovery.legal.interest;

import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.money.Money;
import dev.recovery.legal.JurisdictionId;
import dev.recovery.legal.rates.RateTable;
import dev.recovery.legal.rates.RateTables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * French late-payment rules.
 *
 * <ul>
 *   <li>Business debtors (Code de commerce L441-10 II): penalties run from the day after the due date
 *       without a reminder; default rate = ECB main refinancing rate in force on 1 January (first
 *       half-year) or 1 July (second) + 10 points; a contractual rate may not be below 3 x the legal
 *       interest rate ("autres cas", C. monet. fin. L313-2) of the half-year: a lower clause is flagged
 *       and the floor applies. Fixed indemnity for recovery costs 40 EUR per invoice (D441-5). By
 *       default the rate changes at each half-year boundary; {@link RateMode#FROZEN} keeps the rate of
 *       the half-year of the due date.
 *   <li>Public buyers (Code de la commande publique L2192-13, R2192-31, D2192-35): ECB rate in force on
 *       the first day of the half-year in which interest starts + 8 points, fixed; 40 EUR.
 *   <li>Consumers: no fixed indemnity and no recovery costs without an enforceable title (Code des
 *       procedures civiles d'execution L111-8); legal interest ("autres cas") only from a formal
 *       notice (Code civil 1231-6, 1344-1), from the notice date inclusive; or an agreed rate.
 * </ul>
 */
final class FranceLatePayment implements LatePaymentCalculator {

  private static final BigDecimal TEN = BigDecimal.TEN;
  private static final BigDecimal EIGHT = BigDecimal.valueOf(8);
  private static final BigDecimal THREE = BigDecimal.valueOf(3);

  private final RateTables rates;

  FranceLatePayment(RateTables rates) {
    this.rates = Objects.requireNonNull(rates, "rates");
  }

  @Override
  public JurisdictionId jurisdiction() {
    return JurisdictionId.FR;
  }

  @Override
  public LatePaymentResult compute(LatePaymentRequest request) {
    Accrual a = new Accrual(JurisdictionId.FR, request);
    switch (request.debtorType()) {
      case CONSUMER:
        return consumer(request, a);
      case PUBLIC:
        return publicBuyer(request, a);
      case BUSINESS:
      default:
        return business(request, a);
    }
  }

  private LatePaymentResult business(LatePaymentRequest r, Accrual a) {
    a.basis("C. com. L441-10 II: late penalties from the day after the due date, without reminder, at the ECB "
        + "main refinancing rate in force on 1 January / 1 July + 10 points");
    if (!a.isLate()) {
      return a.warn("paid on or before the due date: no penalty is due").result();
    }
    RateTable ecb = rates.get(RateTables.ECB_MRO);
    LocalDate start = r.dueDate().plusDays(1);
    for (LocalDate[] seg : segments(r, start)) {
      LocalDate rateDate = r.rateMode() == RateMode.FROZEN ? HalfYears.start(r.dueDate()) : HalfYears.start(seg[0]);
      BigDecimal rate = ecb.rateOn(rateDate).add(TEN);
      if (r.contractualRate().isPresent()) {
        BigDecimal agreed = r.contractualRate().get();
        BigDecimal legal = rates.get(RateTables.FR_LEGAL_OTHER_CASES).rateOn(rateDate);
        BigDecimal floor = legal.multiply(THREE);
        a.basis("C. com. L441-10 II: an agreed rate applies if not below 3 x the legal interest rate "
            + "(C. monet. fin. L313-2)");
        if (agreed.compareTo(floor) < 0) {
          a.warn("contractual rate " + Accrual.normalise(agreed).toPlainString() + " % is below 3 x the legal interest "
              + "rate for " + HalfYears.label(rateDate) + " (3 x " + legal.toPlainString() + " = "
              + Accrual.normalise(floor).toPlainString() + " %): the clause is ineffective below that floor and the "
              + "floor applies (C. com. L441-10 II)");
          rate = floor;
        } else {
          rate = agreed;
        }
      }
      a.add(seg[0], seg[1], rate);
    }
    return fortyEuros(r, a, "C. com. D441-5: fixed indemnity for recovery costs of 40 EUR per invoice paid late "
        + "(L441-10 II); more on justification").result();
  }

  private LatePaymentResult publicBuyer(LatePaymentRequest r, Accrual a) {
    a.basis("Code de la commande publique L2192-13 and R2192-31: late-payment interest at the ECB main refinancing "
        + "rate in force on the first day of the half-year in which interest starts + 8 points");
    if (!a.isLate()) {
      return a.warn("paid on or before the due date: no interest is due").result();
    }
    LocalDate start = r.dueDate().plusDays(1);
    if (r.contractualRate().isPresent()) {
      a.warn("a contractual rate is ignored for a public buyer: the rate is set by R2192-31");
    }
    BigDecimal rate = rates.get(RateTables.ECB_MRO).rateOn(HalfYears.start(start)).add(EIGHT);
    a.add(start, r.endDate(), rate);
    return fortyEuros(r, a, "Code de la commande publique D2192-35: fixed indemnity for recovery costs of 40 EUR")
        .result();
  }

  private LatePaymentResult consumer(LatePaymentRequest r, Accrual a) {
    a.basis("CPCE L111-8: recovery costs without an enforceable title stay with the creditor; no 40 EUR indemnity "
        + "for a consumer");
    if (!a.isLate()) {
      return a.warn("paid on or before the due date: no interest is due").result();
    }
    LocalDate dueNext = r.dueDate().plusDays(1);
    if (r.contractualRate().isPresent()) {
      a.basis("Code civil 1231-5: agreed late-payment rate (penalty clause)");
      a.warn("an agreed late-payment rate for a consumer is a penalty clause a court may moderate (C. civ. 1231-5)");
      a.add(dueNext, r.endDate(), r.contractualRate().get());
      return a.result();
    }
    a.basis("Code civil 1231-6 and 1344-1: legal interest from the formal notice, at the legal rate "
        + "(C. monet. fin. L313-2, 'autres cas' for a business creditor)");
    if (r.formalNoticeDate().isEmpty()) {
      return a.warn("no formal notice: no interest runs against a consumer before a formal notice (C. civ. 1231-6)")
          .result();
    }
    LocalDate start = r.formalNoticeDate().get().isAfter(dueNext) ? r.formalNoticeDate().get() : dueNext;
    if (start.isAfter(r.endDate())) {
      return a.warn("formal notice of " + r.formalNoticeDate().get() + " is after " + r.endDate()
          + ": no interest yet").result();
    }
    RateTable legal = rates.get(RateTables.FR_LEGAL_OTHER_CASES);
    for (LocalDate[] seg : segments(r, start)) {
      LocalDate rateDate = r.rateMode() == RateMode.FROZEN ? HalfYears.start(start) : HalfYears.start(seg[0]);
      a.add(seg[0], seg[1], legal.rateOn(rateDate));
    }
    return a.result();
  }

  private static List<LocalDate[]> segments(LatePaymentRequest r, LocalDate start) {
    if (r.rateMode() == RateMode.FROZEN) {
      return List.<LocalDate[]>of(new LocalDate[] {start, r.endDate()});
    }
    return HalfYears.split(start, r.endDate());
  }

  static Accrual fortyEuros(LatePaymentRequest r, Accrual a, String basis) {
    a.basis(basis);
    if (r.amount().currencyCode().equals("EUR")) {
      a.fixed(Money.of("EUR", "40.00"));
    } else {
      a.warn("the fixed compensation is 40 EUR; the amount is in " + r.amount().currencyCode()
          + ": convert it at the host's rate (not included in the total)");
    }
    return a;
  }
}
