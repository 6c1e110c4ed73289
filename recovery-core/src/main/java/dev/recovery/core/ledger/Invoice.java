package dev.recovery.core.ledger;

import dev.recovery.core.money.Money;
import dev.recovery.core.terms.Installment;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An invoice or a credit note in the receivables ledger.
 *
 * <p>Immutable and thread-safe. The amount is positive for both kinds: a credit note's amount is
 * what it takes off. The due dates come from the payment terms unless an explicit due date is given,
 * which then wins (one installment on that date), as printed on the invoice (Code de commerce
 * L441-9 requires the due date as a calendar date).
 *
 * @param id the invoice number
 * @param debtorId who owes it
 * @param issueDate the invoice date
 * @param terms the agreed payment terms
 * @param amount the amount including tax, positive
 * @param dueDate an explicit due date that overrides the terms, if any
 * @param reference a free reference: purchase order, or for a credit note the invoice it credits
 * @param kind invoice or credit note
 */
public record Invoice(
    InvoiceId id,
    DebtorId debtorId,
    LocalDate issueDate,
    PaymentTerms terms,
    Money amount,
    Optional<LocalDate> dueDate,
    Optional<String> reference,
    InvoiceKind kind) {

  /** Validates the fields. */
  public Invoice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(issueDate, "issueDate");
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(kind, "kind");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("invoice " + id + ": amount must be positive, was " + amount);
    }
    if (dueDate.isPresent() && dueDate.get().isBefore(issueDate)) {
      throw new IllegalArgumentException("invoice " + id + ": due date " + dueDate.get()
          + " is before the issue date " + issueDate);
    }
  }

  /** An invoice with the given terms and no explicit due date or reference. */
  public static Invoice of(InvoiceId id, DebtorId debtorId, LocalDate issueDate, PaymentTerms terms, Money amount) {
    return new Invoice(id, debtorId, issueDate, terms, amount, Optional.empty(), Optional.empty(), InvoiceKind.INVOICE);
  }

  /** A credit note for {@code amount}, crediting the invoice {@code credited} when given. */
  public static Invoice creditNote(InvoiceId id, DebtorId debtorId, LocalDate issueDate, Money amount,
      Optional<InvoiceId> credited) {
    return new Invoice(id, debtorId, issueDate, PaymentTerms.onReceipt(), amount, Optional.empty(),
        credited.map(InvoiceId::value), InvoiceKind.CREDIT_NOTE);
  }

  /** Whether this is a credit note. */
  public boolean isCreditNote() {
    return kind == InvoiceKind.CREDIT_NOTE;
  }

  /** The final due date: the explicit one, else the last installment's date from the terms. */
  public LocalDate finalDueDate() {
    return dueDate.isPresent() ? dueDate.get() : terms.dueDate(issueDate);
  }

  /** The installments (date and amount); a single one on the explicit due date when there is one. */
  public List<Installment> installments() {
    if (dueDate.isPresent()) {
      return List.of(new Installment(1, dueDate.get(), amount));
    }
    return terms.dueDates(issueDate, amount);
  }

  /** This invoice with an explicit due date. */
  public Invoice withDueDate(LocalDate date) {
    return new Invoice(id, debtorId, issueDate, terms, amount, Optional.of(date), reference, kind);
  }

  /** This invoice with a reference. */
  public Invoice withReference(String value) {
    return new Invoice(id, debtorId, issueDate, terms, amount, dueDate, Optional.of(value), kind);
  }
}
