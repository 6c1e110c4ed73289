package dev.recovery.scenarios.simulate;

import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
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
 * @param agingBuckets open amounts of the main currency per standard aging bucket (not due, 1-30, ..., 120+)
 * @param dso DSO (standard: receivables / credit sales of the last 90 days × 90) in the main currency,
 *     empty without sales in the period
 * @param cei collection effectiveness index from the start to this day in the main currency, in percent
 * @param actions actions carried out that day (contacts and hand-overs)
 * @param contacts contacts made that day, per channel code
 * @param blocked actions blocked that day, per rule
 * @param cost cost of the actions since the start (EUR, agency commissions included)
 * @param disputes disputes opened since the start
 * @param promisesKept promises kept since the start
 * @param promisesBroken promises broken since the start
 * @param handOvers files handed over since the start
 */
public record DailyPoint(LocalDate date, Map<String, Money> cashCollected, Map<String, Money> open,
    Map<String, Money> overdue, List<Money> agingBuckets, Optional<BigDecimal> dso, Optional<BigDecimal> cei,
    int actions, Map<String, Integer> contacts, Map<String, Integer> blocked, Money cost, int disputes,
    int promisesKept, int promisesBroken, int handOvers) {

  /** Validates and copies. */
  public DailyPoint {
    Objects.requireNonNull(date, "date");
    cashCollected = Map.copyOf(cashCollected);
    open = Map.copyOf(open);
    overdue = Map.copyOf(overdue);
    agingBuckets = List.copyOf(agingBuckets);
    Objects.requireNonNull(dso, "dso");
    Objects.requireNonNull(cei, "cei");
    contacts = Map.copyOf(contacts);
    blocked = Map.copyOf(blocked);
    Objects.requireNonNull(cost, "cost");
  }
}
