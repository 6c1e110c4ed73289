package dev.recovery.legal.limitation;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.legal.JurisdictionId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * England and Wales: an action on a simple contract cannot be brought after 6 years from the date the
 * cause of action accrued (Limitation Act 1980 s.5). The cause accrues on non-payment, the day after
 * the due date; the day of accrual is excluded, so the last day to issue is the sixth anniversary of
 * that day. A written, signed acknowledgement (s.29(5), s.30) restarts the period from its date; once
 * expired the right cannot be revived (s.29(7)). Part payments (s.29(5)(b)) are not read from the case
 * file: record them as acknowledgements.
 */
final class UkLimitation implements LimitationRule {

  @Override
  public JurisdictionId jurisdiction() {
    return JurisdictionId.UK;
  }

  @Override
  public LimitationResult compute(LocalDate dueDate, DebtorType debtorType, Optional<InvoiceId> invoice,
      CaseFile caseFile) {
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(debtorType, "debtorType");
    Objects.requireNonNull(invoice, "invoice");
    Restarts r = Restarts.apply(dueDate.plusDays(1), d -> d.plusYears(6), caseFile, invoice,
        "Limitation Act 1980 s.29(5), s.30", "Limitation Act 1980 s.29(7)",
        "only an acknowledgement or part payment restarts time, s.29");
    return new LimitationResult(Optional.of(r.limitationDate), r.runsFrom, 6, "Limitation Act 1980 s.5",
        "6 years from the accrual of the cause of action, the day after the due date; " + r.explanation,
        r.restartedOn);
  }
}
