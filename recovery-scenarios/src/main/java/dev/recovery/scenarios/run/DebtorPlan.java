package dev.recovery.scenarios.run;

import dev.recovery.core.ledger.DebtorId;
import java.util.List;
import java.util.Objects;

/**
 * What the run decides for one debtor on one day.
 *
 * <p>Immutable and thread-safe.
 *
 * @param debtorId the debtor
 * @param scenario the scenario followed, or empty text when none applies
 * @param actions the planned actions
 * @param blocked the actions the gate or the case file blocked
 * @param paused the invoices left alone today, and why
 */
public record DebtorPlan(DebtorId debtorId, String scenario, List<PlannedAction> actions, List<BlockedAction> blocked,
    List<PausedInvoice> paused) {

  /** Validates and copies. */
  public DebtorPlan {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(scenario, "scenario");
    actions = List.copyOf(actions);
    blocked = List.copyOf(blocked);
    paused = List.copyOf(paused);
  }
}
