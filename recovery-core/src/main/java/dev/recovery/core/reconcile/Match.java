package dev.recovery.core.reconcile;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment matched automatically to open invoices, with the rule, a confidence and the reasons.
 *
 * <p>Immutable and thread-safe. The payment allocations plus the unapplied rest equal the payment's
 * amount to the cent; the write-off, when the tolerance rule proposes one, settles the shortfall on
 * top of the payment.
 *
 * @param paymentId the payment
 * @param debtorId the debtor it was matched to
 * @param rule the rule that made the match
 * @param confidence from 0 to 1: the rule's certainty times the certainty of the payer identification
 * @param identifiedBy how the payer was identified
 * @param amount the payment's amount that was reconciled
 * @param allocations the amounts applied to invoices (source {@link Allocation.Source#PAYMENT})
 * @param writeOff the proposed write-off of a shortfall within tolerance (source {@link
 *     Allocation.Source#WRITE_OFF}), if any
 * @param unapplied what was not applied: an over-payment, credit on the debtor; zero otherwise
 * @param explanation why, in words: the payer, the references found, the rule, what remains
 */
public record Match(PaymentId paymentId, DebtorId debtorId, MatchRule rule, double confidence,
    PayerIdentification identifiedBy, Money amount, List<Allocation> allocations, Optional<Allocation> writeOff,
    Money unapplied, String explanation) {

  /** Validates the fields and that allocations plus unapplied equal the amount. */
  public Match {
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(identifiedBy, "identifiedBy");
    Objects.requireNonNull(amount, "amount");
    allocations = List.copyOf(allocations);
    Objects.requireNonNull(writeOff, "writeOff");
    Objects.requireNonNull(unapplied, "unapplied");
    Objects.requireNonNull(explanation, "explanation");
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("match of " + paymentId + ": confidence must be in [0, 1], was " + confidence);
    }
    Money total = unapplied;
    for (Allocation a : allocations) {
      if (a.source() != Allocation.Source.PAYMENT) {
        throw new IllegalArgumentException("match of " + paymentId + ": allocation " + a + " is not a payment allocation");
      }
      total = total.plus(a.amount());
    }
    if (total.compareTo(amount) != 0) {
      throw new IllegalArgumentException("match of " + paymentId + ": allocations plus unapplied are " + total
          + ", not the payment's " + amount);
    }
    if (writeOff.isPresent() && writeOff.get().source() != Allocation.Source.WRITE_OFF) {
      throw new IllegalArgumentException("match of " + paymentId + ": write-off " + writeOff.get() + " is not a write-off");
    }
  }

  /** What the payment settled: the sum of its allocations. */
  public Money allocated() {
    return amount.minus(unapplied);
  }
}
