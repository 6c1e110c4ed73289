package dev.recovery.core.aging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.OpenItem;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;

/**
 * Aging and KPIs against independent computations on the object view of the ledger
 * ({@link Ledger#openItems(LocalDate)}, {@link Ledger#openAmount}, {@link Ledger#balance}), over
 * random ledgers with installments, explicit due dates, partial payments, applied and unapplied credit
 * notes, unapplied payments and two currencies.
 */
class AgingOracleProperties {

  static final LocalDate BASE = LocalDate.of(2025, 1, 1);
  static final String[] TERMS = {"net 30", "30/60/90 days", "45 days end of month", "à réception", "net 60"};
  static final List<Debtor> DEBTORS = List.of(Debtor.builder(DebtorId.of("A"), "A").build(),
      Debtor.builder(DebtorId.of("B"), "B").build(), Debtor.builder(DebtorId.of("C"), "C").build());

  /** A random but consistent ledger, fully determined by the seed. */
  static Ledger ledger(long seed, int n) {
    Random r = new Random(seed);
    List<Invoice> invoices = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    List<Allocation> allocations = new ArrayList<>();
    Map<String, Long> open = new HashMap<>();
    for (int i = 0; i < n; i++) {
      Debtor d = DEBTORS.get(r.nextInt(DEBTORS.size()));
      Currency currency = Money.currency(r.nextInt(3) == 0 ? "GBP" : "EUR");
      LocalDate issue = BASE.plusDays(r.nextInt(240));
      Money amount = Money.ofMinor(currency, 1 + r.nextInt(500_000));
      if (r.nextInt(8) == 0) {
        invoices.add(Invoice.creditNote(InvoiceId.of("C" + i), d.id(), issue, amount, Optional.empty()));
        continue;
      }
      Invoice inv = Invoice.of(InvoiceId.of("F" + i), d.id(), issue, PaymentTerms.parse(TERMS[r.nextInt(TERMS.length)]),
          amount);
      if (r.nextInt(5) == 0) {
        inv = inv.withDueDate(issue.plusDays(r.nextInt(90)));
      }
      invoices.add(inv);
      open.put(inv.id().value(), amount.toMinorUnits());
      int parts = r.nextInt(3);
      for (int p = 0; p < parts && open.get(inv.id().value()) > 0; p++) {
        long left = open.get(inv.id().value());
        long paid = r.nextBoolean() ? left : 1 + (long) (r.nextDouble() * left);
        LocalDate date = issue.plusDays(r.nextInt(150));
        String pid = "P" + i + "-" + p;
        long extra = r.nextInt(4) == 0 ? r.nextInt(10_000) : 0; // over-payment left unapplied
        payments.add(Payment.of(PaymentId.of(pid), date, Money.ofMinor(currency, paid + extra), d.id(), null));
        allocations.add(Allocation.ofPayment(PaymentId.of(pid), inv.id(), Money.ofMinor(currency, paid), date));
        open.put(inv.id().value(), left - paid);
      }
    }
    // apply some credit notes, in part, to an open invoice of the same debtor and currency
    for (Invoice cn : invoices) {
      if (!cn.isCreditNote() || r.nextBoolean()) {
        continue;
      }
      for (Invoice inv : invoices) {
        long left = open.getOrDefault(inv.id().value(), 0L);
        if (!inv.isCreditNote() && inv.debtorId().equals(cn.debtorId())
            && inv.amount().currency().equals(cn.amount().currency()) && left > 0) {
          long used = Math.min(left, cn.amount().toMinorUnits() / (1 + r.nextInt(2)));
          if (used > 0) {
            LocalDate date = (cn.issueDate().isAfter(inv.issueDate()) ? cn.issueDate() : inv.issueDate())
                .plusDays(r.nextInt(30));
            allocations.add(new Allocation(Allocation.Source.CREDIT_NOTE, cn.id().value(), inv.id(),
                Money.ofMinor(cn.amount().currency(), used), date));
            open.put(inv.id().value(), left - used);
          }
          break;
        }
      }
    }
    // a payment of a known debtor not applied at all
    if (r.nextBoolean()) {
      payments.add(Payment.of(PaymentId.of("U"), BASE.plusDays(r.nextInt(300)),
          Money.ofMinor(Money.currency("EUR"), 1 + r.nextInt(50_000)), DEBTORS.get(0).id(), null));
    }
    return Ledger.of(DEBTORS, invoices, payments, allocations);
  }

