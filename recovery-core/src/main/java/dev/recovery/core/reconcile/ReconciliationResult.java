package dev.recovery.core.reconcile;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.money.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The outcome of a reconciliation: matches, suggestions, unmatched payments, credit notes applied,
 * and the allocations they give.
 *
 * <p>Immutable and thread-safe. Every payment reconciled is in exactly one of {@link #matches()},
 * {@link #suggestions()} and {@link #unmatched()}, each list in the canonical payment order (date,
 * then id). {@code ledger.withAllocations(result.allocations())} is the reconciled ledger when the
 * payments were already in the ledger; {@link #applyTo(Ledger)} also adds payments that came from
 * elsewhere (a bank statement).
 */
public final class ReconciliationResult {

  private final List<Match> matches;
  private final List<Suggestion> suggestions;
  private final List<Unmatched> unmatched;
  private final List<CreditNoteApplication> creditNotes;
  private final List<Payment> payments;
  private final List<Allocation> allocations;
  private final ReconciliationSummary summary;

  ReconciliationResult(List<Match> matches, List<Suggestion> suggestions, List<Unmatched> unmatched,
      List<CreditNoteApplication> creditNotes, List<Payment> payments) {
    this.matches = List.copyOf(matches);
    this.suggestions = List.copyOf(suggestions);
    this.unmatched = List.copyOf(unmatched);
    this.creditNotes = List.copyOf(creditNotes);
    this.payments = List.copyOf(payments);
    List<Allocation> all = new ArrayList<>();
    for (CreditNoteApplication c : this.creditNotes) {
      all.addAll(c.allocations());
    }
    for (Match m : this.matches) {
      all.addAll(m.allocations());
      m.writeOff().ifPresent(all::add);
    }
    this.allocations = List.copyOf(all);
    this.summary = summarise();
  }

  /** The payments matched automatically. */
  public List<Match> matches() {
    return matches;
  }

  /** The payments with candidates for a person to choose from. */
  public List<Suggestion> suggestions() {
    return suggestions;
  }

  /** The payments left unmatched, with reasons. */
  public List<Unmatched> unmatched() {
    return unmatched;
  }

  /** What was done with each open credit note. */
  public List<CreditNoteApplication> creditNotes() {
    return creditNotes;
  }

  /**
   * The payments reconciled, in canonical order, each with the debtor id it was matched or
   * attributed to (when the payer was identified) so that over-payments count as the debtor's credit.
   */
  public List<Payment> payments() {
    return payments;
  }

  /** The match of a payment, if it was matched. */
  public Optional<Match> match(dev.recovery.core.ledger.PaymentId payment) {
    return matches.stream().filter(m -> m.paymentId().equals(payment)).findFirst();
  }

  /**
   * Every allocation: credit notes applied, payments applied and write-offs proposed, in that order
   * and in canonical order within each.
   */
  public List<Allocation> allocations() {
    return allocations;
  }

  /** Counts and totals. */
  public ReconciliationSummary summary() {
    return summary;
  }

  /**
   * The reconciled ledger: {@code ledger} with the reconciled payments it does not hold yet (bank
   * statement lines, with their identified debtor) and every allocation.
   */
  public Ledger applyTo(Ledger ledger) {
    Objects.requireNonNull(ledger, "ledger");
    List<Payment> missing = new ArrayList<>();
    for (Payment p : payments) {
      if (ledger.payment(p.id()).isEmpty()) {
        missing.add(p);
      }
    }
    return ledger.withPaymentsAndAllocations(missing, allocations);
  }

  /**
   * The summary, from per-currency sums in minor units: what {@link #summariseByMoney()} gives
   * (Money's form is canonical, so an exact sum that fits a long is the same Money), which is used
   * when a sum or an amount does not fit.
   */
  private ReconciliationSummary summarise() {
    java.util.Currency[] currencies = new java.util.Currency[4];
    long[] sums = new long[12]; // matched, written off, unapplied by currency
    int n = 0;
    try {
      for (Payment p : payments) {
        if (slot(currencies, n, p.amount().currency()) < 0) {
          if (n == currencies.length) {
            currencies = java.util.Arrays.copyOf(currencies, n * 2);
            sums = java.util.Arrays.copyOf(sums, n * 6);
          }
          currencies[n++] = p.amount().currency();
        }
      }
      for (Match m : matches) {
        int c = slot(currencies, n, m.amount().currency());
        if (c < 0) {
          return summariseByMoney();
        }
        long unapplied = m.unapplied().toMinorUnits();
        sums[3 * c] = Math.addExact(sums[3 * c], Math.subtractExact(m.amount().toMinorUnits(), unapplied));
        if (m.writeOff().isPresent()) {
          sums[3 * c + 1] = Math.addExact(sums[3 * c + 1], m.writeOff().get().amount().toMinorUnits());
        }
        sums[3 * c + 2] = Math.addExact(sums[3 * c + 2], unapplied);
      }
    } catch (ArithmeticException outOfLong) {
      return summariseByMoney();
    }
    Map<String, Money> matched = new TreeMap<>();
    Map<String, Money> writtenOff = new TreeMap<>();
    Map<String, Money> unapplied = new TreeMap<>();
    for (int c = 0; c < n; c++) {
      String code = currencies[c].getCurrencyCode();
      matched.put(code, Money.ofMinor(currencies[c], sums[3 * c]));
      writtenOff.put(code, Money.ofMinor(currencies[c], sums[3 * c + 1]));
      unapplied.put(code, Money.ofMinor(currencies[c], sums[3 * c + 2]));
    }
    return new ReconciliationSummary(matches.size() + suggestions.size() + unmatched.size(), matches.size(),
        suggestions.size(), unmatched.size(), matched, writtenOff, unapplied);
  }

  private static int slot(java.util.Currency[] currencies, int n, java.util.Currency currency) {
    for (int c = 0; c < n; c++) {
      if (currencies[c] == currency || currencies[c].equals(currency)) {
        return c;
      }
    }
    return -1;
  }

  /** The summary by adding Money values, per currency code. */
  ReconciliationSummary summariseByMoney() {
    Map<String, Money> matched = new TreeMap<>();
    Map<String, Money> writtenOff = new TreeMap<>();
    Map<String, Money> unapplied = new TreeMap<>();
    for (Payment p : payments) {
      Money zero = Money.zero(p.amount().currency());
      matched.putIfAbsent(zero.currencyCode(), zero);
      writtenOff.putIfAbsent(zero.currencyCode(), zero);
      unapplied.putIfAbsent(zero.currencyCode(), zero);
    }
    for (Match m : matches) {
      String c = m.amount().currencyCode();
      matched.merge(c, m.allocated(), Money::plus);
      m.writeOff().ifPresent(w -> writtenOff.merge(c, w.amount(), Money::plus));
      unapplied.merge(c, m.unapplied(), Money::plus);
    }
    return new ReconciliationSummary(matches.size() + suggestions.size() + unmatched.size(), matches.size(),
        suggestions.size(), unmatched.size(), matched, writtenOff, unapplied);
  }

  @Override
  public String toString() {
    return "ReconciliationResult[" + matches.size() + " matched, " + suggestions.size() + " suggested, "
        + unmatched.size() + " unmatched, " + allocations.size() + " allocations]";
  }
}
