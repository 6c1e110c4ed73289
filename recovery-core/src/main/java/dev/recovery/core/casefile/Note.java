package dev.recovery.core.casefile;

import dev.recovery.core.ledger.DebtorId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A free-text note in the case file (traceability: who, when, what was said).
 *
 * <p>Immutable and thread-safe.
 *
 * @param debtorId the debtor account
 * @param at when the note was written
 * @param text the note
 */
public record Note(DebtorId debtorId, OffsetDateTime at, String text) implements CaseEvent {

  /** Validates the fields. */
  public Note {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(text, "text");
  }

  @Override
  public LocalDate date() {
    return at.toLocalDate();
  }

  @Override
  public String type() {
    return "note";
  }
}
