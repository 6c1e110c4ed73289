package dev.recovery.legal.limitation;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When a claim becomes time-barred, and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param limitationDate the last day on which the creditor can still act; empty where this library
 *     does not model the limitation period
 * @param runsFrom the day the current period runs from (the due date, or the last acknowledgement)
 * @param years the length of the period in years (0 when not modelled)
 * @param reference the legal reference
 * @param explanation how the date was computed: start, restarts, events that did not interrupt it
 * @param restartedOn the acknowledgement dates that restarted the period
 */
public record LimitationResult(Optional<LocalDate> limitationDate, LocalDate runsFrom, int years, String reference,
    String explanation, List<LocalDate> restartedOn) {

  /** Validates the result. */
  public LimitationResult {
    Objects.requireNonNull(limitationDate, "limitationDate");
    Objects.requireNonNull(runsFrom, "runsFrom");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(explanation, "explanation");
    restartedOn = List.copyOf(restartedOn);
  }

  /** Whether the claim is time-barred on {@code asOf} (false where the period is not modelled). */
  public boolean isTimeBarred(LocalDate asOf) {
    return limitationDate.map(asOf::isAfter).orElse(false);
  }
}
