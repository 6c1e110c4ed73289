package dev.recovery.scenarios.run;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An action recorded as done in the {@link ActionJournal}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the action's idempotency key
 * @param date the day it was done
 * @param debtorId the debtor
 * @param scenario the scenario id
 * @param step the step id
 * @param stepIndex the step's position in its scenario
 * @param channel the channel code, or {@code hand-over}
 * @param invoices the invoices it covered
 */
public record JournalEntry(String id, LocalDate date, DebtorId debtorId, String scenario, String step, int stepIndex,
    String channel, List<InvoiceId> invoices) {

  /** Validates and copies. */
  public JournalEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(channel, "channel");
    invoices = List.copyOf(invoices);
  }

  /** The entry that records {@code action} as done. */
  public static JournalEntry of(PlannedAction action) {
    return new JournalEntry(action.id(), action.asOf(), action.debtorId(), action.scenario(), action.step(),
        action.stepIndex(), action.channelCode(), action.invoices());
  }
}
