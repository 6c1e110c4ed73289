package dev.recovery.core.reconcile;

import java.util.Locale;

/** The rule that matched a payment (or proposes a candidate), from the most to the least certain. */
public enum MatchRule {
  /** A valid ISO 11649 creditor reference (RF) in the remittance names the invoice. */
  CREDITOR_REFERENCE,
  /** The remittance text names the invoice (number or reference, tolerant to format). */
  REFERENCE,
  /** Exactly one open item of the payer has exactly the payment's amount. */
  EXACT_AMOUNT,
  /** The payment equals the payer's whole open balance (or exceeds it: the rest is unapplied). */
  OPEN_BALANCE,
  /** Exactly one combination of 2 to k open items sums exactly to the payment. */
  COMBINATION,
  /** A shortfall within the configured tolerance, with a proposed write-off line. */
  TOLERANCE;

  private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The lower-case, hyphenated name used in JSON ({@code creditor-reference}). */
  public String code() {
    return code;
  }
}
