package dev.recovery.core.aging;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.LedgerColumns;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.Ledger;
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
import java.util.stream.IntStream;

/**
 * Aged receivables as of a date, per currency and per debtor.
 *
 * <p>Immutable and thread-safe. Aging is per installment: each open installment of each invoice
 * (as {@link Ledger#openItems(Invoice, LocalDate)} gives them) falls in the bucket of its days past due. Currencies
 * are never mixed. Unapplied credit is reported apart (see {@link AgingTotals}).
 */
public final class AgingReport {

  private final LocalDate asOf;
  private final AgingBuckets buckets;
  private final Map<Currency, AgingTotals> byCurrency;
  private final LedgerColumns cols;
  private final Accumulator[] perDebtor;
  private final Map<DebtorId, Map<Currency, Accumulator>> otherCredit;
  private volatile Map<DebtorId, Map<Currency, AgingTotals>> byDebtor;

  private AgingReport(LocalDate asOf, AgingBuckets buckets, Map<Currency, AgingTotals> byCurrency,
      LedgerColumns cols, Accumulator[] perDebtor, Map<DebtorId, Map<Currency, Accumulator>> otherCredit) {
    this.asOf = asOf;
    this.buckets = buckets;
    this.byCurrency = byCurrency;
    this.cols = cols;
    this.perDebtor = perDebtor;
    this.otherCredit = otherCredit;
  }

  /**
   * Ages the ledger as of {@code asOf} with the given buckets.
   *
   * <p>Passes over the ledger's {@linkplain Ledger#columns() columnar view}, summing minor units in
   * primitive accumulators; {@link Money} values are made only for the results. From {@value
   * #PARALLEL_FROM} rows on, the debtors are split in as many parts as there are processors, aged in
   * parallel (the result is the same).
   */
  public static AgingReport compute(Ledger ledger, LocalDate asOf, AgingBuckets buckets) {
    Objects.requireNonNull(ledger, "ledger");
    LedgerColumns cols = ledger.columns();
    return compute(ledger, asOf, buckets, cols.size() < PARALLEL_FROM ? 1
        : Math.min(Runtime.getRuntime().availableProcessors(), cols.debtorCount()));
  }

