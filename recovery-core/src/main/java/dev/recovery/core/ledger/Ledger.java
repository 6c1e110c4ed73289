package dev.recovery.core.ledger;

import dev.recovery.core.money.Money;
import dev.recovery.core.terms.Installment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The receivables ledger: debtors, invoices and credit notes, payments, and the allocations that
 * apply payments, credit notes and write-offs to invoices.
 *
 * <p>Immutable and thread-safe. Every balance is computed as of an explicit date: an allocation
 * counts from its date on, an invoice from its issue date on. Construction checks consistency: every
 * invoice's debtor exists, every allocation names a known invoice in the same currency, and no
 * invoice is allocated beyond its amount.
 */
public final class Ledger {

  private final Map<DebtorId, Debtor> debtors;
  /** The same debtors in the same order, as a list (a run over every debtor reads it by position). */
  private final List<Debtor> debtorList;
  private final List<Invoice> invoices;
  private final InvoiceIndex invoiceById;
  private final List<Payment> payments;
  private final PaymentIndex paymentIndex;
  private final List<Allocation> allocations;
  /** The allocations to each invoice, by row (position in {@link #invoices}), each row's by date. */
  private final AllocationsByRow allocationsByRow;
  private final SourceIndex allocationsBySource;
  private volatile LedgerColumns columns;
  /**
   * The first columnar view built among the ledgers derived from the same parties (same debtors and
   * invoices): its invoice side (due dates, amounts, debtor indexes) is shared by the others.
   */
  private final SharedColumns shared;

  /** Holds the first columnar view built for a set of parties. */
  private static final class SharedColumns {
    volatile LedgerColumns first;
  }

  private Ledger(Collection<Debtor> debtors, Collection<Invoice> invoices, Collection<Payment> payments,
      Collection<Allocation> allocations) {
    Map<DebtorId, Debtor> d = new LinkedHashMap<>();
    for (Debtor debtor : debtors) {
      if (d.put(debtor.id(), debtor) != null) {
        throw new IllegalArgumentException("debtor " + debtor.id() + " appears twice");
      }
    }
    this.debtors = Collections.unmodifiableMap(d);
    this.debtorList = List.copyOf(d.values());
    this.invoices = List.copyOf(invoices);
    InvoiceIndex byId = new InvoiceIndex(this.invoices);
    for (Invoice invoice : this.invoices) {
      if (!d.containsKey(invoice.debtorId())) {
        throw new IllegalArgumentException("invoice " + invoice.id() + " names unknown debtor " + invoice.debtorId());
      }
    }
    this.invoiceById = byId;
    this.payments = List.copyOf(payments);
    this.paymentIndex = new PaymentIndex(this.payments);
    AllocationIndex index = AllocationIndex.of(allocations, byId, this.invoices, null, null, false);
    this.allocations = index.all();
    this.allocationsByRow = index.byRow();
    this.allocationsBySource = index.bySource();
    this.shared = new SharedColumns();
  }

  /**
   * A ledger with the debtors and invoices of {@code base} (shared, they are immutable), these
   * payments (the base's own index when {@code payments} is null) and these allocations.
   */
  private Ledger(Ledger base, Collection<Payment> payments, Collection<Allocation> allocations) {
    this.debtors = base.debtors;
    this.debtorList = base.debtorList;
    this.invoices = base.invoices;
    this.invoiceById = base.invoiceById;
    // the payment index, the allocations by invoice and by source are independent: built at once
    // when large (a day's reconciliation applied to a ledger of millions of items), with the errors a
    // one-by-one build gives (the payments' first)
    boolean overlap = allocations.size() + (payments == null ? 0 : payments.size()) >= PARALLEL_INDEXES;
    java.util.concurrent.ForkJoinTask<Object> paymentSide = null;
    PaymentIndex paymentsById = null;
    if (payments == null) {
      this.payments = base.payments;
      paymentsById = base.paymentIndex;
    } else {
      List<Payment> copy = List.copyOf(payments);
      this.payments = copy;
      if (overlap) {
        paymentSide = java.util.concurrent.ForkJoinTask.adapt(() -> indexOrFailure(copy)).fork();
      } else {
        paymentsById = new PaymentIndex(copy);
      }
    }
    AllocationIndex index = null;
    RuntimeException allocationFailure = null;
    try {
      index = AllocationIndex.of(allocations, invoiceById, invoices, base.allocations.isEmpty() ? null : base,
          base.shared.first, overlap);
    } catch (RuntimeException e) {
      allocationFailure = e; // the payments' error, if any, comes first
    }
    if (paymentSide != null) {
      Object side = paymentSide.join();
      if (side instanceof RuntimeException failure) {
        throw failure; // as thrown (a join would wrap it)
      }
      paymentsById = (PaymentIndex) side;
    }
    if (allocationFailure != null) {
      throw allocationFailure;
    }
    this.paymentIndex = paymentsById;
    this.allocations = index.all();
    this.allocationsByRow = index.byRow();
    this.allocationsBySource = index.bySource();
    this.shared = base.shared;
  }

