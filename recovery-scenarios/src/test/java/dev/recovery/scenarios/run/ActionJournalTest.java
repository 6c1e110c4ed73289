package dev.recovery.scenarios.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActionJournalTest {

  static final DebtorId D1 = DebtorId.of("D1");
  static final DebtorId D2 = DebtorId.of("D2");
  static final LocalDate DAY = LocalDate.of(2025, 3, 1);

  static JournalEntry entry(String id, DebtorId debtor, String scenario, int step, String... invoices) {
    return new JournalEntry(id, DAY, debtor, scenario, "step-" + step, step, "email",
        List.of(invoices).stream().map(InvoiceId::of).toList());
  }

  @Test
  void latest_step_per_invoice_and_scenario() {
    InMemoryActionJournal journal = new InMemoryActionJournal();
    journal.record(List.of(entry("a", D1, "b2b", 0, "F1", "F2"), entry("b", D1, "b2b", 2, "F1"),
        entry("c", D1, "b2c", 3, "F2"), entry("d", D2, "b2b", 1, "F9")));
    // recording an id twice is a no-op, also for the index
    journal.record(List.of(entry("b", D1, "b2b", 5, "F1")));
    assertThat(journal.lastSteps(D1, "b2b")).isEqualTo(Map.of(InvoiceId.of("F1"), 2, InvoiceId.of("F2"), 0));
    assertThat(journal.lastSteps(D1, "b2c")).isEqualTo(Map.of(InvoiceId.of("F2"), 3));
    assertThat(journal.lastSteps(D2, "b2c")).isEmpty();
    assertThat(journal.lastSteps(DebtorId.of("none"), "b2b")).isEmpty();
  }

  /** The in-memory index always agrees with the derivation from the entries (the interface's default). */
  @Property(tries = 50)
  void the_index_agrees_with_the_entries(@ForAll long seed) {
    Random r = new Random(seed);
    InMemoryActionJournal journal = new InMemoryActionJournal();
    for (int batch = 0; batch < 5; batch++) {
      List<JournalEntry> entries = new ArrayList<>();
      for (int i = 0; i < r.nextInt(10); i++) {
        entries.add(entry("e" + r.nextInt(40), r.nextBoolean() ? D1 : D2, r.nextBoolean() ? "x" : "y", r.nextInt(4),
            "F" + r.nextInt(5), "F" + r.nextInt(5)));
      }
      journal.record(entries);
      for (DebtorId d : List.of(D1, D2)) {
        for (String scenario : List.of("x", "y")) {
          assertThat(journal.lastSteps(d, scenario)).isEqualTo(ActionJournal.lastSteps(journal.entriesOf(d), scenario));
        }
      }
    }
  }

  @Test
  void a_reopened_jsonl_journal_knows_the_latest_steps(@TempDir Path dir) {
    Path file = dir.resolve("journal.jsonl");
    JsonlActionJournal.open(file).record(List.of(entry("a", D1, "b2b", 1, "F1"), entry("b", D1, "b2b", 3, "F1")));
    assertThat(JsonlActionJournal.open(file).lastSteps(D1, "b2b")).isEqualTo(Map.of(InvoiceId.of("F1"), 3));
  }
}