  /** {@link #compute(Ledger, LocalDate, AgingBuckets)} with the debtors split in {@code parts}. */
  static AgingReport compute(Ledger ledger, LocalDate asOf, AgingBuckets buckets, int parts) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(buckets, "buckets");
    if (parts < 1) {
      throw new IllegalArgumentException("parts must be positive, was " + parts);
    }
    LedgerColumns cols = ledger.columns();
    int currencies = cols.currencyCount();
    int asOfDay = (int) asOf.toEpochDay();
    Accumulator[] perDebtor = new Accumulator[cols.debtorCount() * currencies];
    // Each part owns a range of debtors and reads their rows (adjacent: the columns group rows by
    // debtor), so it writes only its own per-debtor slots, and the sums (integers) are the same
    // whatever the split.
    Accumulator[][] partTotals = new Accumulator[parts][];
    IntStream range = IntStream.range(0, parts);
    (parts > 1 ? range.parallel() : range).forEach(part -> partTotals[part] = agePart(ledger, cols, asOf, asOfDay,
        buckets, perDebtor, (int) ((long) cols.debtorCount() * part / parts),
        (int) ((long) cols.debtorCount() * (part + 1) / parts)));
    Accumulator[] total = new Accumulator[currencies];
    for (Accumulator[] t : partTotals) {
      for (int c = 0; c < currencies; c++) {
        if (t[c] != null) {
          if (total[c] == null) {
            total[c] = new Accumulator(buckets.size());
          }
          total[c].addAll(t[c]);
        }
      }
    }
    Map<Currency, Accumulator> totals = new HashMap<>();
    for (int c = 0; c < currencies; c++) {
      if (total[c] != null) {
        totals.put(cols.currency(c), total[c]);
      }
    }
    // payments in a currency none of the invoices uses have no slot: kept apart
    Map<DebtorId, Map<Currency, Accumulator>> otherCredit = new HashMap<>();
    // what each payment leaves unapplied is read in parallel parts (a lookup of its allocations each),
    // then added in payment order
    List<Payment> payments = ledger.payments();
    long[] unappliedOf = new long[payments.size()];
    int paymentParts = parts == 1 ? 1 : payments.size() >= PARALLEL_PAYMENTS ? parts * 4 : parts;
    IntStream paymentRange = IntStream.range(0, paymentParts);
    (paymentParts > 1 ? paymentRange.parallel() : paymentRange).forEach(part -> {
      for (int i = (int) ((long) payments.size() * part / paymentParts),
          end = (int) ((long) payments.size() * (part + 1) / paymentParts); i < end; i++) {
        unappliedOf[i] = unapplied(ledger, payments.get(i), asOf);
      }
    });
    for (int i = 0; i < unappliedOf.length; i++) {
      long unapplied = unappliedOf[i];
      if (unapplied <= 0) {
        continue;
      }
      Payment payment = payments.get(i);
      Currency currency = payment.amount().currency();
      totals.computeIfAbsent(currency, k -> new Accumulator(buckets.size())).credit += unapplied;
      int c = cols.currencyIndexOf(currency);
      int d = cols.debtorIndexOf(payment.debtorId().get());
      if (c >= 0 && d >= 0) {
        int slot = d * currencies + c;
        (perDebtor[slot] == null ? (perDebtor[slot] = new Accumulator(buckets.size())) : perDebtor[slot]).credit
            += unapplied;
      } else {
        otherCredit.computeIfAbsent(payment.debtorId().get(), k -> new HashMap<>(2))
            .computeIfAbsent(currency, k -> new Accumulator(buckets.size())).credit += unapplied;
      }
    }
    return new AgingReport(asOf, buckets, freeze(totals), cols, perDebtor, otherCredit);
  }

  /**
   * What a payment with a known payer, dated on or before {@code asOf}, leaves unapplied on that date
   * in minor units; zero for a payment without payer or dated later.
   */
  private static long unapplied(Ledger ledger, Payment payment, LocalDate asOf) {
    if (payment.debtorId().isEmpty() || payment.date().isAfter(asOf)) {
      return 0;
    }
    long unapplied = payment.amount().toMinorUnits();
    for (Allocation a : ledger.allocationsFrom(Allocation.Source.PAYMENT, payment.id().value())) {
      if (!a.date().isAfter(asOf)) {
        unapplied -= a.amount().toMinorUnits();
      }
    }
    return unapplied;
  }

  /** Payments from which their unapplied amounts are read in parallel (when the rows are). */
  private static final int PARALLEL_PAYMENTS = 20_000;

  /** Rows from which the aging runs in parallel. */
  private static final int PARALLEL_FROM = 100_000;

  /**
   * Ages the rows of the debtors {@code [firstDebtor, endDebtor)} into their slots of {@code
   * perDebtor}; returns the totals per currency index of those rows.
   */
  private static Accumulator[] agePart(Ledger ledger, LedgerColumns cols, LocalDate asOf, int asOfDay,
      AgingBuckets buckets, Accumulator[] perDebtor, int firstDebtor, int endDebtor) {
    int currencies = cols.currencyCount();
    Accumulator[] total = new Accumulator[currencies];
    for (int row = cols.debtorRowStart(firstDebtor), n = cols.debtorRowStart(endDebtor); row < n; row++) {
      int debtor = cols.debtorIndex(row);
      if (cols.issueDay(row) > asOfDay) {
        continue;
      }
      int c = cols.currencyIndex(row);
      int slot = debtor * currencies + c;
      boolean creditNote = cols.isCreditNote(row);
      // the columns hold allocations *to* a row; a credit note is used up by allocations *from* it,
      // which the ledger tracks (credit notes are few: the object path costs nothing here)
      long paid = creditNote ? 0 : cols.paid(row, asOfDay);
      long open = creditNote ? ledger.openAmount(cols.invoiceId(row), asOf).toMinorUnits() : cols.amount(row) - paid;
      if (open <= 0) {
        continue;
      }
      Accumulator t = total[c] == null ? (total[c] = new Accumulator(buckets.size())) : total[c];
      Accumulator d = perDebtor[slot] == null ? (perDebtor[slot] = new Accumulator(buckets.size())) : perDebtor[slot];
      if (creditNote) {
        t.credit += open;
        d.credit += open;
        continue;
      }
      long covered = paid;
      for (int k = cols.installmentStart(row), end = cols.installmentStart(row + 1); k < end; k++) {
        long part = cols.installmentAmount(k);
        long used = Math.min(covered, part);
        covered -= used;
        long itemOpen = part - used;
        if (itemOpen > 0) {
          long dpd = (long) asOfDay - cols.installmentDueDay(k);
          int bucket = buckets.indexOf(dpd);
          t.add(bucket, itemOpen, dpd > 0);
          d.add(bucket, itemOpen, dpd > 0);
        }
      }
    }
    return total;
  }

  /** Ages the ledger with the {@linkplain AgingBuckets#standard() standard buckets}. */
  public static AgingReport compute(Ledger ledger, LocalDate asOf) {
    return compute(ledger, asOf, AgingBuckets.standard());
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

  /**
   * The totals per debtor (by id, sorted) and currency; debtors with nothing open and no credit are
   * absent. Built on first call (the computation keeps primitive sums until then).
   */
  public Map<DebtorId, Map<Currency, AgingTotals>> byDebtor() {
    Map<DebtorId, Map<Currency, AgingTotals>> result = byDebtor;
    if (result == null) {
      Map<DebtorId, Map<Currency, AgingTotals>> debtors = new TreeMap<>();
      int currencies = cols.currencyCount();
      for (int d = 0; d < cols.debtorCount(); d++) {
        DebtorId id = cols.debtor(d);
        if (otherCredit.containsKey(id)) {
          continue;
        }
        Map<Currency, AgingTotals> one = null;
        for (int c = 0; c < currencies; c++) {
          Accumulator acc = perDebtor[d * currencies + c];
          if (acc != null) {
            if (one == null) {
              one = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
            }
            one.put(cols.currency(c), acc.toTotals(cols.currency(c)));
          }
        }
        if (one != null) {
          debtors.put(id, Collections.unmodifiableMap(one));
        }
      }
      otherCredit.keySet().forEach(id -> debtors.put(id, debtor(id)));
      result = Collections.unmodifiableMap(debtors);
      byDebtor = result;
    }
    return result;
  }

  /** The totals of one debtor per currency (empty when nothing is open and there is no credit). */
  public Map<Currency, AgingTotals> debtor(DebtorId debtor) {
    Map<Currency, Accumulator> map = new HashMap<>(otherCredit.getOrDefault(debtor, Map.of()));
    int d = cols.debtorIndexOf(debtor);
    int currencies = cols.currencyCount();
    for (int c = 0; d >= 0 && c < currencies; c++) {
      Accumulator acc = perDebtor[d * currencies + c];
      if (acc != null) {
        map.put(cols.currency(c), acc);
      }
    }
    return map.isEmpty() ? Map.of() : freeze(map);
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

    void addAll(Accumulator other) {
      for (int i = 0; i < buckets.length; i++) {
        buckets[i] += other.buckets[i];
      }
      open += other.open;
      overdue += other.overdue;
      items += other.items;
      overdueItems += other.overdueItems;
      credit += other.credit;
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
