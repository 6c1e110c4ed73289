package dev.recovery.core.risk;

import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/** Small builders for risk tests. */
final class RiskFixtures {

  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final PaymentTerms NET_30 = PaymentTerms.parse("net 30");

  private RiskFixtures() {}

  static Debtor debtor(String id, LocalDate since) {
    return Debtor.builder(DebtorId.of(id), "Debtor " + id).customerSince(since).build();
  }

  static Debtor debtor(String id, DebtorType type, LocalDate since) {
    return Debtor.builder(DebtorId.of(id), "Debtor " + id).type(type).customerSince(since).build();
  }

  /** An invoice with an explicit due date. */
  static Invoice invoice(String id, String debtor, LocalDate issued, LocalDate due, String money) {
    return Invoice.of(InvoiceId.of(id), DebtorId.of(debtor), issued, NET_30, Money.parse(money)).withDueDate(due);
  }

  static Invoice creditNote(String id, String debtor, LocalDate issued, String money) {
    return Invoice.creditNote(InvoiceId.of(id), DebtorId.of(debtor), issued, Money.parse(money), Optional.empty());
  }

  /** A payment allocation of the whole invoice on {@code date}. */
  static Allocation paid(Invoice invoice, LocalDate date) {
    return Allocation.ofPayment(PaymentId.of("P-" + invoice.id().value() + "-" + date), invoice.id(), invoice.amount(),
        date);
  }

  static Allocation paid(Invoice invoice, String money, LocalDate date) {
    return Allocation.ofPayment(PaymentId.of("P-" + invoice.id().value() + "-" + date + "-" + money), invoice.id(),
        Money.parse(money), date);
  }

  static OffsetDateTime at(LocalDate date) {
    return OffsetDateTime.of(date, LocalTime.of(10, 0), ZoneOffset.ofHours(2));
  }

  static PromiseToPay promise(String debtor, LocalDate made, String money, LocalDate by, String... invoices) {
    return new PromiseToPay(DebtorId.of(debtor), at(made), Money.parse(money), by,
        List.of(invoices).stream().map(InvoiceId::of).toList());
  }

  static Dispute dispute(String debtor, String invoice, LocalDate opened, String reason, LocalDate resolved) {
    return new Dispute(DebtorId.of(debtor), InvoiceId.of(invoice), opened, reason, Optional.ofNullable(resolved),
        Optional.empty());
  }

  static Contact contact(String debtor, LocalDate date, Channel channel, Contact.Direction direction,
      Contact.Outcome outcome) {
    return new Contact(DebtorId.of(debtor), at(date), channel, direction, outcome, Contact.DEBTOR, Optional.empty(),
        List.of(), Optional.empty());
  }

  static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }
}
