package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

  static final String SAMPLE = Path.of("data/sample").toAbsolutePath().toString();
  static final String SCENARIOS = Path.of("data/scenarios.yaml").toAbsolutePath().toString();

  static CliRunner.Result run(String... extra) {
    String[] base = {"run", "--data", SAMPLE, "--scenarios", SCENARIOS, "--as-of", "2025-05-15", "--json"};
    return CliRunner.run(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
  }

  @Test
  void json_follows_the_contract() {
    CliRunner.Result r = run();
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("asOf").asText()).isEqualTo("2025-05-15");
    assertThat(doc.get("actions").size()).isGreaterThan(0);
    JsonNode a = doc.get("actions").get(0);
    for (String field : new String[] {"id", "debtorId", "scenario", "step", "channel", "invoices", "amount", "currency",
        "scheduledAt", "template", "language", "explanation"}) {
      assertThat(a.has(field)).as(field).isTrue();
    }
    assertThat(a.get("amount").isTextual()).isTrue();
    assertThat(doc.has("blocked")).isTrue();
    assertThat(doc.get("summary").get("actions").asInt()).isEqualTo(doc.get("actions").size());
  }

  @Test
  void commit_records_and_the_same_day_twice_plans_nothing_new(@TempDir Path dir) {
    String journal = dir.resolve("journal.jsonl").toString();
    JsonNode first = run("--journal", journal, "--commit").json();
    assertThat(first.get("actions").size()).isGreaterThan(0);
    JsonNode second = run("--journal", journal, "--commit").json();
    assertThat(second.get("actions")).isEmpty();
    JsonNode preview = run("--journal", journal).json();
    assertThat(preview.get("actions")).isEmpty();
  }

  @Test
  void the_same_day_without_commit_plans_the_same_ids() {
    JsonNode a = run().json();
    JsonNode b = run("--sequential").json();
    assertThat(b.get("actions")).isEqualTo(a.get("actions"));
  }

  @Test
  void outbox_gets_one_rendered_file_per_message(@TempDir Path dir) throws Exception {
    Path outbox = dir.resolve("outbox");
    JsonNode doc = run("--outbox", outbox.toString()).json();
    long messages = 0;
    for (JsonNode a : doc.get("actions")) {
      if (!a.get("channel").asText().equals("hand-over")) {
        messages++;
        assertThat(outbox.resolve(a.get("id").asText() + ".txt")).exists();
      }
    }
    try (var files = Files.list(outbox)) {
      assertThat(files.count()).isEqualTo(messages);
    }
  }

  @Test
  void bad_input_exits_2() {
    assertThat(run("--commit").exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("run", "--data", SAMPLE, "--scenarios", "/nope.yaml", "--as-of", "2025-05-15").exitCode())
        .isEqualTo(2);
    assertThat(CliRunner.run("run", "--data", SAMPLE, "--scenarios", SCENARIOS, "--as-of", "2025-02-30").exitCode())
        .isEqualTo(2);
  }

  /**
   * A run on a date the bundled legal rates do not cover yet (letters to businesses state the
   * late-payment interest) is bad input: exit 2 and the message names the table, its coverage and
   * how to add the rate, with no stack trace.
   */
  @Test
  void a_date_beyond_the_legal_rates_exits_2_saying_which_table_to_extend(@TempDir Path dir) {
    String data = dir.resolve("data").toString();
    assertThat(CliRunner.run("generate", "--debtors", "100", "--invoices", "500", "--out", data, "--start",
        "2026-01-01", "--seed", "7").exitCode()).isZero();
    CliRunner.Result r = CliRunner.run("run", "--data", data, "--scenarios", SCENARIOS, "--as-of", "2026-11-01");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).contains("rate table 'ecb-mro'").contains("has no rate for 2026-07-01")
        .contains("RateTables.with").doesNotContain("internal error").doesNotContain("\tat ");
  }

  @Test
  void call_queue_ranks_the_calls_with_reasons() {
    CliRunner.Result r = CliRunner.run("call-queue", "--data", SAMPLE, "--scenarios", SCENARIOS, "--as-of",
        "2025-05-15", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode calls = r.json().get("calls");
    assertThat(calls.size()).isGreaterThan(0);
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < calls.size(); i++) {
      assertThat(calls.get(i).get("rank").asInt()).isEqualTo(i + 1);
      assertThat(calls.get(i).get("priority").asLong()).isLessThanOrEqualTo(previous);
      assertThat(calls.get(i).get("reasons").size()).isGreaterThan(0);
      previous = calls.get(i).get("priority").asLong();
    }
  }
}
