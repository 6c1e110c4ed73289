package dev.recovery.scenarios.run;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.Ledger;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the run needs to know about one debtor account: the debtor, the reconciled ledger it
 * lives in, its case file, and its segment and flags (from the host's or the default segmenter).
 *
 * <p>Immutable and thread-safe.
 *
 * @param debtor the debtor
 * @param ledger the reconciled ledger (open items and promise status are read from it)
 * @param caseFile the debtor's case file
 * @param segment the segment ({@code standard}, {@code key-account}, ...)
 * @param flags the flags ({@code clean-payer}, ...)
 */
public record DebtorAccount(Debtor debtor, Ledger ledger, CaseFile caseFile, String segment, Set<String> flags) {

  /** Validates and copies. */
  public DebtorAccount {
    Objects.requireNonNull(debtor, "debtor");
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(caseFile, "caseFile");
    Objects.requireNonNull(segment, "segment");
    flags = Set.copyOf(flags);
    if (!caseFile.debtorId().equals(debtor.id())) {
      throw new IllegalArgumentException("case file of " + caseFile.debtorId() + " given for debtor " + debtor.id());
    }
  }
}
