package dev.recovery.core.aging;

import dev.recovery.core.money.Money;
import java.util.Currency;
import java.util.List;
import java.util.Objects;

/**
 * Aged open receivables in one currency: the amount in each bucket, the totals and counts.
 *
 * <p>Immutable and thread-safe. {@code buckets} sum exactly to {@code open}. Unapplied credit
 * (what is left of credit notes issued on or before the as-of date and not yet applied by allocations
 * from them, plus what is left of payments received by then from a known debtor and not yet
 * allocated) is reported apart, never netted into the buckets: it is not known which invoice or
 * installment it will settle, and netting it would make old buckets look collected. {@link #net()}
 * gives the netted figure, equal to {@link dev.recovery.core.ledger.Ledger#balance} for a debtor.
 * Payments not attributed to any debtor (an unmatched bank line) are in no report line: they belong
 * to reconciliation.
 *
 * @param currency the currency
 * @param buckets the open amount per bucket, in the order of {@link AgingBuckets#labels()}
 * @param open the total open amount
 * @param overdue the open amount past its due date
 * @param openItems the number of open installments
 * @param overdueItems the number of open installments past due
 * @param unappliedCredit unapplied credit notes and payments of known debtors (positive), reported apart
 */
public record AgingTotals(Currency currency, List<Money> buckets, Money open, Money overdue, long openItems,
    long overdueItems, Money unappliedCredit) {

  /** Validates and copies. */
  public AgingTotals {
    Objects.requireNonNull(currency, "currency");
    buckets = List.copyOf(buckets);
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(overdue, "overdue");
    Objects.requireNonNull(unappliedCredit, "unappliedCredit");
  }

  /** The net balance: open less unapplied credit. */
  public Money net() {
    return open.minus(unappliedCredit);
  }
}
