package dev.recovery.scenarios.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * An {@link ActionJournal} in a JSON Lines file, one recorded action per line:
 * {@code {"id":"...","date":"2025-03-01","debtorId":"D1","scenario":"standard-b2b","step":"reminder-1",
 * "stepIndex":1,"channel":"email","invoices":["F1"]}}. Existing lines are read when it opens; new
 * entries are appended and flushed before {@link #record} returns, so a crash never loses a
 * recorded action. Thread-safe.
 */
public final class JsonlActionJournal implements ActionJournal {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Path file;
  private final InMemoryActionJournal memory = new InMemoryActionJournal();

  private JsonlActionJournal(Path file) {
    this.file = file;
  }

  /**
   * Opens (or starts) the journal in {@code file}.
   *
   * @throws IllegalArgumentException naming the file and line of a malformed entry
   */
  public static JsonlActionJournal open(Path file) {
    JsonlActionJournal journal = new JsonlActionJournal(file);
    if (Files.exists(file)) {
      List<JournalEntry> entries = new ArrayList<>();
      try {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
          if (lines.get(i).isBlank()) {
            continue;
          }
          try {
            entries.add(parse(MAPPER.readTree(lines.get(i))));
          } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(file + ":" + (i + 1) + ": not a journal entry: " + e.getMessage(), e);
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read journal " + file + ": " + e.getMessage(), e);
      }
      journal.memory.record(entries);
    }
    return journal;
  }

  @Override
  public Map<InvoiceId, Integer> lastSteps(DebtorId debtor, String scenario) {
    return memory.lastSteps(debtor, scenario);
  }

  private static JournalEntry parse(JsonNode n) {
    List<InvoiceId> invoices = new ArrayList<>();
    for (JsonNode i : required(n, "invoices")) {
      invoices.add(InvoiceId.of(i.asText()));
    }
    return new JournalEntry(required(n, "id").asText(), LocalDate.parse(required(n, "date").asText()),
        DebtorId.of(required(n, "debtorId").asText()), required(n, "scenario").asText(), required(n, "step").asText(),
        required(n, "stepIndex").asInt(), required(n, "channel").asText(), invoices);
  }

  private static JsonNode required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("field '" + field + "' is missing");
    }
    return v;
  }

  /** The file. */
  public Path file() {
    return file;
  }

  @Override
  public List<JournalEntry> entriesOf(DebtorId debtor) {
    return memory.entriesOf(debtor);
  }

  @Override
  public boolean contains(String actionId) {
    return memory.contains(actionId);
  }

  @Override
  public synchronized void record(Collection<JournalEntry> entries) {
    List<JournalEntry> fresh = entries.stream().filter(e -> !memory.contains(e.id())).toList();
    if (fresh.isEmpty()) {
      return;
    }
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND)) {
        for (JournalEntry e : fresh) {
          ObjectNode n = MAPPER.createObjectNode();
          n.put("id", e.id());
          n.put("date", e.date().toString());
          n.put("debtorId", e.debtorId().value());
          n.put("scenario", e.scenario());
          n.put("step", e.step());
          n.put("stepIndex", e.stepIndex());
          n.put("channel", e.channel());
          var arr = n.putArray("invoices");
          e.invoices().forEach(i -> arr.add(i.value()));
          w.write(MAPPER.writeValueAsString(n));
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot append to journal " + file + ": " + e.getMessage(), e);
    }
    memory.record(fresh);
  }
}
