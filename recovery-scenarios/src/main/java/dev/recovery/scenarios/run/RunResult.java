package dev.recovery.scenarios.run;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The plan of a daily run over a portfolio: every debtor's plan, in debtor id order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the run date
 * @param plans the per-debtor plans, by debtor id
 */
public record RunResult(LocalDate asOf, List<DebtorPlan> plans) {

  /** Validates and copies. */
  public RunResult {
    Objects.requireNonNull(asOf, "asOf");
    plans = List.copyOf(plans);
  }

  /** Every planned action. */
  public List<PlannedAction> actions() {
    return plans.stream().flatMap(p -> p.actions().stream()).toList();
  }

  /** Every blocked action. */
  public List<BlockedAction> blocked() {
    return plans.stream().flatMap(p -> p.blocked().stream()).toList();
  }

  /** Every paused invoice. */
  public List<PausedInvoice> paused() {
    return plans.stream().flatMap(p -> p.paused().stream()).toList();
  }

  /** Planned actions per channel code ({@code hand-over} for hand-overs), sorted by code. */
  public Map<String, Integer> actionsByChannel() {
    Map<String, Integer> m = new TreeMap<>();
    actions().forEach(a -> m.merge(a.channelCode(), 1, Integer::sum));
    return m;
  }

  /** Blocked actions per blocking rule, sorted by rule. */
  public Map<String, Integer> blockedByRule() {
    Map<String, Integer> m = new TreeMap<>();
    blocked().forEach(b -> b.reasons().forEach(r -> m.merge(r.rule(), 1, Integer::sum)));
    return m;
  }

  /** Paused invoices per rule, sorted by rule. */
  public Map<String, Integer> pausedByRule() {
    Map<String, Integer> m = new TreeMap<>();
    paused().forEach(p -> m.merge(p.reason().rule(), 1, Integer::sum));
    return m;
  }
}
