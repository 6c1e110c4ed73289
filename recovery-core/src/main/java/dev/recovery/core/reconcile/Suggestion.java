package dev.recovery.core.reconcile;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment that was not matched automatically because several candidates fit equally well (or
 * the best one is not certain enough): the candidates, ranked, for a person to choose.
 *
 * <p>Immutable and thread-safe. A suggestion allocates nothing.
 *
 * @param paymentId the payment
 * @param debtorId the payer, when identified
 * @param amount the payment's amount
 * @param candidates the candidates, best first
 * @param explanation why nothing was matched automatically
 */
public record Suggestion(PaymentId paymentId, Optional<DebtorId> debtorId, Money amount, List<Candidate> candidates,
    String explanation) {

  /** Validates the fields. */
  public Suggestion {
    Objects.requireNonNull(paymentId, "paymentId");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(amount, "amount");
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(explanation, "explanation");
    if (candidates.isEmpty()) {
      throw new IllegalArgumentException("suggestion for " + paymentId + " has no candidate");
    }
  }
}