  /** Payments and allocations from which a derived ledger builds its indexes at once. */
  private static final int PARALLEL_INDEXES = 50_000;

  /** The index of {@code payments}, or the exception its construction threw. */
  private static Object indexOrFailure(List<Payment> payments) {
    try {
      return new PaymentIndex(payments);
    } catch (RuntimeException e) {
      return e;
    }
  }

  /**
   * The allocations to each invoice in primitive arrays: row {@code r}'s are {@code items[start[r] ..
   * start[r + 1])}, by date then source id, with their epoch days and amounts in minor units, and
   * {@code rowOf[k]} is the row of {@code all.get(k)}. Some 4 bytes per invoice and 20 per
   * allocation, against some 80 per allocated invoice for a map of lists.
   */
  record AllocationsByRow(int[] start, Allocation[] items, int[] day, long[] minor, int[] rowOf) {

    List<Allocation> of(int row) {
      int from = start[row];
      int to = start[row + 1];
      return from == to ? List.of() : Collections.unmodifiableList(Arrays.asList(items).subList(from, to));
    }
  }

  /** The allocations indexed by invoice and by source, validated against the invoices. */
  private record AllocationIndex(List<Allocation> all, AllocationsByRow byRow,
      SourceIndex bySource) {

    /**
     * Indexes {@code allocations}; when {@code base} is given, they start with the base ledger's
     * allocations, whose rows, order and validation are taken from it, so only the others are
     * looked up and only the invoices they touch are checked again. When the invoices' columnar view
     * {@code cols} is built, currencies and amounts are read from it (not from each invoice object).
     * With {@code parallel}, the index by source is built alongside the rest.
     */
    static AllocationIndex of(Collection<Allocation> allocations, InvoiceIndex byId, List<Invoice> invoices,
        Ledger base, LedgerColumns cols, boolean parallel) {
      List<Allocation> all = List.copyOf(allocations);
      java.util.concurrent.ForkJoinTask<SourceIndex> bySource = parallel
          ? java.util.concurrent.ForkJoinTask.adapt(() -> new SourceIndex(all)).fork() : null;
      int n = invoices.size();
      int m = all.size();
      int known = base == null ? 0 : base.allocations.size();
      int[] rowOf = new int[m];
      int[] start = new int[n + 1];
      boolean[] touched = new boolean[n];
      if (known > 0) {
        System.arraycopy(base.allocationsByRow.rowOf(), 0, rowOf, 0, known);
        int[] baseStart = base.allocationsByRow.start();
        for (int r = 0; r < n; r++) {
          start[r + 1] = baseStart[r + 1] - baseStart[r];
        }
      }
      byId.rowsOf(all, known, m, rowOf);
      for (int k = known; k < m; k++) {
        Allocation a = all.get(k);
        int row = rowOf[k];
        if (row < 0) {
          throw new IllegalArgumentException("allocation from " + a.sourceId() + " names unknown invoice "
              + a.invoiceId());
        }
        if (cols != null ? !cols.currency(cols.currencyIndex(cols.rowOfInput(row))).equals(a.amount().currency())
            : !invoices.get(row).amount().currency().equals(a.amount().currency())) {
          Invoice invoice = invoices.get(row);
          throw new IllegalArgumentException("allocation from " + a.sourceId() + " to " + a.invoiceId()
              + " is in " + a.amount().currencyCode() + " but the invoice is in " + invoice.amount().currencyCode());
        }
        start[row + 1]++;
        touched[row] = true;
      }
      for (int r = 0; r < n; r++) {
        start[r + 1] += start[r];
      }
      Allocation[] items = new Allocation[m];
      int[] day = new int[m];
      long[] minor = new long[m];
      int[] next = Arrays.copyOf(start, n);
      if (known > 0) {
        // the base's rows keep their order; the new allocations go after them, then touched rows are sorted
        AllocationsByRow b = base.allocationsByRow;
        for (int r = 0; r < n; r++) {
          int from = b.start()[r];
          int count = b.start()[r + 1] - from;
          if (count > 0) {
            System.arraycopy(b.items(), from, items, next[r], count);
            System.arraycopy(b.day(), from, day, next[r], count);
            System.arraycopy(b.minor(), from, minor, next[r], count);
            next[r] += count;
          }
        }
      }
      for (int k = known; k < m; k++) {
        Allocation a = all.get(k);
        int at = next[rowOf[k]]++;
        items[at] = a;
        day[at] = (int) a.date().toEpochDay();
        minor[at] = a.amount().toMinorUnits();
      }
      for (int r = 0; r < n; r++) {
        if (touched[r] || known == 0 && start[r + 1] > start[r]) {
          long amount = cols != null ? cols.amount(cols.rowOfInput(r)) : invoices.get(r).amount().toMinorUnits();
          check(invoices, r, amount, items, day, minor, start[r], start[r + 1]);
        }
      }
      return new AllocationIndex(all, new AllocationsByRow(start, items, day, minor, rowOf),
          bySource == null ? new SourceIndex(all) : bySource.join());
    }

    /**
     * Checks that an invoice is not allocated more than its amount, and puts its allocations in
     * order: by date, then source id (a stable sort: allocations alike keep their input order).
     */
    private static void check(List<Invoice> invoices, int row, long amount, Allocation[] items, int[] day,
        long[] minor, int from, int to) {
      // the allocations of a row are in its currency (checked when placed): add minor units
      long sum = minor[from];
      for (int k = from + 1; k < to; k++) {
        sum = Math.addExact(sum, minor[k]);
      }
      if (sum > amount) {
        Invoice invoice = invoices.get(row);
        Money total = Money.ofMinor(invoice.amount().currency(), sum);
        throw new IllegalArgumentException("invoice " + invoice.id() + " is allocated " + total
            + ", more than its amount " + invoice.amount());
      }
      if (to - from > 1) {
        Allocation[] sorted = Arrays.copyOfRange(items, from, to);
        Arrays.sort(sorted, Comparator.comparing(Allocation::date).thenComparing(Allocation::sourceId));
        for (int k = 0; k < sorted.length; k++) {
          items[from + k] = sorted[k];
          day[from + k] = (int) sorted[k].date().toEpochDay();
          minor[from + k] = sorted[k].amount().toMinorUnits();
        }
      }
    }
  }

