package dev.recovery.core.reconcile;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * What reconciliation did with one open credit note: applied to the invoice it references, or left
 * as credit on the debtor, with the reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @param creditNoteId the credit note
 * @param debtorId its debtor
 * @param allocations the amounts applied (source {@link Allocation.Source#CREDIT_NOTE}); empty when
 *     none
 * @param remaining what remains of the credit note, credit on the debtor
 * @param explanation what was done and why
 */
public record CreditNoteApplication(InvoiceId creditNoteId, DebtorId debtorId, List<Allocation> allocations,
    Money remaining, String explanation) {

  /** Validates the fields. */
  public CreditNoteApplication {
    Objects.requireNonNull(creditNoteId, "creditNoteId");
    Objects.requireNonNull(debtorId, "debtorId");
    allocations = List.copyOf(allocations);
    Objects.requireNonNull(remaining, "remaining");
    Objects.requireNonNull(explanation, "explanation");
  }
}