  /** The bucket of {@code dpd} found by a linear scan over the ranges [1..b1], [b1+1..b2], ..., (bn..). */
  static int linearBucket(int[] bounds, long dpd) {
    if (dpd <= 0) {
      return 0;
    }
    long from = 1;
    for (int i = 0; i < bounds.length; i++) {
      if (dpd >= from && dpd <= bounds[i]) {
        return i + 1;
      }
      from = bounds[i] + 1L;
    }
    return bounds.length + 1;
  }

  static int[] bounds(List<Integer> raw) {
    return new TreeSet<>(raw).stream().mapToInt(Integer::intValue).toArray();
  }

  @Property(tries = 200)
  void every_days_past_due_falls_in_exactly_one_bucket(
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 400) Integer> raw,
      @ForAll @LongRange(min = -100, max = 1000) long dpd) {
    int[] b = bounds(raw);
    AgingBuckets buckets = AgingBuckets.of(b);
    int containing = 0;
    int found = -1;
    long from = 1;
    if (dpd <= 0) {
      containing++;
      found = 0;
    }
    for (int i = 0; i < b.length; i++) {
      if (dpd >= from && dpd <= b[i]) {
        containing++;
        found = i + 1;
      }
      from = b[i] + 1L;
    }
    if (dpd > b[b.length - 1]) {
      containing++;
      found = b.length + 1;
    }
    assertThat(containing).isEqualTo(1);
    assertThat(buckets.indexOf(dpd)).isEqualTo(found);
    assertThat(buckets.labels()).hasSize(buckets.size());
    assertThat(AgingBuckets.parse(buckets.toString())).isEqualTo(buckets);
  }

  @Property(tries = 150)
  void aging_agrees_with_the_open_items_of_the_ledger(@ForAll long seed, @ForAll @IntRange(min = 0, max = 40) int n,
      @ForAll @IntRange(min = 0, max = 400) int asOfOffset,
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = 1, max = 200) Integer> raw) {
    Ledger ledger = ledger(seed, n);
    LocalDate asOf = BASE.plusDays(asOfOffset);
    int[] b = bounds(raw);
    AgingReport report = AgingReport.compute(ledger, asOf, AgingBuckets.of(b));

    // oracle: every open item in exactly one bucket, summed per currency and per debtor and currency
    Map<Currency, long[]> total = new HashMap<>();
    Map<DebtorId, Map<Currency, long[]>> perDebtor = new HashMap<>();
    for (OpenItem item : ledger.openItems(asOf)) {
      Currency c = item.open().currency();
      int bucket = linearBucket(b, item.daysPastDue(asOf));
      for (long[] acc : List.of(total.computeIfAbsent(c, k -> new long[b.length + 4]),
          perDebtor.computeIfAbsent(item.debtorId(), k -> new HashMap<>()).computeIfAbsent(c, k -> new long[b.length + 4]))) {
        acc[bucket] += item.open().toMinorUnits();
        acc[b.length + 2]++;
        if (item.isOverdue(asOf)) {
          acc[b.length + 3]++;
        }
      }
    }
    total.forEach((c, acc) -> assertTotals(report.byCurrency().get(c), acc, b.length));
    perDebtor.forEach((d, map) -> map.forEach((c, acc) -> assertTotals(report.byDebtor().get(d).get(c), acc, b.length)));

    for (Map.Entry<Currency, AgingTotals> e : report.byCurrency().entrySet()) {
      AgingTotals t = e.getValue();
      // bucket amounts sum to the open total; overdue = open less the not-due bucket
      assertThat(t.buckets().stream().reduce(Money.zero(t.currency()), Money::plus)).isEqualTo(t.open());
      assertThat(t.overdue()).isEqualTo(t.open().minus(t.buckets().get(0)));
    }
    // each debtor's net (open less unapplied credit notes and payments) is the ledger's balance
    for (Debtor d : DEBTORS) {
      Map<Currency, AgingTotals> mine = report.debtor(d.id());
      Map<Currency, Money> balance = ledger.balance(d.id(), asOf);
      for (Currency c : List.of(Money.currency("EUR"), Money.currency("GBP"))) {
        Money expected = balance.getOrDefault(c, Money.zero(c));
        Money actual = mine.containsKey(c) ? mine.get(c).net() : Money.zero(c);
        assertThat(actual).as(d.id() + " " + c).isEqualTo(expected);
      }
      assertThat(report.byDebtor().getOrDefault(d.id(), Map.of())).isEqualTo(mine);
    }
  }

  private static void assertTotals(AgingTotals t, long[] acc, int boundCount) {
    assertThat(t).isNotNull();
    for (int i = 0; i < boundCount + 2; i++) {
      assertThat(t.buckets().get(i).toMinorUnits()).as("bucket " + i).isEqualTo(acc[i]);
    }
    assertThat(t.openItems()).isEqualTo(acc[boundCount + 2]);
    assertThat(t.overdueItems()).isEqualTo(acc[boundCount + 3]);
  }

  @Property(tries = 150)
  void kpi_inputs_agree_with_the_ledger_and_do_not_depend_on_order(@ForAll long seed,
      @ForAll @IntRange(min = 0, max = 40) int n, @ForAll @IntRange(min = 0, max = 400) int asOfOffset,
      @ForAll @IntRange(min = 1, max = 120) int periodDays) {
    Ledger ledger = ledger(seed, n);
    LocalDate asOf = BASE.plusDays(asOfOffset);
    LocalDate start = asOf.minusDays(periodDays - 1L);
    Map<Currency, Kpis> kpis = KpiCalculator.compute(ledger, asOf, periodDays);
    AgingReport aging = AgingReport.compute(ledger, asOf);

    Map<Currency, Money> arEnd = new HashMap<>();
    Map<Currency, Money> arStart = new HashMap<>();
    Map<Currency, Money> sales = new HashMap<>();
    for (Invoice inv : ledger.invoices()) {
      if (inv.issueDate().isAfter(asOf)) {
        continue;
      }
      Currency c = inv.amount().currency();
      Money zero = Money.zero(c);
      arEnd.putIfAbsent(c, zero);
      arStart.putIfAbsent(c, zero);
      sales.putIfAbsent(c, zero);
      if (!inv.issueDate().isBefore(start)) {
        sales.merge(c, inv.isCreditNote() ? inv.amount().negated() : inv.amount(), Money::plus);
      }
      if (inv.isCreditNote()) {
        continue;
      }
      arEnd.merge(c, ledger.openAmount(inv.id(), asOf), Money::plus);
      if (inv.issueDate().isBefore(start)) {
        arStart.merge(c, ledger.openAmount(inv.id(), start.minusDays(1)), Money::plus);
      }
    }
    assertThat(kpis.keySet()).isEqualTo(arEnd.keySet());
    for (Map.Entry<Currency, Kpis> e : kpis.entrySet()) {
      Kpis k = e.getValue();
      Currency c = e.getKey();
      assertThat(k.receivablesAtEnd()).isEqualTo(arEnd.get(c));
      assertThat(k.receivablesAtStart()).isEqualTo(arStart.get(c));
      assertThat(k.creditSales()).isEqualTo(sales.get(c));
      assertThat(k.currentAtEnd().plus(k.overdueAtEnd())).isEqualTo(k.receivablesAtEnd());
      AgingTotals t = aging.byCurrency().get(c);
      Money open = t == null ? Money.zero(c) : t.open();
      Money overdue = t == null ? Money.zero(c) : t.overdue();
      assertThat(k.receivablesAtEnd()).isEqualTo(open);
      assertThat(k.overdueAtEnd()).isEqualTo(overdue);
      // absent exactly when the denominator is zero (or not positive), never NaN nor an exception
      assertThat(k.dsoStandard().isPresent()).isEqualTo(k.creditSales().isPositive());
      assertThat(k.percentOverdue().isPresent()).isEqualTo(open.isPositive());
      k.percentOverdue().ifPresent(p -> assertThat(p).isBetween(java.math.BigDecimal.ZERO, new java.math.BigDecimal("100.00")));
      k.weightedDaysLate().ifPresent(late -> assertThat(late).isLessThanOrEqualTo(k.weightedDaysToPay().orElseThrow()));
    }

    List<Invoice> shuffled = new ArrayList<>(ledger.invoices());
    Collections.shuffle(shuffled, new Random(seed));
    Ledger reordered = Ledger.of(ledger.debtors().values(), shuffled, ledger.payments(), ledger.allocations());
    assertThat(KpiCalculator.compute(reordered, asOf, periodDays)).isEqualTo(kpis);
    assertThat(AgingReport.compute(reordered, asOf).byCurrency()).isEqualTo(aging.byCurrency());
    assertThat(AgingReport.compute(reordered, asOf).byDebtor()).isEqualTo(aging.byDebtor());
  }
}
