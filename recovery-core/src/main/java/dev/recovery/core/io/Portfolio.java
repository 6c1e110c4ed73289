package dev.recovery.core.io;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.Payment;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A receivables portfolio as found in a data directory: debtors, invoices and credit notes,
 * payments, and case-file events, each in file order.
 *
 * <p>Immutable and thread-safe. Equal portfolios have equal lists in the same order. The portfolio
 * holds no allocations: {@link #ledger()} builds a ledger before reconciliation, and {@link
 * #caseFiles()} groups the events per debtor.
 *
 * @param debtors the debtor accounts
 * @param invoices the invoices and credit notes
 * @param payments the payments received
 * @param events the case-file events of every debtor
 */
public record Portfolio(List<Debtor> debtors, List<Invoice> invoices, List<Payment> payments,
    List<CaseEvent> events) {

  /** Copies the lists. */
  public Portfolio {
    debtors = List.copyOf(Objects.requireNonNull(debtors, "debtors"));
    invoices = List.copyOf(Objects.requireNonNull(invoices, "invoices"));
    payments = List.copyOf(Objects.requireNonNull(payments, "payments"));
    events = List.copyOf(Objects.requireNonNull(events, "events"));
  }

  /** A portfolio of these rows. */
  public static Portfolio of(List<Debtor> debtors, List<Invoice> invoices, List<Payment> payments,
      List<? extends CaseEvent> events) {
    return new Portfolio(debtors, invoices, payments, List.copyOf(events));
  }

  /** The empty portfolio. */
  public static Portfolio empty() {
    return new Portfolio(List.of(), List.of(), List.of(), List.of());
  }

  /**
   * A new ledger of the debtors, invoices and payments, with no allocations (before reconciliation).
   *
   * @throws IllegalArgumentException if the rows are inconsistent (an invoice of an unknown debtor,
   *     a repeated id), which cannot happen for a portfolio from {@link PortfolioLoader}
   */
  public Ledger ledger() {
    return Ledger.of(debtors, invoices, payments);
  }

  /** The case files of the debtors that have events, keyed by debtor, in first-event order. */
  public Map<DebtorId, CaseFile> caseFiles() {
    return CaseFile.byDebtor(events);
  }

  /** The case file of one debtor (empty when it has no event). */
  public CaseFile caseFile(DebtorId debtor) {
    Objects.requireNonNull(debtor, "debtor");
    return CaseFile.of(debtor, events.stream().filter(e -> e.debtorId().equals(debtor)).toList());
  }

  /** The debtors by id, in file order. */
  public Map<DebtorId, Debtor> debtorsById() {
    Map<DebtorId, Debtor> result = new LinkedHashMap<>();
    for (Debtor d : debtors) {
      result.put(d.id(), d);
    }
    return java.util.Collections.unmodifiableMap(result);
  }

  @Override
  public String toString() {
    return "Portfolio[" + debtors.size() + " debtors, " + invoices.size() + " invoices, " + payments.size()
        + " payments, " + events.size() + " events]";
  }
}
