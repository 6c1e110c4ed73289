package dev.recovery.scenarios.run;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import java.util.Collections;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** An {@link ActionJournal} held in memory (simulations, tests, hosts that persist it themselves). Thread-safe. */
public final class InMemoryActionJournal implements ActionJournal {

  private final Map<DebtorId, List<JournalEntry>> byDebtor = new ConcurrentHashMap<>();
  private final Set<String> ids = ConcurrentHashMap.newKeySet();
  /** debtor -> scenario -> invoice -> latest step index, kept up to date by {@link #record}. */
  private final Map<DebtorId, Map<String, Map<InvoiceId, Integer>>> steps = new ConcurrentHashMap<>();

  /** An empty journal. */
  public InMemoryActionJournal() {}

  @Override
  public List<JournalEntry> entriesOf(DebtorId debtor) {
    List<JournalEntry> list = byDebtor.get(debtor);
    if (list == null) {
      return List.of();
    }
    synchronized (list) {
      return List.copyOf(list);
    }
  }

  @Override
  public Map<InvoiceId, Integer> lastSteps(DebtorId debtor, String scenario) {
    if (steps.isEmpty()) { // an empty journal: the debtor's id is not even hashed
      return Map.of();
    }
    Map<String, Map<InvoiceId, Integer>> byScenario = steps.get(debtor);
    Map<InvoiceId, Integer> last = byScenario == null ? null : byScenario.get(scenario);
    return last == null ? Map.of() : Collections.unmodifiableMap(last);
  }

  @Override
  public boolean contains(String actionId) {
    return ids.contains(actionId);
  }

  @Override
  public void record(Collection<JournalEntry> entries) {
    for (JournalEntry e : entries) {
      if (ids.add(e.id())) {
        List<JournalEntry> list = byDebtor.computeIfAbsent(e.debtorId(), k -> new ArrayList<>());
        synchronized (list) {
          list.add(e);
        }
        Map<InvoiceId, Integer> last = steps.computeIfAbsent(e.debtorId(), k -> new ConcurrentHashMap<>())
            .computeIfAbsent(e.scenario(), k -> new ConcurrentHashMap<>());
        for (InvoiceId id : e.invoices()) {
          last.merge(id, e.stepIndex(), Math::max);
        }
      }
    }
  }

  /** The number of entries. */
  public int size() {
    return ids.size();
  }
}
