package dev.recovery.scenarios.run;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The record of actions done, which makes runs idempotent: an action whose id is in the journal is
 * never planned again, and an invoice never goes back to an earlier step than the latest recorded.
 *
 * <p>Hosts persist it where they like; {@link InMemoryActionJournal} and {@link JsonlActionJournal}
 * ship. Implementations must be safe for concurrent reads during a run.
 */
public interface ActionJournal {

  /** The entries of one debtor, in the order they were recorded. */
  List<JournalEntry> entriesOf(DebtorId debtor);

  /**
   * The latest step recorded per invoice of the debtor under one scenario: the highest {@link
   * JournalEntry#stepIndex()} of the entries of that scenario naming the invoice. The run reads this
   * for every debtor every day; an implementation may keep it indexed (the default derives it from
   * {@link #entriesOf(DebtorId)}).
   */
  default Map<InvoiceId, Integer> lastSteps(DebtorId debtor, String scenario) {
    return lastSteps(entriesOf(debtor), scenario);
  }

  /** The latest step per invoice among {@code entries} of {@code scenario}. */
  static Map<InvoiceId, Integer> lastSteps(List<JournalEntry> entries, String scenario) {
    Map<InvoiceId, Integer> last = new HashMap<>();
    for (JournalEntry e : entries) {
      if (e.scenario().equals(scenario)) {
        for (InvoiceId id : e.invoices()) {
          last.merge(id, e.stepIndex(), Math::max);
        }
      }
    }
    return last;
  }

  /** Whether an action with this id was recorded. */
  boolean contains(String actionId);

  /** Records actions as done; recording an id already present is a no-op (idempotent). */
  void record(Collection<JournalEntry> entries);
}
