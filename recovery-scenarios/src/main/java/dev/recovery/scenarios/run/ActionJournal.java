package dev.recovery.scenarios.run;

import dev.recovery.core.ledger.DebtorId;
import java.util.Collection;
import java.util.List;

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

  /** Whether an action with this id was recorded. */
  boolean contains(String actionId);

  /** Records actions as done; recording an id already present is a no-op (idempotent). */
  void record(Collection<JournalEntry> entries);
}
