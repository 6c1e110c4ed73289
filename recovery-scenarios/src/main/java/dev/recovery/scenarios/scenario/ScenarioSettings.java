package dev.recovery.scenarios.scenario;

import dev.recovery.core.money.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * The settings of a scenario.
 *
 * <p>Immutable and thread-safe.
 *
 * @param minimumOverdue below this overdue amount (per debtor, in its currency) no reminder is sent
 * @param pauseOnDispute whether an open dispute pauses the disputed invoice
 * @param promiseGraceDays an open promise to pay pauses the schedule until its date plus these days
 * @param spareCleanPayers whether steps marked {@code skip-if: clean-payer} are skipped for clean payers
 * @param tone the tone of the messages
 */
public record ScenarioSettings(
    Optional<Money> minimumOverdue,
    boolean pauseOnDispute,
    int promiseGraceDays,
    boolean spareCleanPayers,
    Tone tone) {

  /** Validates the fields. */
  public ScenarioSettings {
    Objects.requireNonNull(minimumOverdue, "minimumOverdue");
    Objects.requireNonNull(tone, "tone");
    if (minimumOverdue.isPresent() && minimumOverdue.get().isNegative()) {
      throw new IllegalArgumentException("minimum-overdue must not be negative, was " + minimumOverdue.get());
    }
    if (promiseGraceDays < 0 || promiseGraceDays > 365) {
      throw new IllegalArgumentException("promise-grace-days must be within 0..365, was " + promiseGraceDays);
    }
  }

  /** The defaults: no minimum, pause on dispute, 3 grace days, spare clean payers, standard tone. */
  public static ScenarioSettings defaults() {
    return new ScenarioSettings(Optional.empty(), true, 3, true, Tone.STANDARD);
  }
}
