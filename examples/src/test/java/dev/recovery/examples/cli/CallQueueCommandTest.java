package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CallQueueCommandTest {

  static final String SAMPLE = Path.of("data/sample").toAbsolutePath().toString();
  static final String SCENARIOS = Path.of("data/scenarios.yaml").toAbsolutePath().toString();
  static final String AS_OF = "2025-05-15";

  static CliRunner.Result queue(String... extra) {
    String[] base = {"call-queue", "--data", SAMPLE, "--scenarios", SCENARIOS, "--as-of", AS_OF, "--json"};
    return CliRunner.run(Stream.concat(Stream.of(base), Stream.of(extra)).toArray(String[]::new));
  }

  @Test
  void calls_are_ranked_from_one_by_non_increasing_priority_with_reasons() {
    CliRunner.Result r = queue();
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("asOf").asText()).isEqualTo(AS_OF);
    JsonNode calls = doc.get("calls");
    assertThat(calls.size()).isGreaterThan(0);
    long previous = Long.MAX_VALUE;
    for (int i = 0; i < calls.size(); i++) {
      JsonNode c = calls.get(i);
      assertThat(c.get("rank").asInt()).isEqualTo(i + 1);
      assertThat(c.get("priority").asLong()).isLessThanOrEqualTo(previous);
      previous = c.get("priority").asLong();
      assertThat(c.get("amount").isTextual()).as("amounts are strings").isTrue();
      assertThat(c.get("reasons").size()).isGreaterThan(0);
      assertThat(c.get("invoices").size()).isGreaterThan(0);
    }
  }

  @Test
  void every_queued_call_is_a_phone_action_of_the_same_day_run() {
    JsonNode calls = queue().json().get("calls");
    JsonNode actions = CliRunner.run(new String[] {"run", "--data", SAMPLE, "--scenarios", SCENARIOS, "--as-of",
        AS_OF, "--json"}).json().get("actions");
    Map<String, String> channelById = new HashMap<>();
    actions.forEach(a -> channelById.put(a.get("id").asText(), a.get("channel").asText()));
    long phoneActions = channelById.values().stream().filter("phone"::equals).count();
    assertThat(calls.size()).isEqualTo(phoneActions);
    calls.forEach(c -> assertThat(channelById.get(c.get("actionId").asText())).isEqualTo("phone"));
  }

  @Test
  void calls_recorded_in_the_journal_are_not_queued_again(@TempDir Path dir) {
    String journal = dir.resolve("journal.jsonl").toString();
    CliRunner.Result commit = CliRunner.run(new String[] {"run", "--data", SAMPLE, "--scenarios", SCENARIOS,
        "--as-of", AS_OF, "--journal", journal, "--commit", "--json"});
    assertThat(commit.exitCode()).as(commit.err()).isZero();
    JsonNode after = queue("--journal", journal).json();
    assertThat(after.get("calls")).isEmpty();
  }

  @Test
  void a_missing_option_or_a_bad_date_is_bad_input() {
    assertThat(CliRunner.run(new String[] {"call-queue", "--data", SAMPLE, "--scenarios", SCENARIOS, "--json"})
        .exitCode()).isEqualTo(2);
    CliRunner.Result bad = CliRunner.run(new String[] {"call-queue", "--data", SAMPLE, "--scenarios", SCENARIOS,
        "--as-of", "2025-13-40", "--json"});
    assertThat(bad.exitCode()).isEqualTo(2);
  }

  @Test
  void text_output_lists_the_ranked_calls() {
    CliRunner.Result r = CliRunner.run(new String[] {"call-queue", "--data", SAMPLE, "--scenarios", SCENARIOS,
        "--as-of", AS_OF});
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("Call queue for " + AS_OF).contains("  1. ");
  }
}
