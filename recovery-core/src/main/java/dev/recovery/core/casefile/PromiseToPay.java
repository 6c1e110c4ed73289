package dev.recovery.core.casefile;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The debtor's promise to pay an amount by a date. Whether it was kept is derived from the ledger
 * (see {@link Promises}), never stored.
 *
 * <p>Immutable and thread-safe.
 *
 * @param debtorId the debtor account
 * @param at when the promise was made
 * @param amount the amount promised
 * @param promisedDate the date by which it is to be paid
 * @param invoices the invoices it covers (empty: the account)
 */
public record PromiseToPay(DebtorId debtorId, OffsetDateTime at, Money amount, LocalDate promisedDate,
    List<InvoiceId> invoices) implements CaseEvent {

  /** Validates the fields. */
  public PromiseToPay {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(promisedDate, "promisedDate");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("promise amount must be positive, was " + amount);
    }
    invoices = invoices == null ? List.of() : List.copyOf(invoices);
  }

  @Override
  public LocalDate date() {
    return at.toLocalDate();
  }

  @Override
  public String type() {
    return "promise";
  }
}
