package dev.recovery.legal.terms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether payment terms respect a jurisdiction's statutory cap, with the latest lawful due date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param withinCap whether the due date of the terms is on or before the latest lawful due date (true
 *     when there is no cap)
 * @param dueDate the due date of the terms for the invoice date (last installment)
 * @param latestLawfulDueDate the latest lawful due date, empty when no statutory cap applies
 * @param reference the legal reference of the cap
 * @param explanation how the cap was computed and what it means
 */
public record TermCapCheck(boolean withinCap, LocalDate dueDate, Optional<LocalDate> latestLawfulDueDate,
    String reference, String explanation) {

  /** Validates the check. */
  public TermCapCheck {
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(latestLawfulDueDate, "latestLawfulDueDate");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(explanation, "explanation");
    if (latestLawfulDueDate.isPresent() && withinCap == dueDate.isAfter(latestLawfulDueDate.get())) {
      throw new IllegalArgumentException("withinCap=" + withinCap + " contradicts due date " + dueDate
          + " and latest lawful due date " + latestLawfulDueDate.get());
    }
  }

  /** A check against a cap date. */
  static TermCapCheck capped(LocalDate due, LocalDate latest, String reference, String explanation) {
    return new TermCapCheck(!due.isAfter(latest), due, Optional.of(latest), reference, explanation);
  }

  /** A check where no statutory cap applies. */
  static TermCapCheck uncapped(LocalDate due, String reference, String explanation) {
    return new TermCapCheck(true, due, Optional.empty(), reference, explanation);
  }
}
