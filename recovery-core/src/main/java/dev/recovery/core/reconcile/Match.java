package dev.recovery.core.reconcile;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A payment matched automatically to open invoices, with the rule, a confidence and the reasons.
 *
 * <p>Immutable and thread-safe. The payment allocations plus the unapplied rest equal the payment's
 * amount to the cent; the write-off, when the tolerance rule proposes one, settles the shortfall on
 * top of the payment. A value: two matches are equal when all their fields are, the explanation
 * compared by its text. The reconciler writes the explanation when it is first read (a day's run
 * matches hundreds of thousands of payments, and most explanations are never printed); it is the
 * same text every time.
 */
public final class Match {

  private final PaymentId paymentId;
  private final DebtorId debtorId;
  private final MatchRule rule;
  private final double confidence;
  private final PayerIdentification identifiedBy;
  private final Money amount;
  private final List<Allocation> allocations;
  private final Optional<Allocation> writeOff;
  private final Money unapplied;
  /** The explanation: its text, or a pure function that writes it (same text every call). */
  private final Object explanation;

  /**
   * A match; validates the fields and that allocations plus unapplied equal the amount.
   *
   * @throws IllegalArgumentException if the confidence is not in [0, 1], an allocation is not a
   *     payment allocation, the write-off is not a write-off, or the allocations plus the unapplied
   *     rest are not the amount
   */
  public Match(PaymentId paymentId, DebtorId debtorId, MatchRule rule, double confidence,
      PayerIdentification identifiedBy, Money amount, List<Allocation> allocations, Optional<Allocation> writeOff,
      Money unapplied, String explanation) {
    this(paymentId, debtorId, rule, confidence, identifiedBy, amount, allocations, writeOff, unapplied,
        (Object) Objects.requireNonNull(explanation, "explanation"));
  }

  private Match(PaymentId paymentId, DebtorId debtorId, MatchRule rule, double confidence,
      PayerIdentification identifiedBy, Money amount, List<Allocation> allocations, Optional<Allocation> writeOff,
      Money unapplied, Object explanation) {
    this.paymentId = Objects.requireNonNull(paymentId, "paymentId");
    this.debtorId = Objects.requireNonNull(debtorId, "debtorId");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.identifiedBy = Objects.requireNonNull(identifiedBy, "identifiedBy");
    this.amount = Objects.requireNonNull(amount, "amount");
    this.allocations = List.copyOf(allocations);
    this.writeOff = Objects.requireNonNull(writeOff, "writeOff");
    this.unapplied = Objects.requireNonNull(unapplied, "unapplied");
    this.explanation = Objects.requireNonNull(explanation, "explanation");
    this.confidence = confidence;
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("match of " + paymentId + ": confidence must be in [0, 1], was " + confidence);
    }
    Money total = unapplied;
    for (Allocation a : this.allocations) {
      if (a.source() != Allocation.Source.PAYMENT) {
        throw new IllegalArgumentException("match of " + paymentId + ": allocation " + a + " is not a payment allocation");
      }
      total = total.plus(a.amount());
    }
    if (total.compareTo(amount) != 0) {
      throw new IllegalArgumentException("match of " + paymentId + ": allocations plus unapplied are " + total
          + ", not the payment's " + amount);
    }
    if (writeOff.isPresent() && writeOff.get().source() != Allocation.Source.WRITE_OFF) {
      throw new IllegalArgumentException("match of " + paymentId + ": write-off " + writeOff.get() + " is not a write-off");
    }
  }

  /**
   * A match whose explanation {@code explanation} writes when read: a pure function that gives the
   * same text every call and never null (validated as the public constructor does).
   */
  static Match deferred(PaymentId paymentId, DebtorId debtorId, MatchRule rule, double confidence,
      PayerIdentification identifiedBy, Money amount, List<Allocation> allocations, Optional<Allocation> writeOff,
      Money unapplied, Supplier<String> explanation) {
    return new Match(paymentId, debtorId, rule, confidence, identifiedBy, amount, allocations, writeOff, unapplied,
        (Object) explanation);
  }

  /** The payment. */
  public PaymentId paymentId() {
    return paymentId;
  }

  /** The debtor it was matched to. */
  public DebtorId debtorId() {
    return debtorId;
  }

  /** The rule that made the match. */
  public MatchRule rule() {
    return rule;
  }

  /** From 0 to 1: the rule's certainty times the certainty of the payer identification. */
  public double confidence() {
    return confidence;
  }

  /** How the payer was identified. */
  public PayerIdentification identifiedBy() {
    return identifiedBy;
  }

  /** The payment's amount that was reconciled. */
  public Money amount() {
    return amount;
  }

  /** The amounts applied to invoices (source {@link Allocation.Source#PAYMENT}). */
  public List<Allocation> allocations() {
    return allocations;
  }

  /** The proposed write-off of a shortfall within tolerance (source {@link Allocation.Source#WRITE_OFF}), if any. */
  public Optional<Allocation> writeOff() {
    return writeOff;
  }

  /** What was not applied: an over-payment, credit on the debtor; zero otherwise. */
  public Money unapplied() {
    return unapplied;
  }

  /** Why, in words: the payer, the references found, the rule, what remains. */
  @SuppressWarnings("unchecked")
  public String explanation() {
    if (explanation instanceof String text) {
      return text;
    }
    return Objects.requireNonNull(((Supplier<String>) explanation).get(),
        () -> "the explanation of the match of " + paymentId + " is null");
  }

  /** What the payment settled: the sum of its allocations. */
  public Money allocated() {
    return amount.minus(unapplied);
  }

  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof Match m && paymentId.equals(m.paymentId) && debtorId.equals(m.debtorId)
        && rule == m.rule && Double.compare(confidence, m.confidence) == 0 && identifiedBy == m.identifiedBy
        && amount.equals(m.amount) && allocations.equals(m.allocations) && writeOff.equals(m.writeOff)
        && unapplied.equals(m.unapplied) && explanation().equals(m.explanation());
  }

  /** The hash a record of these fields has (each field's hash, combined by 31). */
  @Override
  public int hashCode() {
    int h = paymentId.hashCode();
    h = 31 * h + debtorId.hashCode();
    h = 31 * h + rule.hashCode();
    h = 31 * h + Double.hashCode(confidence);
    h = 31 * h + identifiedBy.hashCode();
    h = 31 * h + amount.hashCode();
    h = 31 * h + allocations.hashCode();
    h = 31 * h + writeOff.hashCode();
    h = 31 * h + unapplied.hashCode();
    return 31 * h + explanation().hashCode();
  }

  /** As a record prints: {@code Match[paymentId=..., ..., explanation=...]}. */
  @Override
  public String toString() {
    return "Match[paymentId=" + paymentId + ", debtorId=" + debtorId + ", rule=" + rule + ", confidence=" + confidence
        + ", identifiedBy=" + identifiedBy + ", amount=" + amount + ", allocations=" + allocations + ", writeOff="
        + writeOff + ", unapplied=" + unapplied + ", explanation=" + explanation() + "]";
  }
}
