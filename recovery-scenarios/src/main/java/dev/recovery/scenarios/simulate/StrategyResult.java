package dev.recovery.scenarios.simulate;

import dev.recovery.core.ledger.Payment;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of simulating one strategy (one scenario book) over the horizon.
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the strategy name
 * @param mainCurrency the currency DSO, CEI and aging buckets are computed in (the most frequent one)
 * @param cashCollected cash received over the horizon, per currency
 * @param openAtEnd open receivables at the end, per currency
 * @param overdueAtEnd of which past due, per currency
 * @param dso DSO (standard, 90 days) at the end in the main currency
 * @param cei collection effectiveness index over the horizon in the main currency, in percent
 * @param contacts contacts made per channel code
 * @param costByChannel cost per channel code (and {@code agency} for commissions), in EUR
 * @param totalCost total cost, in EUR
 * @param blockedByRule actions blocked per rule
 * @param disputes disputes opened
 * @param promisesKept promises kept
 * @param promisesBroken promises broken
 * @param handOvers files handed over
 * @param daily the daily series
 * @param paths per debtor id, the path it followed, one line per event (only debtors something happened to)
 * @param payments the bank lines the simulated debtors paid, in the order they arrived
 */
public record StrategyResult(String name, String mainCurrency, Map<String, Money> cashCollected,
    Map<String, Money> openAtEnd, Map<String, Money> overdueAtEnd, Optional<BigDecimal> dso, Optional<BigDecimal> cei,
    Map<String, Integer> contacts, Map<String, Money> costByChannel, Money totalCost, Map<String, Integer> blockedByRule,
    int disputes, int promisesKept, int promisesBroken, int handOvers, List<DailyPoint> daily,
    Map<String, List<String>> paths, List<Payment> payments) {

  /** Validates and copies. */
  public StrategyResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mainCurrency, "mainCurrency");
    cashCollected = Map.copyOf(cashCollected);
    openAtEnd = Map.copyOf(openAtEnd);
    overdueAtEnd = Map.copyOf(overdueAtEnd);
    Objects.requireNonNull(dso, "dso");
    Objects.requireNonNull(cei, "cei");
    contacts = Map.copyOf(contacts);
    costByChannel = Map.copyOf(costByChannel);
    Objects.requireNonNull(totalCost, "totalCost");
    blockedByRule = Map.copyOf(blockedByRule);
    daily = List.copyOf(daily);
    paths = Map.copyOf(paths);
    payments = List.copyOf(payments);
  }

  /** The total number of contacts. */
  public int totalContacts() {
    return contacts.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** The total number of blocked actions. */
  public int totalBlocked() {
    return blockedByRule.values().stream().mapToInt(Integer::intValue).sum();
  }
}
