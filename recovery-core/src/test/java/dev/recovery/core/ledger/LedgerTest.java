package dev.recovery.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerTest {

  private static final LocalDate DATE_2025_01_15 = LocalDate.of(2025, 1, 15);
  private static final Currency EUR = Money.currency("EUR");
  private static final Debtor ACME = Debtor.builder(DebtorId.of("D1"), "ACME SAS").build();

  private static Invoice invoice(String id, String terms, String amount) {
    return Invoice.of(InvoiceId.of(id), ACME.id(), DATE_2025_01_15, PaymentTerms.parse(terms), Money.parse(amount));
  }

  @Test
  void the_debtor_list_is_the_debtors_in_input_order_and_the_columns_debtor_order() {
    Debtor zed = Debtor.builder(DebtorId.of("Z9"), "Zed SARL").build();
    Debtor bee = Debtor.builder(DebtorId.of("B2"), "Bee SA").build();
    Invoice f1 = Invoice.of(InvoiceId.of("F1"), bee.id(), DATE_2025_01_15, PaymentTerms.parse("net 30"),
        Money.parse("EUR 10.00"));
    Ledger ledger = Ledger.of(List.of(zed, ACME, bee), List.of(f1), List.of());
    assertThat(ledger.debtorList()).containsExactly(zed, ACME, bee)
        .containsExactlyElementsOf(ledger.debtors().values());
    for (int k = 0; k < 3; k++) {
      assertThat(ledger.debtorList().get(k).id()).isEqualTo(ledger.columns().debtor(k));
    }
    Payment p1 = Payment.of(PaymentId.of("P1"), DATE_2025_01_15, Money.parse("EUR 10.00"), bee.id(), "F1");
    assertThat(ledger.withPayments(List.of(p1)).debtorList()).isSameAs(ledger.debtorList());
    assertThatThrownBy(() -> ledger.debtorList().add(zed)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void open_amount_counts_allocations_from_their_date_on() {
    Invoice f1 = invoice("F1", "net 30", "EUR 1000.00");
    Payment p1 = Payment.of(PaymentId.of("P1"), LocalDate.of(2025, 2, 20), Money.parse("EUR 400.00"), ACME.id(), "F1");
    Ledger ledger = Ledger.of(List.of(ACME), List.of(f1), List.of(p1),
        List.of(Allocation.ofPayment(p1.id(), f1.id(), Money.parse("EUR 400.00"), p1.date())));
    assertThat(ledger.openAmount(f1.id(), LocalDate.of(2025, 2, 19))).isEqualTo(Money.parse("EUR 1000.00"));
    assertThat(ledger.openAmount(f1.id(), LocalDate.of(2025, 2, 20))).isEqualTo(Money.parse("EUR 600.00"));
    assertThat(ledger.openAmount(f1.id(), LocalDate.of(2025, 1, 14))).isEqualTo(Money.zero(EUR));
    assertThat(ledger.settledDate(f1.id())).isEmpty();
  }

  @Test
  void payments_settle_the_earliest_installments_first() {
    Invoice f1 = invoice("F1", "30/60/90 days", "EUR 100.00");
    Payment p1 = Payment.of(PaymentId.of("P1"), LocalDate.of(2025, 2, 20), Money.parse("EUR 40.00"), ACME.id(), null);
    Ledger ledger = Ledger.of(List.of(ACME), List.of(f1), List.of(p1),
        List.of(Allocation.ofPayment(p1.id(), f1.id(), Money.parse("EUR 40.00"), p1.date())));
    List<OpenItem> items = ledger.openItems(LocalDate.of(2025, 3, 1));
    // 100.00 / 3 = 33.34, 33.33, 33.33; 40.00 paid covers the first and 6.66 of the second.
    assertThat(items).extracting(OpenItem::installment).containsExactly(2, 3);
    assertThat(items).extracting(OpenItem::open).containsExactly(Money.parse("EUR 26.67"), Money.parse("EUR 33.33"));
    assertThat(items.get(0).dueDate()).isEqualTo(LocalDate.of(2025, 3, 16));
    assertThat(items.get(0).daysPastDue(LocalDate.of(2025, 3, 17))).isEqualTo(1);
    assertThat(items.get(0).daysPastDue(LocalDate.of(2025, 3, 16))).isZero();
  }

  @Test
  void balance_nets_credit_notes_and_unapplied_payments() {
    Invoice f1 = invoice("F1", "net 30", "EUR 1000.00");
    Invoice c1 = Invoice.creditNote(InvoiceId.of("C1"), ACME.id(), LocalDate.of(2025, 1, 20),
        Money.parse("EUR 100.00"), Optional.of(f1.id()));
    Payment p1 = Payment.of(PaymentId.of("P1"), LocalDate.of(2025, 2, 1), Money.parse("EUR 250.00"), ACME.id(), null);
    Ledger ledger = Ledger.of(List.of(ACME), List.of(f1, c1), List.of(p1));
    Map<Currency, Money> balance = ledger.balance(ACME.id(), LocalDate.of(2025, 2, 1));
    assertThat(balance).containsEntry(EUR, Money.parse("EUR 650.00"));
    assertThat(ledger.unappliedPayments(ACME.id(), LocalDate.of(2025, 2, 1))).containsEntry(EUR, Money.parse("EUR 250.00"));
    assertThat(ledger.openItems(LocalDate.of(2025, 2, 1))).extracting(i -> i.invoice().id()).containsExactly(f1.id());
  }

  @Test
  void settled_date_is_the_date_of_the_completing_allocation() {
    Invoice f1 = invoice("F1", "net 30", "EUR 100.00");
    Ledger ledger = Ledger.of(List.of(ACME), List.of(f1), List.of(), List.of(
        new Allocation(Allocation.Source.PAYMENT, "P1", f1.id(), Money.parse("EUR 60.00"), LocalDate.of(2025, 2, 1)),
        new Allocation(Allocation.Source.WRITE_OFF, "W1", f1.id(), Money.parse("EUR 40.00"), LocalDate.of(2025, 3, 1))));
    assertThat(ledger.settledDate(f1.id())).contains(LocalDate.of(2025, 3, 1));
    assertThat(ledger.openItems(LocalDate.of(2025, 3, 1))).isEmpty();
  }

  @Test
  void construction_rejects_inconsistent_data_with_the_offending_ids() {
    Invoice f1 = invoice("F1", "net 30", "EUR 100.00");
    assertThatThrownBy(() -> Ledger.of(List.of(), List.of(f1), List.of()))
        .hasMessageContaining("F1").hasMessageContaining("unknown debtor D1");
    assertThatThrownBy(() -> Ledger.of(List.of(ACME), List.of(f1, f1), List.of()))
        .hasMessageContaining("F1 appears twice");
    assertThatThrownBy(() -> Ledger.of(List.of(ACME), List.of(f1), List.of(), List.of(
        Allocation.ofPayment(PaymentId.of("P1"), f1.id(), Money.parse("EUR 100.01"), DATE_2025_01_15))))
        .hasMessageContaining("more than its amount");
    assertThatThrownBy(() -> Ledger.of(List.of(ACME), List.of(f1), List.of(), List.of(
        Allocation.ofPayment(PaymentId.of("P1"), f1.id(), Money.parse("GBP 1.00"), DATE_2025_01_15))))
        .hasMessageContaining("GBP").hasMessageContaining("EUR");
    // allocations added to a ledger that already has some are checked together with them
    Ledger partlyPaid = Ledger.of(List.of(ACME), List.of(f1), List.of(), List.of(
        Allocation.ofPayment(PaymentId.of("P1"), f1.id(), Money.parse("EUR 60.00"), DATE_2025_01_15)));
    assertThatThrownBy(() -> partlyPaid.withAllocations(List.of(
        Allocation.ofPayment(PaymentId.of("P2"), f1.id(), Money.parse("EUR 40.01"), DATE_2025_01_15))))
        .hasMessageContaining("invoice F1 is allocated EUR 100.01, more than its amount EUR 100.00");
    assertThatThrownBy(() -> partlyPaid.withAllocations(List.of(
        Allocation.ofPayment(PaymentId.of("P2"), InvoiceId.of("F9"), Money.parse("EUR 1.00"), DATE_2025_01_15))))
        .hasMessageContaining("names unknown invoice F9");
  }

  @Test
  void explicit_due_date_overrides_the_terms() {
    Invoice f1 = invoice("F1", "net 30", "EUR 100.00").withDueDate(LocalDate.of(2025, 3, 31));
    assertThat(f1.finalDueDate()).isEqualTo(LocalDate.of(2025, 3, 31));
    assertThat(f1.installments()).hasSize(1);
    assertThatThrownBy(() -> invoice("F2", "net 30", "EUR 1.00").withDueDate(LocalDate.of(2024, 1, 1)))
        .hasMessageContaining("before the issue date");
  }

  @Test
  void debtor_validation_names_the_field() {
    assertThatThrownBy(() -> Debtor.builder(DebtorId.of("D2"), "X").country("France").build())
        .hasMessageContaining("country 'FRANCE'");
    assertThatThrownBy(() -> Debtor.builder(DebtorId.of("D2"), "X").language("french").build())
        .hasMessageContaining("language");
    assertThat(Debtor.builder(DebtorId.of("D2"), "X").ibans(List.of("fr76 3000 6000 0112 3456 7890 189")).build().ibans())
        .containsExactly("FR7630006000011234567890189");
    assertThatThrownBy(() -> DebtorId.of(" ")).hasMessageContaining("blank");
  }

  /**
   * A derived ledger with many payments and allocations builds its indexes at once: every payment
   * and every allocation found by id and by source, the open amounts as allocated, and the errors
   * of a one-by-one build (a repeated payment before a bad allocation).
   */
  @Test
  void a_large_derived_ledger_builds_its_indexes_at_once_with_the_same_content_and_errors() {
    int n = 30_000;
    List<Invoice> invoices = new java.util.ArrayList<>();
    List<Payment> payments = new java.util.ArrayList<>();
    List<Allocation> allocations = new java.util.ArrayList<>();
    for (int i = 0; i < n; i++) {
      Invoice inv = invoice("F" + i, "net 30", "EUR 100.00");
      invoices.add(inv);
      Payment p = Payment.of(PaymentId.of("P" + i), LocalDate.of(2025, 3, 1), Money.parse("EUR 60.00"), ACME.id(), null);
      payments.add(p);
      allocations.add(Allocation.ofPayment(p.id(), inv.id(), Money.parse("EUR 35.00"), p.date()));
      allocations.add(Allocation.ofPayment(p.id(), inv.id(), Money.parse("EUR 25.00"), p.date()));
    }
    Ledger base = Ledger.of(List.of(ACME), invoices, List.of());
    base.columns();
    Ledger derived = base.withPaymentsAndAllocations(payments, allocations);
    assertThat(derived.payments()).isEqualTo(payments);
    assertThat(derived.allocations()).isEqualTo(allocations);
    for (int i = 0; i < n; i += 7) {
      assertThat(derived.payment(PaymentId.of("P" + i))).contains(payments.get(i));
      assertThat(derived.allocationsFrom(Allocation.Source.PAYMENT, "P" + i))
          .containsExactly(allocations.get(2 * i), allocations.get(2 * i + 1));
      assertThat(derived.openAmount(InvoiceId.of("F" + i), LocalDate.of(2025, 3, 1))).isEqualTo(Money.parse("EUR 40.00"));
    }
    List<Payment> repeated = new java.util.ArrayList<>(payments);
    repeated.add(payments.get(123));
    List<Allocation> unknown = new java.util.ArrayList<>(allocations);
    unknown.add(Allocation.ofPayment(PaymentId.of("P1"), InvoiceId.of("NOPE"), Money.parse("EUR 1.00"),
        LocalDate.of(2025, 3, 1)));
    assertThatThrownBy(() -> base.withPaymentsAndAllocations(repeated, unknown))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("payment P123 appears twice").hasNoCause();
    assertThatThrownBy(() -> base.withPaymentsAndAllocations(payments, unknown))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("allocation from P1 names unknown invoice NOPE").hasNoCause();
    assertThatThrownBy(() -> base.withPaymentsAndAllocations(repeated, allocations))
        .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage("payment P123 appears twice").hasNoCause();
  }
}