  /** A ledger of these debtors, invoices, payments and allocations. */
  public static Ledger of(Collection<Debtor> debtors, Collection<Invoice> invoices, Collection<Payment> payments,
      Collection<Allocation> allocations) {
    Objects.requireNonNull(debtors, "debtors");
    Objects.requireNonNull(invoices, "invoices");
    Objects.requireNonNull(payments, "payments");
    Objects.requireNonNull(allocations, "allocations");
    return new Ledger(debtors, invoices, payments, allocations);
  }

  /** A ledger with no allocations yet (before reconciliation). */
  public static Ledger of(Collection<Debtor> debtors, Collection<Invoice> invoices, Collection<Payment> payments) {
    return of(debtors, invoices, payments, List.of());
  }

  /** This ledger with more allocations (for example the output of reconciliation). */
  public Ledger withAllocations(Collection<Allocation> more) {
    return withPaymentsAndAllocations(List.of(), more);
  }

  /** This ledger with more payments (the debtors, invoices and their columnar view are shared). */
  public Ledger withPayments(Collection<Payment> more) {
    List<Payment> all = new ArrayList<>(payments);
    all.addAll(more);
    return new Ledger(this, all, allocations);
  }

  /**
   * This ledger with more payments and more allocations, built once: what {@code
   * withPayments(payments).withAllocations(allocations)} gives, without indexing the ledger's own
   * allocations twice (the debtors, invoices and their columnar view are shared).
   */
  public Ledger withPaymentsAndAllocations(Collection<Payment> morePayments, Collection<Allocation> moreAllocations) {
    List<Allocation> all = new ArrayList<>(allocations);
    all.addAll(moreAllocations);
    if (morePayments.isEmpty()) {
      return new Ledger(this, null, all);
    }
    List<Payment> withMore = new ArrayList<>(payments);
    withMore.addAll(morePayments);
    return new Ledger(this, withMore, all);
  }

