package dev.recovery.legal.limitation;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.legal.JurisdictionId;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The limitation period of a claim for payment in one jurisdiction.
 *
 * <p>Implementations are immutable and thread-safe. An acknowledgement of the debt by the debtor in
 * the case file (before expiry) restarts the period; a formal notice does not.
 */
public interface LimitationRule {

  /** The jurisdiction. */
  JurisdictionId jurisdiction();

  /**
   * Computes the limitation date of a claim.
   *
   * @param dueDate the due date of the claim
   * @param debtorType the debtor type (France: consumer 2 years, others 5 years)
   * @param invoice the invoice, to select the acknowledgements that cover it; empty for any
   * @param caseFile the debtor's case file (acknowledgements, formal notices)
   */
  LimitationResult compute(LocalDate dueDate, DebtorType debtorType, Optional<InvoiceId> invoice, CaseFile caseFile);

  /** Computes the limitation date using every acknowledgement in the case file. */
  default LimitationResult compute(LocalDate dueDate, DebtorType debtorType, CaseFile caseFile) {
    return compute(dueDate, debtorType, Optional.empty(), caseFile);
  }

  /**
   * France: consumer debts 2 years (C. consom. L218-2), others 5 years (C. com. L110-4 between traders,
   * C. civ. 2224 otherwise), from the due date; an acknowledgement restarts a period of the same length
   * (C. civ. 2240, 2231); a formal notice does not interrupt it.
   */
  static LimitationRule france() {
    return new FranceLimitation();
  }

  /**
   * England and Wales: 6 years from the accrual of the cause of action, the day after the due date
   * (Limitation Act 1980 s.5); a written, signed acknowledgement restarts it (s.29(5), s.30), not after
   * expiry (s.29(7)).
   */
  static LimitationRule uk() {
    return new UkLimitation();
  }

  /** A jurisdiction where limitation is a matter of national or state law this library does not model. */
  static LimitationRule notModelled(JurisdictionId jurisdiction, String reference) {
    return new NotModelledLimitation(jurisdiction, reference);
  }
}
