package dev.recovery.scenarios.run;

import dev.recovery.core.money.Money;
import java.util.List;
import java.util.Objects;

/**
 * Late-payment interest and fixed compensation owed on the invoices of a letter, as of the run date
 * (French B2B letters from {@code letter-1} on state them: Code de commerce L441-10, D441-5).
 *
 * <p>Immutable and thread-safe.
 *
 * @param interest the interest, rounded once
 * @param fixedCompensation the fixed indemnities (40 EUR per late invoice in France)
 * @param total interest plus indemnities
 * @param annualRate the rate applied, as printed (for example {@code "12.15"} percent)
 * @param legalBasis the articles applied
 */
public record PenaltyQuote(Money interest, Money fixedCompensation, Money total, String annualRate,
    List<String> legalBasis) {

  /** Validates and copies. */
  public PenaltyQuote {
    Objects.requireNonNull(interest, "interest");
    Objects.requireNonNull(fixedCompensation, "fixedCompensation");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(annualRate, "annualRate");
    legalBasis = List.copyOf(legalBasis);
  }
}
