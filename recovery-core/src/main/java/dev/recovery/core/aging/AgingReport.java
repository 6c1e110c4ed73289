package dev.recovery.core.aging;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.OpenItem;
import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Aged receivables as of a date, per currency and per debtor.
 *
 * <p>Immutable and thread-safe. Aging is per installment: each open installment of each invoice
 * ({@link Ledger#openItems(Invoice, LocalDate)}) falls in the bucket of its days past due. Currencies
 * are never mixed. Unapplied credit is reported apart (see {@link AgingTotals}).
 */
public final class AgingReport {

  private final LocalDate asOf;
  private final AgingBuckets buckets;
  private final Map<Currency, AgingTotals> byCurrency;
  private final Map<DebtorId, Map<Currency, AgingTotals>> byDebtor;

  private AgingReport(LocalDate asOf, AgingBuckets buckets, Map<Currency, AgingTotals> byCurrency,
      Map<DebtorId, Map<Currency, AgingTotals>> byDebtor) {
    this.asOf = asOf;
    this.buckets = buckets;
    this.byCurrency = byCurrency;
    this.byDebtor = byDebtor;
  }

  /** Ages the ledger as of {@code asOf} with the given buckets. */
  public static AgingReport compute(Ledger ledger, LocalDate asOf, AgingBuckets buckets) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(buckets, "buckets");
    Map<Currency, Accumulator> total = new HashMap<>();
    Map<DebtorId, Map<Currency, Accumulator>> perDebtor = new HashMap<>();
    for (Invoice invoice : ledger.invoices()) {
      if (invoice.issueDate().isAfter(asOf)) {
        continue;
      }
      Currency currency = invoice.amount().currency();
      if (invoice.isCreditNote()) {
        long unapplied = ledger.openAmount(invoice.id(), asOf).toMinorUnits();
        if (unapplied != 0) {
          total.computeIfAbsent(currency, c -> new Accumulator(buckets.size())).credit += unapplied;
          debtorAcc(perDebtor, invoice.debtorId(), currency, buckets).credit += unapplied;
        }
        continue;
      }
      List<OpenItem> items = ledger.openItems(invoice, asOf);
      if (items.isEmpty()) {
        continue;
      }
      Accumulator t = total.computeIfAbsent(currency, c -> new Accumulator(buckets.size()));
      Accumulator d = debtorAcc(perDebtor, invoice.debtorId(), currency, buckets);
      for (OpenItem item : items) {
        long dpd = item.daysPastDue(asOf);
        int bucket = buckets.indexOf(dpd);
        long open = item.open().toMinorUnits();
        t.add(bucket, open, dpd > 0);
        d.add(bucket, open, dpd > 0);
      }
    }
    for (DebtorId debtor : ledger.debtors().keySet()) {
      for (Map.Entry<Currency, Money> e : ledger.unappliedPayments(debtor, asOf).entrySet()) {
        long unapplied = e.getValue().toMinorUnits();
        if (unapplied > 0) {
          total.computeIfAbsent(e.getKey(), c -> new Accumulator(buckets.size())).credit += unapplied;
          debtorAcc(perDebtor, debtor, e.getKey(), buckets).credit += unapplied;
        }
      }
    }
    Map<DebtorId, Map<Currency, AgingTotals>> debtors = new TreeMap<>();
    perDebtor.forEach((id, map) -> debtors.put(id, freeze(map)));
    return new AgingReport(asOf, buckets, freeze(total), Collections.unmodifiableMap(debtors));
  }

  /** Ages the ledger with the {@linkplain AgingBuckets#standard() standard buckets}. */
  public static AgingReport compute(Ledger ledger, LocalDate asOf) {
    return compute(ledger, asOf, AgingBuckets.standard());
  }

  private static Accumulator debtorAcc(Map<DebtorId, Map<Currency, Accumulator>> perDebtor, DebtorId debtor,
      Currency currency, AgingBuckets buckets) {
    return perDebtor.computeIfAbsent(debtor, k -> new HashMap<>(2))
        .computeIfAbsent(currency, c -> new Accumulator(buckets.size()));
  }

  private static Map<Currency, AgingTotals> freeze(Map<Currency, Accumulator> map) {
    Map<Currency, AgingTotals> result = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    map.forEach((currency, acc) -> result.put(currency, acc.toTotals(currency)));
    return Collections.unmodifiableMap(result);
  }

  /** The as-of date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** The buckets used. */
  public AgingBuckets buckets() {
    return buckets;
  }

  /** The portfolio totals per currency, by currency code. */
  public Map<Currency, AgingTotals> byCurrency() {
    return byCurrency;
  }

  /** The totals per debtor (by id) and currency; debtors with nothing open and no credit are absent. */
  public Map<DebtorId, Map<Currency, AgingTotals>> byDebtor() {
    return byDebtor;
  }

  /** A readable table, one line per currency. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Aging as of ").append(asOf).append('\n');
    for (AgingTotals t : byCurrency.values()) {
      sb.append(t.currency().getCurrencyCode()).append(": open ").append(t.open().toPlainString());
      List<String> labels = buckets.labels();
      for (int i = 0; i < labels.size(); i++) {
        sb.append(", ").append(labels.get(i)).append(' ').append(t.buckets().get(i).toPlainString());
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  /** Sums in minor units, allocation-free in the loop. */
  private static final class Accumulator {
    final long[] buckets;
    long open;
    long overdue;
    long items;
    long overdueItems;
    long credit;

    Accumulator(int size) {
      buckets = new long[size];
    }

    void add(int bucket, long amount, boolean isOverdue) {
      buckets[bucket] += amount;
      open += amount;
      items++;
      if (isOverdue) {
        overdue += amount;
        overdueItems++;
      }
    }

    AgingTotals toTotals(Currency currency) {
      List<Money> amounts = new ArrayList<>(buckets.length);
      for (long b : buckets) {
        amounts.add(Money.ofMinor(currency, b));
      }
      return new AgingTotals(currency, amounts, Money.ofMinor(currency, open), Money.ofMinor(currency, overdue), items,
          overdueItems, Money.ofMinor(currency, credit));
    }
  }
}
