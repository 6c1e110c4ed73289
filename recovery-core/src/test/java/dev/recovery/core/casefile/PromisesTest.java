package dev.recovery.core.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class PromisesTest {

  static final DebtorId D = DebtorId.of("D1");
  static final Debtor DEBTOR = Debtor.builder(D, "Dupont SARL").build();
  static final Invoice F1 = Invoice.of(InvoiceId.of("F1"), D, LocalDate.of(2025, 1, 10), PaymentTerms.parse("net 30"),
      Money.parse("EUR 1000.00"));
  static final Invoice F2 = Invoice.of(InvoiceId.of("F2"), D, LocalDate.of(2025, 6, 1), PaymentTerms.parse("net 30"),
      Money.parse("EUR 500.00"));

  /** Promise made on 1 March to pay EUR 1000 by 15 March. */
  static PromiseToPay promise(List<InvoiceId> invoices) {
    return new PromiseToPay(D, OffsetDateTime.of(2025, 3, 1, 10, 0, 0, 0, ZoneOffset.UTC), Money.parse("EUR 1000.00"),
        LocalDate.of(2025, 3, 15), invoices);
  }

  static Ledger ledger(Allocation... allocations) {
    return Ledger.of(List.of(DEBTOR), List.of(F1, F2), List.of(), List.of(allocations));
  }

  static Allocation pay(Invoice invoice, String amount, LocalDate date) {
    return Allocation.ofPayment(PaymentId.of("P-" + date), invoice.id(), Money.parse(amount), date);
  }

  @Test
  void kept_when_the_promised_amount_arrives_within_the_grace_days() {
    Ledger l = ledger(pay(F1, "EUR 1000.00", LocalDate.of(2025, 3, 17)));
    assertThat(Promises.status(promise(List.of(F1.id())), l, LocalDate.of(2025, 4, 1), 3))
        .isEqualTo(Promises.Status.KEPT);
    assertThat(Promises.status(promise(List.of(F1.id())), l, LocalDate.of(2025, 4, 1), 0))
        .isEqualTo(Promises.Status.BROKEN);
  }

  @Test
  void pending_until_the_deadline_then_broken() {
    Ledger l = ledger(pay(F1, "EUR 400.00", LocalDate.of(2025, 3, 10)));
    PromiseToPay p = promise(List.of(F1.id()));
    assertThat(Promises.status(p, l, LocalDate.of(2025, 3, 15), 2)).isEqualTo(Promises.Status.PENDING);
    assertThat(Promises.status(p, l, LocalDate.of(2025, 3, 17), 2)).isEqualTo(Promises.Status.PENDING);
    assertThat(Promises.status(p, l, LocalDate.of(2025, 3, 18), 2)).isEqualTo(Promises.Status.BROKEN);
  }

  @Test
  void payments_before_the_promise_do_not_count() {
    Ledger l = ledger(pay(F1, "EUR 600.00", LocalDate.of(2025, 2, 20)), pay(F1, "EUR 300.00", LocalDate.of(2025, 3, 5)));
    assertThat(Promises.status(promise(List.of(F1.id())), l, LocalDate.of(2025, 4, 1), 0))
        .isEqualTo(Promises.Status.BROKEN);
  }

  @Test
  void kept_when_every_named_invoice_is_settled_even_for_less_than_promised() {
    // the debtor promised 1000 but only 700 was still open: settling it keeps the promise
    Ledger l = ledger(pay(F1, "EUR 300.00", LocalDate.of(2025, 2, 20)), pay(F1, "EUR 700.00", LocalDate.of(2025, 3, 14)));
    assertThat(Promises.status(promise(List.of(F1.id())), l, LocalDate.of(2025, 4, 1), 0))
        .isEqualTo(Promises.Status.KEPT);
  }

  @Test
  void an_invoice_issued_after_the_deadline_is_not_settled_by_it() {
    // F2 is issued on 1 June, after the promise's deadline: nothing was open on it, and nothing was paid
    assertThat(Promises.status(promise(List.of(F2.id())), ledger(), LocalDate.of(2025, 7, 1), 0))
        .isEqualTo(Promises.Status.BROKEN);
    assertThat(Promises.status(promise(List.of(F2.id())), ledger(), LocalDate.of(2025, 3, 10), 0))
        .isEqualTo(Promises.Status.PENDING);
  }

  @Test
  void an_account_promise_covers_the_invoices_issued_by_the_day_it_was_made() {
    // settling F1 (all that was owed on 1 March) keeps it; F2, issued later, is not part of it
    Ledger l = ledger(pay(F1, "EUR 1000.00", LocalDate.of(2025, 3, 12)));
    assertThat(Promises.status(promise(List.of()), l, LocalDate.of(2025, 7, 1), 0)).isEqualTo(Promises.Status.KEPT);
    assertThat(Promises.status(promise(List.of()), ledger(), LocalDate.of(2025, 7, 1), 0))
        .isEqualTo(Promises.Status.BROKEN);
  }

  @Test
  void an_unknown_or_foreign_currency_invoice_is_never_settled() {
    assertThat(Promises.status(promise(List.of(InvoiceId.of("NOPE"))), ledger(), LocalDate.of(2025, 4, 1), 0))
        .isEqualTo(Promises.Status.BROKEN);
  }
}
