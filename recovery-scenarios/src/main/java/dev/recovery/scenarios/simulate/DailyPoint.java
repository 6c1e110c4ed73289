package dev.recovery.scenarios.simulate;

import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The state of one simulated strategy at the end of one day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param date the day
 * @param cashCollected cash received since the start, per currency code
 * @param open open receivables at the end of the day, per currency code
 * @param overdue of which past due, per currency code
 * @param actions actions carried out that day
 * @param cost cost of the actions since the start (EUR)
 * @param dso DSO over the last 90 days in the main currency, on the days it is computed (weekly and the last day)
 * @param agingBuckets open amounts of the main currency per standard aging bucket (not due, 1-30, ..., 120+)
 */
public record DailyPoint(LocalDate date, Map<String, Money> cashCollected, Map<String, Money> open,
    Map<String, Money> overdue, int actions, Money cost, Optional<BigDecimal> dso, java.util.List<Money> agingBuckets) {

  /** Validates and copies. */
  public DailyPoint {
    Objects.requireNonNull(date, "date");
    cashCollected = Map.copyOf(cashCollected);
    open = Map.copyOf(open);
    overdue = Map.copyOf(overdue);
    Objects.requireNonNull(cost, "cost");
    Objects.requireNonNull(dso, "dso");
    agingBuckets = java.util.List.copyOf(agingBuckets);
  }
}
