package dev.recovery.legal.interest;

import dev.recovery.legal.JurisdictionId;
import dev.recovery.legal.rates.RateTables;

/**
 * Computes late-payment interest and fixed compensation under one jurisdiction's rules.
 *
 * <p>Implementations are immutable and thread-safe. Results are business outcomes: a payment on time
 * gives zero, a rule that does not apply gives zero with a warning; only a rate missing from a table
 * throws ({@link dev.recovery.legal.rates.RateTableException}).
 */
public interface LatePaymentCalculator {

  /** The jurisdiction whose rules this calculator applies. */
  JurisdictionId jurisdiction();

  /** Computes interest and fixed compensation for the request. */
  LatePaymentResult compute(LatePaymentRequest request);

  /** France: C. com. L441-10 and D441-5 (B2B), C. civ. 1231-6 (consumers), C. commande publique (public buyers). */
  static LatePaymentCalculator france(RateTables rates) {
    return new FranceLatePayment(rates);
  }

  /** Other EU member states: Directive 2011/7/EU, reference rate + 8 points, 40 EUR. */
  static LatePaymentCalculator eu(RateTables rates) {
    return new EuLatePayment(rates);
  }

  /** United Kingdom: Late Payment of Commercial Debts (Interest) Act 1998. */
  static LatePaymentCalculator uk(RateTables rates) {
    return new UkLatePayment(rates);
  }

  /** United States: no statutory late-payment interest; contractual rate only. */
  static LatePaymentCalculator us() {
    return new UsLatePayment();
  }
}
