package dev.recovery.core.ledger;

import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One installment of an invoice with what remains open of it as of a date.
 *
 * <p>Immutable and thread-safe. Payments settle the earliest installments first.
 *
 * @param invoice the invoice
 * @param installment the installment number, from 1
 * @param dueDate the installment's due date
 * @param amount the installment's original amount
 * @param open what remains open of it, positive
 */
public record OpenItem(Invoice invoice, int installment, LocalDate dueDate, Money amount, Money open) {

  /** Validates the fields. */
  public OpenItem {
    Objects.requireNonNull(invoice, "invoice");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(open, "open");
  }

  /**
   * Days past due as of {@code asOf}: the number of days after the due date, zero when not yet due.
   * An item due on the 15th is 1 day past due on the 16th.
   */
  public long daysPastDue(LocalDate asOf) {
    long days = ChronoUnit.DAYS.between(dueDate, asOf);
    return Math.max(0, days);
  }

  /** Whether the item is past due as of {@code asOf} (the due date has passed). */
  public boolean isOverdue(LocalDate asOf) {
    return asOf.isAfter(dueDate);
  }

  /** The debtor who owes it. */
  public DebtorId debtorId() {
    return invoice.debtorId();
  }
}
