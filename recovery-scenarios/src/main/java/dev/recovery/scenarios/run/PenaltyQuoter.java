package dev.recovery.scenarios.run;

import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.OpenItem;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Computes the penalties a letter must state for a debtor's overdue items as of a date; empty where
 * the law of the debtor gives none to state. The legal module's late-payment calculators are plugged
 * in through this interface.
 *
 * <p>Implementations must be thread-safe and pure.
 */
@FunctionalInterface
public interface PenaltyQuoter {

  /** The penalties on {@code items} of {@code debtor} as of {@code asOf}. */
  Optional<PenaltyQuote> quote(Debtor debtor, List<OpenItem> items, LocalDate asOf);

  /** A quoter that never states penalties. */
  static PenaltyQuoter none() {
    return (debtor, items, asOf) -> Optional.empty();
  }
}
