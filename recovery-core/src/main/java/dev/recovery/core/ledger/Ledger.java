package dev.recovery.core.ledger;

import dev.recovery.core.money.Money;
import dev.recovery.core.terms.Installment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
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
  private final List<Invoice> invoices;
  private final InvoiceIndex invoiceById;
  private final List<Payment> payments;
  private final Map<PaymentId, Payment> paymentById;
  private final List<Allocation> allocations;
  private final Map<InvoiceId, List<Allocation>> allocationsByInvoice;
  private final Map<String, List<Allocation>> allocationsBySource;
  private final Map<DebtorId, List<Invoice>> invoicesByDebtor;
  private final Map<DebtorId, List<Payment>> paymentsByDebtor;
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
    this.invoices = List.copyOf(invoices);
    InvoiceIndex byId = new InvoiceIndex(this.invoices);
    Map<DebtorId, List<Invoice>> byDebtor = new HashMap<>();
    for (Invoice invoice : this.invoices) {
      if (!d.containsKey(invoice.debtorId())) {
        throw new IllegalArgumentException("invoice " + invoice.id() + " names unknown debtor " + invoice.debtorId());
      }
      byDebtor.computeIfAbsent(invoice.debtorId(), k -> new ArrayList<>()).add(invoice);
    }
    this.invoiceById = byId;
    this.invoicesByDebtor = byDebtor;
    this.payments = List.copyOf(payments);
    Map<PaymentId, Payment> pById = new HashMap<>();
    Map<DebtorId, List<Payment>> pByDebtor = new HashMap<>();
    indexPayments(this.payments, pById, pByDebtor);
    this.paymentById = pById;
    this.paymentsByDebtor = pByDebtor;
    AllocationIndex index = AllocationIndex.of(allocations, byId);
    this.allocations = index.all();
    this.allocationsByInvoice = index.byInvoice();
    this.allocationsBySource = index.bySource();
    this.shared = new SharedColumns();
  }

  /**
   * A ledger with the debtors and invoices of {@code base} (shared, they are immutable), these
   * payments (the base's own index when {@code payments} is null) and these allocations.
   */
  private Ledger(Ledger base, Collection<Payment> payments, Collection<Allocation> allocations) {
    this.debtors = base.debtors;
    this.invoices = base.invoices;
    this.invoiceById = base.invoiceById;
    this.invoicesByDebtor = base.invoicesByDebtor;
    if (payments == null) {
      this.payments = base.payments;
      this.paymentById = base.paymentById;
      this.paymentsByDebtor = base.paymentsByDebtor;
    } else {
      this.payments = List.copyOf(payments);
      Map<PaymentId, Payment> pById = new HashMap<>(this.payments.size() * 2);
      Map<DebtorId, List<Payment>> pByDebtor = new HashMap<>();
      indexPayments(this.payments, pById, pByDebtor);
      this.paymentById = pById;
      this.paymentsByDebtor = pByDebtor;
    }
    AllocationIndex index = AllocationIndex.of(allocations, invoiceById);
    this.allocations = index.all();
    this.allocationsByInvoice = index.byInvoice();
    this.allocationsBySource = index.bySource();
    this.shared = base.shared;
  }

  private static void indexPayments(List<Payment> payments, Map<PaymentId, Payment> byId,
      Map<DebtorId, List<Payment>> byDebtor) {
    for (Payment payment : payments) {
      if (byId.put(payment.id(), payment) != null) {
        throw new IllegalArgumentException("payment " + payment.id() + " appears twice");
      }
      payment.debtorId().ifPresent(id -> byDebtor.computeIfAbsent(id, k -> new ArrayList<>()).add(payment));
    }
  }

  /** The allocations indexed by invoice and by source, validated against the invoices. */
  private record AllocationIndex(List<Allocation> all, Map<InvoiceId, List<Allocation>> byInvoice,
      Map<String, List<Allocation>> bySource) {

    static AllocationIndex of(Collection<Allocation> allocations, InvoiceIndex byId) {
      List<Allocation> all = List.copyOf(allocations);
      Map<InvoiceId, List<Allocation>> aByInvoice = new HashMap<>();
      Map<String, List<Allocation>> aBySource = new HashMap<>();
      for (Allocation a : all) {
        Invoice invoice = byId.get(a.invoiceId());
        if (invoice == null) {
          throw new IllegalArgumentException("allocation from " + a.sourceId() + " names unknown invoice "
              + a.invoiceId());
        }
        if (!invoice.amount().currency().equals(a.amount().currency())) {
          throw new IllegalArgumentException("allocation from " + a.sourceId() + " to " + a.invoiceId() + " is in "
              + a.amount().currencyCode() + " but the invoice is in " + invoice.amount().currencyCode());
        }
        aByInvoice.computeIfAbsent(a.invoiceId(), k -> new ArrayList<>()).add(a);
        aBySource.computeIfAbsent(a.source().code() + ":" + a.sourceId(), k -> new ArrayList<>()).add(a);
      }
      for (Map.Entry<InvoiceId, List<Allocation>> e : aByInvoice.entrySet()) {
        Invoice invoice = byId.get(e.getKey());
        Money total = Money.zero(invoice.amount().currency());
        for (Allocation a : e.getValue()) {
          total = total.plus(a.amount());
        }
        if (total.isGreaterThan(invoice.amount())) {
          throw new IllegalArgumentException("invoice " + invoice.id() + " is allocated " + total
              + ", more than its amount " + invoice.amount());
        }
        e.getValue().sort(Comparator.comparing(Allocation::date).thenComparing(Allocation::sourceId));
      }
      return new AllocationIndex(all, aByInvoice, aBySource);
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
    List<Allocation> all = new ArrayList<>(allocations);
    all.addAll(more);
    return new Ledger(this, null, all);
  }

  /** This ledger with more payments (the debtors, invoices and their columnar view are shared). */
  public Ledger withPayments(Collection<Payment> more) {
    List<Payment> all = new ArrayList<>(payments);
    all.addAll(more);
    return new Ledger(this, all, allocations);
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

  /** The debtor's invoices and credit notes, in input order. */
  public List<Invoice> invoicesOf(DebtorId debtor) {
    return Collections.unmodifiableList(invoicesByDebtor.getOrDefault(debtor, List.of()));
  }

  /** Every payment, in input order. */
  public List<Payment> payments() {
    return payments;
  }

  /** The payment with that id. */
  public Optional<Payment> payment(PaymentId id) {
    return Optional.ofNullable(paymentById.get(id));
  }

  /** The payments the host attributed to the debtor (with a debtor id), in input order. */
  public List<Payment> paymentsOf(DebtorId debtor) {
    return Collections.unmodifiableList(paymentsByDebtor.getOrDefault(debtor, List.of()));
  }

  /** Every allocation, in input order. */
  public List<Allocation> allocations() {
    return allocations;
  }

  /** The allocations by invoice (each list by date), for the columnar view. */
  Map<InvoiceId, List<Allocation>> allocationsByInvoice() {
    return allocationsByInvoice;
  }

  /** The row (position in {@link #invoices()}) of the invoice with that id, or -1. */
  int rowOf(InvoiceId id) {
    return invoiceById.rowOf(id);
  }

  /** The allocations to one invoice, by date. */
  public List<Allocation> allocationsTo(InvoiceId invoice) {
    return Collections.unmodifiableList(allocationsByInvoice.getOrDefault(invoice, List.of()));
  }

  /** The allocations made from one source (a payment, a credit note or a write-off). */
  public List<Allocation> allocationsFrom(Allocation.Source source, String sourceId) {
    return Collections.unmodifiableList(allocationsBySource.getOrDefault(source.code() + ":" + sourceId, List.of()));
  }

  /** What has been applied to the invoice up to and including {@code asOf}. */
  public Money allocatedTo(InvoiceId id, LocalDate asOf) {
    Invoice invoice = require(id);
    Money total = Money.zero(invoice.amount().currency());
    for (Allocation a : allocationsByInvoice.getOrDefault(id, List.of())) {
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
    for (Allocation a : allocationsByInvoice.getOrDefault(id, List.of())) {
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
