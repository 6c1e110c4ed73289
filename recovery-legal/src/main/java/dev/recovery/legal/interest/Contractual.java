package dev.recovery.legal.interest;

/** Interest at the agreed rate only, from the day after the due date; zero when none was agreed. */
final class Contractual {

  private Contractual() {}

  static LatePaymentResult apply(LatePaymentRequest r, Accrual a) {
    if (!a.isLate()) {
      return a.warn("paid on or before the due date: nothing is due").result();
    }
    if (r.contractualRate().isEmpty()) {
      return a.warn("no contractual rate given: no interest computed").result();
    }
    a.basis("contract: agreed late-payment rate " + Accrual.normalise(r.contractualRate().get()).toPlainString() + " %");
    a.add(r.dueDate().plusDays(1), r.endDate(), r.contractualRate().get());
    return a.result();
  }
}
