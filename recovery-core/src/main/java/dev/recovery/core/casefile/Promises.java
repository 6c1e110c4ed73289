package dev.recovery.core.casefile;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Derives whether promises to pay were kept, from the ledger.
 *
 * <p>A promise is <em>kept</em> when the amounts applied, from the day the promise was made until
 * its date plus the grace days, to the invoices it names (or to any invoice of the debtor when it
 * names none: its invoices issued on or before the day of the promise) reach the promised amount,
 * or when those invoices are all settled within that window. An invoice issued after the window is
 * not settled by it (nothing was owed on it yet). It is <em>pending</em> while that window is still open on the as-of date, <em>broken</em> after.
 */
public final class Promises {

  private Promises() {}

  /** The status of a promise. */
  public enum Status {
    /** Paid as promised. */
    KEPT,
    /** Its date plus grace has not passed yet and it is not yet paid. */
    PENDING,
    /** Its date plus grace has passed without the promised payment. */
    BROKEN
  }

  /** The status of {@code promise} as of {@code asOf}, allowing {@code graceDays} after its date. */
  public static Status status(PromiseToPay promise, Ledger ledger, LocalDate asOf, int graceDays) {
    Objects.requireNonNull(promise, "promise");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(asOf, "asOf");
    LocalDate from = promise.date();
    LocalDate deadline = promise.promisedDate().plusDays(graceDays);
    LocalDate until = asOf.isBefore(deadline) ? asOf : deadline;
    List<InvoiceId> targets = promise.invoices().isEmpty()
        ? ledger.invoicesOf(promise.debtorId()).stream()
            .filter(i -> !i.isCreditNote() && !i.issueDate().isAfter(from)).map(Invoice::id).toList()
        : promise.invoices();
    Money paid = Money.zero(promise.amount().currency());
    boolean allSettled = !targets.isEmpty();
    for (InvoiceId id : targets) {
      var invoice = ledger.invoice(id);
      if (invoice.isEmpty() || !invoice.get().amount().currency().equals(paid.currency())) {
        allSettled = false;
        continue;
      }
      for (Allocation a : ledger.allocationsTo(id)) {
        if (!a.date().isBefore(from) && !a.date().isAfter(until)) {
          paid = paid.plus(a.amount());
        }
      }
      if (invoice.get().issueDate().isAfter(until) || ledger.openAmount(id, until).isPositive()) {
        allSettled = false;
      }
    }
    if (paid.compareTo(promise.amount()) >= 0 || allSettled) {
      return Status.KEPT;
    }
    return asOf.isAfter(deadline) ? Status.BROKEN : Status.PENDING;
  }
}
