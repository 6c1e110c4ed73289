package dev.recovery.core.reconcile;

import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.Payment;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Matches payments to open invoices and applies credit notes to the invoices they reference.
 *
 * <p>Immutable and thread-safe; configure with {@link #builder()}. For each payment, in canonical
 * order (date, then id), the payer is identified by debtor id, else by IBAN against the debtors'
 * known IBANs, else by normalised name ({@link PayerNames}), else by the invoices its remittance
 * names. The rules, from the most to the least certain: a valid RF creditor reference ({@link
 * CreditorReference}); invoice numbers or references in the remittance (tolerant to case, spaces,
 * dashes and leading zeros where unambiguous; an id whose separators are dropped or moved, {@code "f
 * 20250076695"} for {@code F-2025-0076695}, fits loosely when the remittance names nothing otherwise, and
 * needs the amount to confirm it); one open item of exactly the amount; the whole open
 * balance; one combination of 2 to {@code k} open items (bounded subset-sum with a node budget);
 * a shortfall within the {@link Tolerance}, with a proposed write-off. A payment never matches an
 * invoice in another currency or issued after the payment. When candidates are equally good, or the
 * confidence is below the minimum, the payment becomes a {@link Suggestion}: a wrong automatic match
 * is a defect, an unmatched line only a cost.
 *
 * <p>Open amounts are the invoice amounts less every allocation already in the ledger, less what
 * earlier payments of the same run applied; each payment only sees invoices issued on or before its
 * date. Payments already fully allocated in the ledger are not reconciled again; a partly allocated
 * one is reconciled for its rest. The result does not depend on the order of the inputs.
 *
 * <p>Large batches use the common fork-join pool: payments are read in parallel, and payments that
 * can touch no debtor in common are applied in parallel; the result is the same as applying them
 * one by one in canonical order. {@link Builder#parallel(boolean) parallel(false)} keeps everything
 * on the calling thread.
 */
public final class Reconciler {

  /** The default largest combination of open items tried for one payment. */
  public static final int DEFAULT_MAX_COMBINATION = 5;
  /** The default search budget, in nodes of the subset-sum search, per payment. */
  public static final int DEFAULT_NODE_BUDGET = 20_000;
  /** The default minimum confidence of an automatic match. */
  public static final double DEFAULT_MINIMUM_CONFIDENCE = 0.75;

  private final Tolerance tolerance;
  private final int maxCombination;
  private final int nodeBudget;
  private final double minimumConfidence;
  private final Optional<LocalDate> asOf;
  private final boolean parallel;

  private Reconciler(Builder b) {
    this.tolerance = b.tolerance;
    this.maxCombination = b.maxCombination;
    this.nodeBudget = b.nodeBudget;
    this.minimumConfidence = b.minimumConfidence;
    this.asOf = Optional.ofNullable(b.asOf);
    this.parallel = b.parallel;
  }

  /** A reconciler with the defaults: no tolerance, combinations up to 5, minimum confidence 0.75. */
  public static Reconciler defaults() {
    return builder().build();
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The tolerance for shortfalls. */
  public Tolerance tolerance() {
    return tolerance;
  }

  /** The largest number of open items combined to match one payment. */
  public int maxCombination() {
    return maxCombination;
  }

  /** The subset-sum search budget per payment, in nodes. */
  public int nodeBudget() {
    return nodeBudget;
  }

  /** The minimum confidence of an automatic match; below it the match becomes a suggestion. */
  public double minimumConfidence() {
    return minimumConfidence;
  }

  /** The date after which payments are not reconciled, if set. */
  public Optional<LocalDate> asOf() {
    return asOf;
  }

  /** Whether large batches are reconciled in parallel (the default) or on the calling thread. */
  public boolean parallel() {
    return parallel;
  }

  /** Reconciles the ledger's own payments. */
  public ReconciliationResult reconcile(Ledger ledger) {
    return reconcile(ledger, List.of());
  }

  /**
   * Reconciles the ledger's payments and {@code more} payments (bank statement lines, not in the
   * ledger) together.
   *
   * @throws IllegalArgumentException if a payment of {@code more} has the id of another payment
   */
  public ReconciliationResult reconcile(Ledger ledger, Collection<Payment> more) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(more, "more");
    return new ReconciliationRun(this, ledger, more).run();
  }

  @Override
  public String toString() {
    return "Reconciler[tolerance=" + tolerance + ", maxCombination=" + maxCombination + ", nodeBudget="
        + nodeBudget + ", minimumConfidence=" + minimumConfidence + asOf.map(d -> ", asOf=" + d).orElse("")
        + (parallel ? "" : ", sequential") + "]";
  }

  /** Builds {@link Reconciler} values; not thread-safe. */
  public static final class Builder {
    private Tolerance tolerance = Tolerance.none();
    private int maxCombination = DEFAULT_MAX_COMBINATION;
    private int nodeBudget = DEFAULT_NODE_BUDGET;
    private double minimumConfidence = DEFAULT_MINIMUM_CONFIDENCE;
    private LocalDate asOf;
    private boolean parallel = true;

    private Builder() {}

    /** Sets the tolerance for shortfalls (default none). */
    public Builder tolerance(Tolerance value) {
      this.tolerance = Objects.requireNonNull(value, "tolerance");
      return this;
    }

    /** Sets the largest combination size, 1 (no combinations) to 12 (default 5). */
    public Builder maxCombination(int value) {
      if (value < 1 || value > 12) {
        throw new IllegalArgumentException("maxCombination must be between 1 and 12, was " + value);
      }
      this.maxCombination = value;
      return this;
    }

    /** Sets the subset-sum search budget per payment, in nodes (default 20,000). */
    public Builder nodeBudget(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("nodeBudget must be positive, was " + value);
      }
      this.nodeBudget = value;
      return this;
    }

    /** Sets the minimum confidence of an automatic match, 0 to 1 (default 0.75). */
    public Builder minimumConfidence(double value) {
      if (!(value >= 0 && value <= 1)) {
        throw new IllegalArgumentException("minimumConfidence must be between 0 and 1, was " + value);
      }
      this.minimumConfidence = value;
      return this;
    }

    /** Leaves out payments dated after {@code date} (null for none). */
    public Builder asOf(LocalDate date) {
      this.asOf = date;
      return this;
    }

    /**
     * Whether large batches use the common fork-join pool (default true); the result is the same
     * either way.
     */
    public Builder parallel(boolean value) {
      this.parallel = value;
      return this;
    }

    /** Builds the reconciler. */
    public Reconciler build() {
      return new Reconciler(this);
    }
  }
}
