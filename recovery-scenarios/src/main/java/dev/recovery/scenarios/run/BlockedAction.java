package dev.recovery.scenarios.run;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import java.util.List;
import java.util.Objects;

/**
 * An action the scenario called for but the law or the case file forbids today, with the rules that
 * blocked it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param debtorId the debtor
 * @param scenario the scenario id
 * @param step the step id
 * @param channel the channel code
 * @param invoices the invoices it would have covered
 * @param reasons the blocking rules, with references
 */
public record BlockedAction(DebtorId debtorId, String scenario, String step, String channel, List<InvoiceId> invoices,
    List<Reason> reasons) {

  /** Validates and copies. */
  public BlockedAction {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(channel, "channel");
    invoices = List.copyOf(invoices);
    reasons = List.copyOf(reasons);
  }
}
