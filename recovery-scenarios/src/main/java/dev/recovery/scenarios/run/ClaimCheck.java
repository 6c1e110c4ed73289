package dev.recovery.scenarios.run;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.OpenItem;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Checks whether an overdue item may still be claimed at all (limitation). A claim that fails is
 * reported as blocked with the rule and its reference, and no step is sent for it. The legal module's
 * limitation rules are plugged in through this interface.
 *
 * <p>Implementations must be thread-safe and pure.
 */
@FunctionalInterface
public interface ClaimCheck {

  /** Why {@code item} of {@code debtor} may not be claimed on {@code asOf}, or empty when it may. */
  Optional<Reason> check(Debtor debtor, OpenItem item, CaseFile caseFile, LocalDate asOf);

  /** A check that lets every claim through. */
  static ClaimCheck none() {
    return (debtor, item, caseFile, asOf) -> Optional.empty();
  }
}
