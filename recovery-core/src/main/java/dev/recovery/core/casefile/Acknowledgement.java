package dev.recovery.core.casefile;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The debtor acknowledged the debt (in writing, by a partial payment, by asking for time). It
 * interrupts limitation (Code civil 2240), unlike a formal notice.
 *
 * <p>Immutable and thread-safe.
 *
 * @param debtorId the debtor account
 * @param date the day of the acknowledgement
 * @param invoices the invoices acknowledged (empty: the whole account)
 */
public record Acknowledgement(DebtorId debtorId, LocalDate date, List<InvoiceId> invoices) implements CaseEvent {

  /** Validates the fields. */
  public Acknowledgement {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(date, "date");
    invoices = invoices == null ? List.of() : List.copyOf(invoices);
  }

  /** Whether it covers the invoice (an acknowledgement naming no invoice covers them all). */
  public boolean covers(InvoiceId invoice) {
    return invoices.isEmpty() || invoices.contains(invoice);
  }

  @Override
  public String type() {
    return "acknowledgement";
  }
}
