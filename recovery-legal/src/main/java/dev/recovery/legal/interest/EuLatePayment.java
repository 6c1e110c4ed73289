package dev.recovery.legal.interest;

import dev.recovery.legal.JurisdictionId;
import dev.recovery.legal.rates.RateTable;
import dev.recovery.legal.rates.RateTables;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Directive 2011/7/EU rules for member states without their own rule pack.
 *
 * <p>Business and public debtors: statutory interest = reference rate + 8 points (art. 2(6), 3(1),
 * 4(1)); the reference rate of a half-year is the one in force on 1 January / 1 July (art. 2(7)),
 * for the euro area the ECB main refinancing rate (art. 2(11)); a host supplies a national reference
 * rate with {@link LatePaymentRequest#referenceRate()}, then fixed for the debt. An agreed rate applies
 * instead (art. 3(1) "unless otherwise agreed"), a grossly unfair one may be void (art. 7). Fixed
 * compensation 40 EUR per late payment (art. 6). The Directive does not cover consumers.
 */
final class EuLatePayment implements LatePaymentCalculator {

  private static final BigDecimal EIGHT = BigDecimal.valueOf(8);

  private final RateTables rates;

  EuLatePayment(RateTables rates) {
    this.rates = Objects.requireNonNull(rates, "rates");
  }

  @Override
  public JurisdictionId jurisdiction() {
    return JurisdictionId.EU;
  }

  @Override
  public LatePaymentResult compute(LatePaymentRequest r) {
    Accrual a = new Accrual(JurisdictionId.EU, r);
    if (r.debtorType() == dev.recovery.core.ledger.DebtorType.CONSUMER) {
      a.basis("Directive 2011/7/EU art. 1(2): commercial transactions only; consumers are out of scope");
      a.warn("no statutory late-payment interest under Directive 2011/7/EU for a consumer: national consumer law "
          + "applies (not modelled)");
      return Contractual.apply(r, a);
    }
    a.basis("Directive 2011/7/EU art. 3(1), 4(1) and 2(6): statutory interest = reference rate + 8 points");
    if (!a.isLate()) {
      return a.warn("paid on or before the due date: nothing is due").result();
    }
    LocalDate start = r.dueDate().plusDays(1);
    if (r.contractualRate().isPresent()) {
      BigDecimal agreed = r.contractualRate().get();
      a.basis("Directive 2011/7/EU art. 3(1): an agreed rate applies; art. 7: a grossly unfair term is unenforceable");
      a.add(start, r.endDate(), agreed);
      BigDecimal statutory = r.referenceRate().orElseGet(
          () -> rates.get(RateTables.ECB_MRO).rateOn(HalfYears.start(r.dueDate()))).add(EIGHT);
      if (agreed.compareTo(statutory) < 0) {
        a.warn("contractual rate " + Accrual.normalise(agreed).toPlainString() + " % is below the statutory rate "
            + Accrual.normalise(statutory).toPlainString() + " %: check it is not grossly unfair (art. 7)");
      }
    } else if (r.referenceRate().isPresent()) {
      a.basis("reference rate supplied by the host: " + Accrual.normalise(r.referenceRate().get()).toPlainString() + " %");
      a.add(start, r.endDate(), r.referenceRate().get().add(EIGHT));
    } else {
      a.basis("Directive 2011/7/EU art. 2(7), 2(11): reference rate = ECB main refinancing rate in force on "
          + "1 January / 1 July");
      RateTable ecb = rates.get(RateTables.ECB_MRO);
      List<LocalDate[]> segs = r.rateMode() == RateMode.FROZEN
          ? List.<LocalDate[]>of(new LocalDate[] {start, r.endDate()})
          : HalfYears.split(start, r.endDate());
      for (LocalDate[] seg : segs) {
        LocalDate rateDate = r.rateMode() == RateMode.FROZEN ? HalfYears.start(r.dueDate()) : HalfYears.start(seg[0]);
        a.add(seg[0], seg[1], ecb.rateOn(rateDate).add(EIGHT));
      }
    }
    return FranceLatePayment.fortyEuros(r, a,
        "Directive 2011/7/EU art. 6: fixed compensation of at least 40 EUR per late payment").result();
  }
}
