package dev.recovery.core.aging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class AgingProperties {

  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final String[] TERMS = {"net 30", "30 jours fin de mois", "30/60/90 days", "à réception", "2/10 net 30"};
  static final String[] CURRENCIES = {"EUR", "GBP"};

  static List<Invoice> invoices(long seed, int n, List<Debtor> debtors) {
    Random r = new Random(seed);
    List<Invoice> list = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Debtor d = debtors.get(r.nextInt(debtors.size()));
      list.add(Invoice.of(InvoiceId.of("F" + i), d.id(), AS_OF.minusDays(r.nextInt(400)),
          PaymentTerms.parse(TERMS[r.nextInt(TERMS.length)]),
          Money.ofMinor(Money.currency(CURRENCIES[r.nextInt(2)]), 1 + r.nextInt(1_000_000))));
    }
    return list;
  }

  static List<Debtor> debtors() {
    return List.of(Debtor.builder(DebtorId.of("A"), "A").build(), Debtor.builder(DebtorId.of("B"), "B").build());
  }

  @Property(tries = 100)
  void buckets_sum_to_the_open_total_and_order_does_not_matter(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 40) int n) {
    List<Invoice> invoices = invoices(seed, n, debtors());
    AgingReport report = AgingReport.compute(Ledger.of(debtors(), invoices, List.of()), AS_OF);
    for (AgingTotals t : report.byCurrency().values()) {
      Money sum = t.buckets().stream().reduce(Money.zero(t.currency()), Money::plus);
      assertThat(sum).isEqualTo(t.open());
      assertThat(t.overdue().compareTo(t.open())).isLessThanOrEqualTo(0);
    }
    List<Invoice> shuffled = new ArrayList<>(invoices);
    Collections.shuffle(shuffled, new Random(seed));
    AgingReport again = AgingReport.compute(Ledger.of(debtors(), shuffled, List.of()), AS_OF);
    assertThat(again.byCurrency()).isEqualTo(report.byCurrency());
    assertThat(again.byDebtor()).isEqualTo(report.byDebtor());
  }

  @Property(tries = 100)
  void a_payment_never_increases_open_or_overdue(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int n,
      @ForAll @IntRange(min = 0, max = 29) int which, @ForAll @IntRange(min = 1, max = 100) int percent) {
    List<Invoice> invoices = invoices(seed, n, debtors());
    Invoice target = invoices.get(which % n);
    Money paid = target.amount().multipliedBy(java.math.BigDecimal.valueOf(percent, 2), java.math.RoundingMode.DOWN);
    Ledger before = Ledger.of(debtors(), invoices, List.of());
    AgingReport r0 = AgingReport.compute(before, AS_OF);
    if (!paid.isPositive() || target.issueDate().isAfter(AS_OF)) {
      return;
    }
    Ledger after = before.withAllocations(List.of(Allocation.ofPayment(PaymentId.of("P"), target.id(), paid, AS_OF)));
    AgingReport r1 = AgingReport.compute(after, AS_OF);
    for (var e : r0.byCurrency().entrySet()) {
      AgingTotals t1 = r1.byCurrency().get(e.getKey());
      if (t1 == null) {
        continue;
      }
      assertThat(t1.open().compareTo(e.getValue().open())).isLessThanOrEqualTo(0);
      assertThat(t1.overdue().compareTo(e.getValue().overdue())).isLessThanOrEqualTo(0);
    }
  }

  /**
   * Split in any number of parts (aged in parallel), the report is the one-part report: totals per
   * currency and per debtor, with partial payments, credit notes and several debtors.
   */
  @Property(tries = 60)
  void the_parallel_parts_give_the_sequential_report(@ForAll long seed, @ForAll @IntRange(min = 0, max = 60) int n,
      @ForAll @IntRange(min = 2, max = 7) int parts) {
    Random r = new Random(seed);
    List<Debtor> debtors = new ArrayList<>();
    for (int d = 0; d < 5; d++) {
      debtors.add(Debtor.builder(DebtorId.of("D" + d), "D" + d).build());
    }
    List<Invoice> invoices = new ArrayList<>(invoices(seed, n, debtors));
    List<Allocation> allocations = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    for (Invoice inv : List.copyOf(invoices)) {
      if (r.nextInt(3) == 0) {
        Money applied = Money.ofMinor(inv.amount().currency(), 1 + r.nextInt((int) inv.amount().toMinorUnits()));
        allocations.add(Allocation.ofPayment(PaymentId.of("P" + inv.id()), inv.id(), applied,
            inv.issueDate().plusDays(10)));
        // the payment itself, sometimes with more than was applied (a credit the aging reports),
        // sometimes dated after the as-of date (not counted)
        Money extra = Money.ofMinor(inv.amount().currency(), r.nextInt(3) == 0 ? r.nextInt(5_000) : 0);
        payments.add(Payment.of(PaymentId.of("P" + inv.id()), r.nextInt(6) == 0 ? AS_OF.plusDays(3)
            : inv.issueDate().plusDays(10), applied.plus(extra), inv.debtorId(), "payment"));
      }
    }
    if (n > 0) {
      invoices.add(Invoice.creditNote(InvoiceId.of("AV1"), debtors.get(r.nextInt(5)).id(), AS_OF.minusDays(20),
          Money.of("EUR", "15.00"), java.util.Optional.empty()));
      payments.add(Payment.of(PaymentId.of("CHF1"), AS_OF.minusDays(2), Money.of("CHF", "12.00"),
          debtors.get(r.nextInt(5)).id(), "payment in a currency without invoices"));
    }
    Ledger ledger = Ledger.of(debtors, invoices, payments, allocations);
    AgingReport one = AgingReport.compute(ledger, AS_OF, AgingBuckets.standard(), 1);
    AgingReport split = AgingReport.compute(ledger, AS_OF, AgingBuckets.standard(), parts);
    assertThat(split.byCurrency()).isEqualTo(one.byCurrency());
    assertThat(split.byDebtor()).isEqualTo(one.byDebtor());
    assertThat(split.toString()).isEqualTo(one.toString());
  }
}
