package dev.recovery.scenarios.run;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import java.util.Objects;

/**
 * An overdue invoice the run leaves alone today, and why (dispute, promise, payment plan, minimum).
 *
 * <p>Immutable and thread-safe.
 *
 * @param debtorId the debtor
 * @param invoiceId the invoice
 * @param reason the rule and its explanation
 */
public record PausedInvoice(DebtorId debtorId, InvoiceId invoiceId, Reason reason) {

  /** Validates the fields. */
  public PausedInvoice {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(reason, "reason");
  }
}
