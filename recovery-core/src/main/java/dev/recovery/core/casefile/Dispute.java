package dev.recovery.core.casefile;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A dispute, or a stated reason for not paying, about one invoice; open until resolved.
 *
 * <p>Immutable and thread-safe.
 *
 * @param debtorId the debtor account
 * @param invoiceId the invoice concerned
 * @param opened the day it was opened
 * @param reason a {@link ReasonFamily} code (dispute, cash, negligence, bad_faith) or free text
 * @param resolved the day it was resolved, if it was
 * @param note free text
 */
public record Dispute(DebtorId debtorId, InvoiceId invoiceId, LocalDate opened, String reason,
    Optional<LocalDate> resolved, Optional<String> note) implements CaseEvent {

  /** Validates the fields. */
  public Dispute {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(opened, "opened");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(resolved, "resolved");
    Objects.requireNonNull(note, "note");
    if (resolved.isPresent() && resolved.get().isBefore(opened)) {
      throw new IllegalArgumentException("dispute on " + invoiceId + " is resolved on " + resolved.get()
          + ", before it was opened on " + opened);
    }
  }

  /** The reason family when the reason is one of the four codes. */
  public Optional<ReasonFamily> family() {
    return ReasonFamily.find(reason);
  }

  /** Whether the dispute is open on {@code asOf}: opened on or before it and not resolved by then. */
  public boolean isOpen(LocalDate asOf) {
    return !opened.isAfter(asOf) && (resolved.isEmpty() || resolved.get().isAfter(asOf));
  }

  @Override
  public LocalDate date() {
    return opened;
  }

  @Override
  public String type() {
    return "dispute";
  }
}