  /**
   * The columnar view of the invoices for hot paths, built on first use and then kept (the ledger is
   * immutable, so the view never goes stale). Ledgers derived with {@link #withAllocations} and
   * {@link #withPayments} share the invoice side of the first view built among them, and only read
   * their own allocations.
   */
  public LedgerColumns columns() {
    LedgerColumns c = columns;
    if (c == null) {
      synchronized (this) {
        c = columns;
        if (c == null) {
          LedgerColumns first = shared.first;
          if (first == null) {
            c = new LedgerColumns(this);
            shared.first = c;
          } else {
            c = new LedgerColumns(first, this);
          }
          columns = c;
        }
      }
    }
    return c;
  }

  /** The debtors by id, in input order. */
  public Map<DebtorId, Debtor> debtors() {
    return debtors;
  }

  /**
   * The debtors in input order (the order of {@link #debtors()}'s values) as an immutable list:
   * position {@code k} is the debtor at index {@code k} of the columnar view ({@link
   * LedgerColumns#debtor(int)}).
   */
  public List<Debtor> debtorList() {
    return debtorList;
  }

  /** The debtor with that id. */
  public Optional<Debtor> debtor(DebtorId id) {
    return Optional.ofNullable(debtors.get(id));
  }

  /** Every invoice and credit note, in input order. */
  public List<Invoice> invoices() {
    return invoices;
  }

  /** The invoice or credit note with that id. */
  public Optional<Invoice> invoice(InvoiceId id) {
    return Optional.ofNullable(invoiceById.get(id));
  }

  /**
   * The debtor's invoices and credit notes, in input order: a view of the {@linkplain #columns()
   * columnar view}'s rows of the debtor (built on first use), so the ledger keeps no list per debtor.
   */
  public List<Invoice> invoicesOf(DebtorId debtor) {
    LedgerColumns c = columns();
    int d = c.debtorIndexOf(debtor);
    return d < 0 ? List.of() : c.invoicesOf(d);
  }

  /** Every payment, in input order. */
  public List<Payment> payments() {
    return payments;
  }

  /** The payment with that id. */
  public Optional<Payment> payment(PaymentId id) {
    return Optional.ofNullable(paymentIndex.get(id));
  }

  /** The payments the host attributed to the debtor (with a debtor id), in input order. */
  public List<Payment> paymentsOf(DebtorId debtor) {
    return paymentIndex.of(debtor);
  }

  /** Every allocation, in input order. */
  public List<Allocation> allocations() {
    return allocations;
  }

  /** The allocations by row (each row's by date), for the columnar view. */
  AllocationsByRow allocationsByRow() {
    return allocationsByRow;
  }

  /** The row (position in {@link #invoices()}) of the invoice with that id, or -1. */
  int rowOf(InvoiceId id) {
    return invoiceById.rowOf(id);
  }

  /** The allocations to one invoice, by date. */
  public List<Allocation> allocationsTo(InvoiceId invoice) {
    int row = invoiceById.rowOf(invoice);
    return row < 0 ? List.of() : allocationsByRow.of(row);
  }

