package dev.recovery.legal.limitation;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.legal.JurisdictionId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A jurisdiction whose limitation periods this library does not model: the result has no date and says why. */
final class NotModelledLimitation implements LimitationRule {

  private final JurisdictionId jurisdiction;
  private final String reference;

  NotModelledLimitation(JurisdictionId jurisdiction, String reference) {
    this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
    this.reference = Objects.requireNonNull(reference, "reference");
  }

  @Override
  public JurisdictionId jurisdiction() {
    return jurisdiction;
  }

  @Override
  public LimitationResult compute(LocalDate dueDate, DebtorType debtorType, Optional<InvoiceId> invoice,
      CaseFile caseFile) {
    return new LimitationResult(Optional.empty(), dueDate, 0, reference,
        "limitation is not modelled for " + jurisdiction + ": " + reference, List.of());
  }
}
