package dev.recovery.legal.limitation;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.legal.JurisdictionId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * French limitation: consumer 2 years (C. consom. L218-2), otherwise 5 years (C. com. L110-4, C. civ.
 * 2224), from the due date (the day the creditor can act). Counted in days, the starting day excluded,
 * acquired when the last day ends (C. civ. 2228, 2229): the last day to act is the anniversary of the
 * due date. An acknowledgement restarts a new period of the same length (C. civ. 2240, 2231).
 */
final class FranceLimitation implements LimitationRule {

  @Override
  public JurisdictionId jurisdiction() {
    return JurisdictionId.FR;
  }

  @Override
  public LimitationResult compute(LocalDate dueDate, DebtorType debtorType, Optional<InvoiceId> invoice,
      CaseFile caseFile) {
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(debtorType, "debtorType");
    Objects.requireNonNull(invoice, "invoice");
    boolean consumer = debtorType == DebtorType.CONSUMER;
    int years = consumer ? 2 : 5;
    String reference = consumer ? "C. consom. L218-2" : "C. com. L110-4";
    Restarts r = Restarts.apply(dueDate, d -> d.plusYears(years), caseFile, invoice, "C. civ. 2240, 2231",
        "C. civ. 2240; after expiry only a waiver, C. civ. 2250-2251", "C. civ. 2240-2246 list the interrupting acts");
    String explanation = (consumer
        ? "2 years for a professional's claim against a consumer"
        : "5 years for a claim between traders (" + (debtorType == DebtorType.PUBLIC ? "public debtor: 4-year "
            + "rule of loi 68-1250 for claims against the State not modelled; " : "") + "C. civ. 2224 for others)")
        + ", from the due date, the last day to act being its anniversary (C. civ. 2228-2229); " + r.explanation
        + (consumer ? "; courts may set an earlier start for works or services (Cass. 1re civ.)" : "");
    return new LimitationResult(Optional.of(r.limitationDate), r.runsFrom, years, reference, explanation,
        r.restartedOn);
  }
}