  /** The allocations made from one source (a payment, a credit note or a write-off). */
  public List<Allocation> allocationsFrom(Allocation.Source source, String sourceId) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceId, "sourceId");
    return allocationsBySource.of(source, sourceId);
  }

  /** What has been applied to the invoice up to and including {@code asOf}. */
  public Money allocatedTo(InvoiceId id, LocalDate asOf) {
    Invoice invoice = require(id);
    Money total = Money.zero(invoice.amount().currency());
    for (Allocation a : allocationsTo(id)) {
      if (!a.date().isAfter(asOf)) {
        total = total.plus(a.amount());
      }
    }
    return total;
  }

  /**
   * What remains open on the invoice as of {@code asOf}: its amount less what was applied to it up to
   * that date; zero before its issue date. For a credit note: what has not yet been applied.
   */
  public Money openAmount(InvoiceId id, LocalDate asOf) {
    Invoice invoice = require(id);
    if (invoice.issueDate().isAfter(asOf)) {
      return Money.zero(invoice.amount().currency());
    }
    if (invoice.isCreditNote()) {
      Money used = Money.zero(invoice.amount().currency());
      for (Allocation a : allocationsFrom(Allocation.Source.CREDIT_NOTE, id.value())) {
        if (!a.date().isAfter(asOf)) {
          used = used.plus(a.amount());
        }
      }
      return invoice.amount().minus(used);
    }
    return invoice.amount().minus(allocatedTo(id, asOf));
  }

  /**
   * The date the invoice became fully settled (the date of the allocation that completed it), if it
   * is settled.
   */
  public Optional<LocalDate> settledDate(InvoiceId id) {
    Invoice invoice = require(id);
    Money total = Money.zero(invoice.amount().currency());
    for (Allocation a : allocationsTo(id)) {
      total = total.plus(a.amount());
      if (total.compareTo(invoice.amount()) >= 0) {
        return Optional.of(a.date());
      }
    }
    return Optional.empty();
  }

  /**
   * The open installments of the invoice as of {@code asOf}: what was applied settles the earliest
   * installments first. Empty for credit notes, settled invoices and invoices issued after
   * {@code asOf}.
   */
  public List<OpenItem> openItems(Invoice invoice, LocalDate asOf) {
    if (invoice.isCreditNote() || invoice.issueDate().isAfter(asOf)) {
      return List.of();
    }
    Money paid = allocatedTo(invoice.id(), asOf);
    if (paid.compareTo(invoice.amount()) >= 0) {
      return List.of();
    }
    List<Installment> installments = invoice.installments();
    List<OpenItem> items = new ArrayList<>(installments.size());
    Money remainingPaid = paid;
    for (Installment inst : installments) {
      Money covered = remainingPaid.min(inst.amount());
      remainingPaid = remainingPaid.minus(covered);
      Money open = inst.amount().minus(covered);
      if (open.isPositive()) {
        items.add(new OpenItem(invoice, inst.number(), inst.dueDate(), inst.amount(), open));
      }
    }
    return items;
  }

  /** Every open installment of every invoice as of {@code asOf}, in invoice input order. */
  public List<OpenItem> openItems(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    LedgerColumns c = columns();
    List<OpenItem> items = new ArrayList<>();
    for (int i = 0; i < c.size(); i++) {
      c.addOpenItems(c.rowOfInput(i), asOf, items);
    }
    return items;
  }

  /**
   * The debtor's open installments as of {@code asOf}, in invoice input order. Reads the columnar
   * view, so the installments' due dates are computed once per ledger, not once per call.
   */
  public List<OpenItem> openItemsOf(DebtorId debtor, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(debtor, "debtor");
    LedgerColumns c = columns();
    int d = c.debtorIndexOf(debtor);
    if (d < 0) {
      return List.of();
    }
    List<OpenItem> items = new ArrayList<>();
    for (int row = c.debtorRowStart(d); row < c.debtorRowStart(d + 1); row++) {
      c.addOpenItems(row, asOf, items);
    }
    return items;
  }

  /**
   * What the debtor's payments (attributed by debtor id) received up to {@code asOf} have not yet
   * been applied to any invoice: unapplied cash, per currency.
   */
  public Map<Currency, Money> unappliedPayments(DebtorId debtor, LocalDate asOf) {
    Map<Currency, Money> result = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    for (Payment p : paymentsOf(debtor)) {
      if (p.date().isAfter(asOf)) {
        continue;
      }
      Money left = p.amount();
      for (Allocation a : allocationsFrom(Allocation.Source.PAYMENT, p.id().value())) {
        if (!a.date().isAfter(asOf)) {
          left = left.minus(a.amount());
        }
      }
      if (!left.isZero()) {
        result.merge(left.currency(), left, Money::plus);
      }
    }
    return result;
  }

  /**
   * The debtor's net balance per currency as of {@code asOf}: open invoices, less unapplied credit
   * notes, less unapplied payments. Negative when the debtor is in credit.
   */
  public Map<Currency, Money> balance(DebtorId debtor, LocalDate asOf) {
    Map<Currency, Money> result = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    for (Invoice invoice : invoicesOf(debtor)) {
      Money open = openAmount(invoice.id(), asOf);
      if (!open.isZero()) {
        result.merge(open.currency(), invoice.isCreditNote() ? open.negated() : open, Money::plus);
      }
    }
    unappliedPayments(debtor, asOf).forEach((c, m) -> result.merge(c, m.negated(), Money::plus));
    return result;
  }

  private Invoice require(InvoiceId id) {
    Invoice invoice = invoiceById.get(Objects.requireNonNull(id, "id"));
    if (invoice == null) {
      throw new IllegalArgumentException("unknown invoice " + id);
    }
    return invoice;
  }
}
