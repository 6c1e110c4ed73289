package dev.recovery.core.reconcile;

import dev.recovery.core.ledger.InvoiceId;
import java.util.List;
import java.util.Objects;

/**
 * One candidate of a {@link Suggestion}: a set of invoices the payment may settle, the rule that
 * proposes it and a confidence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param invoiceIds the invoices, in allocation order
 * @param rule the rule that proposes them
 * @param confidence from 0 to 1; candidates of one suggestion are ranked by it
 * @param explanation why this candidate fits
 */
public record Candidate(List<InvoiceId> invoiceIds, MatchRule rule, double confidence, String explanation) {

  /** Validates the fields. */
  public Candidate {
    invoiceIds = List.copyOf(invoiceIds);
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(explanation, "explanation");
    if (invoiceIds.isEmpty()) {
      throw new IllegalArgumentException("a candidate names at least one invoice");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("candidate " + invoiceIds + ": confidence must be in [0, 1], was " + confidence);
    }
  }
}
