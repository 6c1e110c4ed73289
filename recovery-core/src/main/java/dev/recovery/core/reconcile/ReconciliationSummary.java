package dev.recovery.core.reconcile;

import dev.recovery.core.money.Money;
import java.util.Map;
import java.util.Objects;

/**
 * Counts and totals of one reconciliation.
 *
 * <p>Immutable and thread-safe. Totals are keyed by ISO currency code, sorted, with every currency
 * of the payments present (zero when nothing matched in it).
 *
 * @param payments the payments reconciled
 * @param matched how many were matched automatically
 * @param suggested how many were returned as suggestions
 * @param unmatched how many were left unmatched
 * @param amountMatched the amounts applied to invoices by matched payments, per currency
 * @param writtenOff the write-offs proposed by the tolerance rule, per currency
 * @param unapplied the over-payments of matched payments left as credit, per currency
 */
public record ReconciliationSummary(int payments, int matched, int suggested, int unmatched,
    Map<String, Money> amountMatched, Map<String, Money> writtenOff, Map<String, Money> unapplied) {

  /** Validates and copies the fields. */
  public ReconciliationSummary {
    if (matched + suggested + unmatched != payments) {
      throw new IllegalArgumentException("summary: matched " + matched + " + suggested " + suggested
          + " + unmatched " + unmatched + " is not the " + payments + " payments");
    }
    amountMatched = Map.copyOf(Objects.requireNonNull(amountMatched, "amountMatched"));
    writtenOff = Map.copyOf(Objects.requireNonNull(writtenOff, "writtenOff"));
    unapplied = Map.copyOf(Objects.requireNonNull(unapplied, "unapplied"));
    amountMatched = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(amountMatched));
    writtenOff = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(writtenOff));
    unapplied = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(unapplied));
  }
}
