package dev.recovery.core.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class LedgerColumnsProperties {

  static final String[] TERMS = {"net 30", "30/60/90 jours", "45 days end of month", "30/60 days end of month"};

  /** The columnar view gives the same open installments as the object view, on any date. */
  @Property(tries = 100)
  void columns_agree_with_open_items(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n) {
    Random r = new Random(seed);
    Debtor a = Debtor.builder(DebtorId.of("A"), "A").build();
    LocalDate base = LocalDate.of(2025, 1, 1);
    Ledger ledger = randomLedger(r, n, List.of(a), 1, false);
    LedgerColumns cols = ledger.columns();
    LocalDate asOf = base.plusDays(r.nextInt(400));
    int asOfDay = (int) asOf.toEpochDay();
    for (int row = 0; row < cols.size(); row++) {
      Invoice inv = cols.invoice(row);
      List<OpenItem> items = ledger.openItems(inv, asOf);
      List<Long> expected = items.stream().map(i -> i.open().toMinorUnits()).toList();
      List<Long> actual = new ArrayList<>();
      if (cols.issueDay(row) <= asOfDay) {
        long covered = cols.paid(row, asOfDay);
        for (int k = cols.installmentStart(row); k < cols.installmentStart(row + 1); k++) {
          long open = cols.installmentAmount(k) - Math.min(covered, cols.installmentAmount(k));
          covered -= Math.min(covered, cols.installmentAmount(k));
          if (open > 0) {
            actual.add(open);
          }
        }
      }
      assertThat(actual).as(inv.toString()).isEqualTo(expected);
      assertThat(cols.finalDueDay(row)).isEqualTo((int) inv.finalDueDate().toEpochDay());
    }
  }

  /** A ledger derived with more allocations shares the invoice side and agrees with a fresh build. */
  @Property(tries = 60)
  void derived_columns_agree_with_a_fresh_build(@ForAll long seed, @ForAll @IntRange(min = 1, max = 20) int n) {
    Random r = new Random(seed);
    Debtor a = Debtor.builder(DebtorId.of("A"), "A").build();
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      invoices.add(Invoice.of(InvoiceId.of("F" + i), a.id(), LocalDate.of(2025, 1, 1).plusDays(r.nextInt(100)),
          PaymentTerms.parse(TERMS[r.nextInt(TERMS.length)]), Money.ofMinor(Money.currency("EUR"), 100 + r.nextInt(100_000))));
    }
    Ledger base = Ledger.of(List.of(a), invoices, List.of());
    base.columns();
    List<Allocation> more = new ArrayList<>();
    for (Invoice inv : invoices) {
      if (r.nextBoolean()) {
        more.add(Allocation.ofPayment(PaymentId.of("P" + inv.id()), inv.id(), Money.ofMinor(inv.amount().currency(),
            1 + r.nextInt((int) inv.amount().toMinorUnits())), inv.issueDate().plusDays(r.nextInt(90))));
      }
    }
    LedgerColumns derived = base.withAllocations(more).columns();
    // through withPayments too, and with the columns first built on the derived ledger, not the base
    Ledger viaPayments = Ledger.of(List.of(a), invoices, List.of())
        .withPayments(List.of(Payment.of(PaymentId.of("X"), LocalDate.of(2025, 6, 1), Money.of("EUR", "1.00"), a.id(),
            "virement")))
        .withAllocations(more);
    // and both at once
    Payment x = Payment.of(PaymentId.of("X"), LocalDate.of(2025, 6, 1), Money.of("EUR", "1.00"), a.id(), "virement");
    Ledger atOnce = Ledger.of(List.of(a), invoices, List.of()).withPaymentsAndAllocations(List.of(x), more);
    assertThat(atOnce.payments()).isEqualTo(viaPayments.payments());
    assertThat(atOnce.allocations()).isEqualTo(viaPayments.allocations());
    assertThat(atOnce.payment(PaymentId.of("X"))).contains(x);
    assertThat(base.withPaymentsAndAllocations(List.of(), more).payments()).isEmpty();
    LedgerColumns fresh = Ledger.of(List.of(a), invoices, List.of(), more).columns();
    for (LedgerColumns d : List.of(derived, viaPayments.columns(), atOnce.columns())) {
      for (int row = 0; row < fresh.size(); row++) {
        for (int day = 20089; day < 20300; day += 7) {
          assertThat(d.paid(row, day)).isEqualTo(fresh.paid(row, day));
        }
        assertThat(d.settledDay(row)).isEqualTo(fresh.settledDay(row));
        assertThat(d.finalDueDay(row)).isEqualTo(fresh.finalDueDay(row));
      }
    }
    assertThat(viaPayments.payment(PaymentId.of("X"))).isPresent();
  }

  /**
   * A ledger given its allocations in several steps ({@link Ledger#withAllocations}, which reuses the
   * base's index) is the same as one given them all at once: the allocations to each invoice in the
   * same order (by date, then source, input order among equals), from each source, the open amounts,
   * the settlement dates and the columns.
   */
  @Property(tries = 80)
  void allocations_added_in_steps_equal_allocations_given_at_once(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int n, @ForAll @IntRange(min = 1, max = 3) int steps) {
    Random r = new Random(seed);
    List<Debtor> debtors = List.of(Debtor.builder(DebtorId.of("A"), "A").build(),
        Debtor.builder(DebtorId.of("B"), "B").build());
    List<Invoice> invoices = new ArrayList<>();
    List<Allocation> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Invoice inv = Invoice.of(InvoiceId.of("F" + i), debtors.get(r.nextInt(2)).id(),
          LocalDate.of(2025, 1, 1).plusDays(r.nextInt(100)), PaymentTerms.parse(TERMS[r.nextInt(TERMS.length)]),
          Money.ofMinor(Money.currency("EUR"), 1_000 + r.nextInt(100_000)));
      invoices.add(inv);
      long left = inv.amount().toMinorUnits();
      for (int k = r.nextInt(4); k > 0 && left > 0; k--) {
        long part = 1 + r.nextInt((int) Math.min(left, Integer.MAX_VALUE - 1));
        left -= part;
        // few dates and sources, so that equal dates and equal sources occur
        all.add(Allocation.ofPayment(PaymentId.of("P" + r.nextInt(5)), inv.id(), Money.ofMinor(inv.amount().currency(),
            part), inv.issueDate().plusDays(r.nextInt(3))));
      }
    }
    java.util.Collections.shuffle(all, r);
    Ledger once = Ledger.of(debtors, invoices, List.of(), all);
    int cut1 = r.nextInt(all.size() + 1);
    int cut2 = steps < 3 ? all.size() : cut1 + r.nextInt(all.size() - cut1 + 1);
    Ledger stepwise = Ledger.of(debtors, invoices, List.of(), all.subList(0, steps == 1 ? all.size() : cut1));
    if (steps > 1) {
      stepwise = stepwise.withAllocations(all.subList(cut1, cut2)).withAllocations(all.subList(cut2, all.size()));
    }
    assertThat(stepwise.allocations()).isEqualTo(once.allocations());
    LocalDate asOf = LocalDate.of(2025, 3, 1);
    for (Invoice inv : invoices) {
      assertThat(stepwise.allocationsTo(inv.id())).as(inv.id().value()).isEqualTo(once.allocationsTo(inv.id()));
      assertThat(stepwise.openAmount(inv.id(), asOf)).isEqualTo(once.openAmount(inv.id(), asOf));
      assertThat(stepwise.settledDate(inv.id())).isEqualTo(once.settledDate(inv.id()));
    }
    for (int p = 0; p < 5; p++) {
      assertThat(stepwise.allocationsFrom(Allocation.Source.PAYMENT, "P" + p))
          .isEqualTo(once.allocationsFrom(Allocation.Source.PAYMENT, "P" + p));
    }
    LedgerColumns a = stepwise.columns();
    LedgerColumns b = once.columns();
    for (int row = 0; row < a.size(); row++) {
      assertThat(a.settledDay(row)).isEqualTo(b.settledDay(row));
      assertThat(a.paid(row, (int) asOf.toEpochDay())).isEqualTo(b.paid(row, (int) asOf.toEpochDay()));
    }
  }

  /**
   * The debtor's open items read from the columns are, item for item, those of {@link
   * Ledger#openItems(Invoice, LocalDate)} over the debtor's invoices in input order (several debtors,
   * installments, explicit due dates, partial payments).
   */
  @Property(tries = 100)
  void open_items_of_a_debtor_agree_with_the_object_view(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 40) int n) {
    Random r = new Random(seed);
    List<Debtor> debtors = List.of(Debtor.builder(DebtorId.of("A"), "A").build(),
        Debtor.builder(DebtorId.of("B"), "B").build(), Debtor.builder(DebtorId.of("C"), "C").build());
    LocalDate base = LocalDate.of(2025, 1, 1);
    // invoices for the first two debtors only: the third has none
    Ledger ledger = randomLedger(r, n, debtors, 2, true);
    List<Invoice> invoices = ledger.invoices();
    LocalDate asOf = base.plusDays(r.nextInt(400));
    List<OpenItem> all = new ArrayList<>();
    for (Debtor d : debtors) {
      List<OpenItem> expected = new ArrayList<>();
      for (Invoice inv : ledger.invoicesOf(d.id())) {
        expected.addAll(ledger.openItems(inv, asOf));
      }
      assertThat(ledger.openItemsOf(d.id(), asOf)).isEqualTo(expected);
    }
    for (Invoice inv : invoices) {
      all.addAll(ledger.openItems(inv, asOf));
    }
    assertThat(ledger.openItems(asOf)).isEqualTo(all);
    assertThat(ledger.openItemsOf(DebtorId.of("unknown"), asOf)).isEmpty();
  }

  /**
   * A ledger of {@code n} random invoices from 2025-01-01 on, for the first {@code usedDebtors}
   * debtors, one in five with an explicit due date, half partly paid; a quarter in GBP when asked.
   */
  static Ledger randomLedger(Random r, int n, List<Debtor> debtors, int usedDebtors, boolean someGbp) {
    List<Invoice> invoices = new ArrayList<>();
    List<Allocation> allocations = new ArrayList<>();
    LocalDate base = LocalDate.of(2025, 1, 1);
    for (int i = 0; i < n; i++) {
      Invoice inv = Invoice.of(InvoiceId.of("F" + i), debtors.get(r.nextInt(usedDebtors)).id(),
          base.plusDays(r.nextInt(200)), PaymentTerms.parse(TERMS[r.nextInt(TERMS.length)]),
          Money.ofMinor(Money.currency(someGbp && r.nextInt(4) == 0 ? "GBP" : "EUR"), 1 + r.nextInt(100_000)));
      if (r.nextInt(5) == 0) {
        inv = inv.withDueDate(inv.issueDate().plusDays(r.nextInt(90)));
      }
      invoices.add(inv);
      if (r.nextBoolean()) {
        long paid = 1 + (long) r.nextInt((int) inv.amount().toMinorUnits());
        allocations.add(Allocation.ofPayment(PaymentId.of("P" + i), inv.id(), Money.ofMinor(inv.amount().currency(), paid),
            inv.issueDate().plusDays(r.nextInt(60))));
      }
    }
    return Ledger.of(debtors, invoices, List.of(), allocations);
  }

  /**
   * The id columns agree with the invoices: the id of every row, the comparison of any two rows'
   * ids (prefixes, case, digits, and ids beyond ASCII, which the columns keep no text for) and the
   * copied text.
   */
  @Property(tries = 200)
  void invoice_id_columns_agree_with_the_invoices(@ForAll long seed, @ForAll @IntRange(min = 1, max = 40) int n,
      @ForAll boolean beyondAscii) {
    Random r = new Random(seed);
    String alphabet = beyondAscii && r.nextInt(3) == 0 ? "aAbB09-/é№" : "aAbB09-/ ";
    Debtor a = Debtor.builder(DebtorId.of("A"), "A").build();
    Debtor b = Debtor.builder(DebtorId.of("B"), "B").build();
    java.util.Set<String> seen = new java.util.HashSet<>();
    List<Invoice> invoices = new ArrayList<>();
    while (invoices.size() < n) {
      StringBuilder id = new StringBuilder("F");
      for (int k = r.nextInt(6); k > 0; k--) {
        id.append(alphabet.charAt(r.nextInt(alphabet.length())));
      }
      String text = id.toString().strip();
      if (seen.add(text)) {
        invoices.add(Invoice.of(InvoiceId.of(text), r.nextBoolean() ? a.id() : b.id(), LocalDate.of(2025, 1, 1),
            PaymentTerms.parse("net 30"), Money.ofMinor(Money.currency("EUR"), 100)));
      }
    }
    LedgerColumns cols = Ledger.of(List.of(a, b), invoices, List.of()).columns();
    boolean ascii = invoices.stream().allMatch(inv -> inv.id().value().chars().allMatch(c -> c < 0x80));
    assertThat(cols.asciiInvoiceIds()).isEqualTo(ascii);
    byte[] buffer = new byte[16];
    for (int x = 0; x < cols.size(); x++) {
      InvoiceId id = cols.invoice(x).id();
      assertThat(cols.invoiceId(x)).isSameAs(id);
      assertThat(cols.invoiceIdLength(x)).isEqualTo(id.value().length());
      if (ascii) {
        int end = cols.copyInvoiceId(x, buffer, 3);
        assertThat(new String(buffer, 3, end - 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(id.value());
      }
      for (int y = 0; y < cols.size(); y++) {
        assertThat(Integer.signum(cols.compareInvoiceIds(x, y)))
            .as("%s vs %s", id, cols.invoice(y).id())
            .isEqualTo(Integer.signum(id.compareTo(cols.invoice(y).id())));
      }
    }
  }

  @Property(tries = 200)
  void the_debtor_id_texts_are_those_of_the_ids(
      @ForAll @net.jqwik.api.constraints.Size(min = 1, max = 12) java.util.Set<@net.jqwik.api.constraints.AlphaChars
          @net.jqwik.api.constraints.Chars({'-', '7', 'é'}) @net.jqwik.api.constraints.StringLength(min = 1, max = 9)
          String> ids) {
    List<Debtor> debtors = ids.stream().filter(id -> !id.isBlank() && id.strip().equals(id))
        .map(id -> Debtor.builder(DebtorId.of(id), "D").build()).toList();
    net.jqwik.api.Assume.that(!debtors.isEmpty());
    LedgerColumns cols = Ledger.of(debtors, List.of(), List.of()).columns();
    boolean ascii = debtors.stream().allMatch(d -> d.id().value().chars().allMatch(c -> c < 0x80));
    assertThat(cols.asciiDebtorIds()).isEqualTo(ascii);
    byte[] buffer = new byte[16];
    for (int k = 0; k < cols.debtorCount(); k++) {
      String id = cols.debtor(k).value();
      assertThat(cols.debtorIdLength(k)).isEqualTo(id.length());
      if (ascii) {
        int end = cols.copyDebtorId(k, buffer, 2);
        assertThat(new String(buffer, 2, end - 2, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo(id);
      } else {
        int index = k;
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> cols.copyDebtorId(index, buffer, 0))
            .isInstanceOf(IllegalStateException.class).hasMessageContaining("not ASCII");
      }
    }
  }

  @org.junit.jupiter.api.Test
  void an_id_beyond_ascii_has_no_text_to_copy() {
    Debtor a = Debtor.builder(DebtorId.of("A"), "A").build();
    LedgerColumns cols = Ledger.of(List.of(a), List.of(Invoice.of(InvoiceId.of("FACTURE-№1"), a.id(),
        LocalDate.of(2025, 1, 1), PaymentTerms.parse("net 30"), Money.of("EUR", "1.00"))), List.of()).columns();
    assertThat(cols.asciiInvoiceIds()).isFalse();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> cols.copyInvoiceId(0, new byte[32], 0))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("not ASCII");
  }
}
