package dev.recovery.core.reconcile;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment left unmatched, with the reason: for a person to allocate by hand.
 *
 * <p>Immutable and thread-safe.
 *
 * @param paymentId the payment
 * @param debtorId the payer, when identified
 * @param amount the payment's amount
 * @param reason why nothing could be matched or suggested
 */
public record Unmatched(PaymentId paymentId, Optional<DebtorId> debtorId, Money amount, String reason) {

  /** Validates the fields. */
  public Unmatched {
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(reason, "reason");
  }
}
