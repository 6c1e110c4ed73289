package dev.recovery.legal.interest;

import dev.recovery.legal.JurisdictionId;

/**
 * United States: there is no federal statutory late-payment interest between private parties; only an
 * agreed rate applies, from the day after the due date. State usury limits, state prejudgment interest
 * statutes and the federal Prompt Payment Act (31 U.S.C. 3901-3907, federal agencies) are out of
 * scope, and every result says so.
 */
final class UsLatePayment implements LatePaymentCalculator {

  @Override
  public JurisdictionId jurisdiction() {
    return JurisdictionId.US;
  }

  @Override
  public LatePaymentResult compute(LatePaymentRequest r) {
    Accrual a = new Accrual(JurisdictionId.US, r);
    a.basis("no federal statutory late-payment interest or fixed compensation between private parties");
    a.warn("US: contractual interest only; state usury limits and state interest statutes are not checked "
        + "(out of scope)");
    if (r.debtorType() == dev.recovery.core.ledger.DebtorType.PUBLIC) {
      a.warn("federal agencies owe Prompt Payment Act interest (31 U.S.C. 3902) at the Treasury rate: not modelled");
    }
    return Contractual.apply(r, a);
  }
}
