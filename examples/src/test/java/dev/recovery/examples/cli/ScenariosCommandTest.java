package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenariosCommandTest {

  static final String FILE = Path.of("data/scenarios.yaml").toAbsolutePath().toString();

  @Test
  void validate_accepts_the_shipped_file() {
    CliRunner.Result r = CliRunner.run("scenarios", "validate", FILE, "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.json().get("valid").asBoolean()).isTrue();
    assertThat(r.json().get("scenarios")).hasSize(5);
  }

  @Test
  void validate_lists_every_error_and_exits_2(@TempDir Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "scenarios:\n  - id: x\n    steps:\n      - {id: a, when: soon, channel: email, template: reminder}\n"
        + "      - {id: b, when: due + 1 days, channel: pigeon, template: reminder}\n");
    CliRunner.Result r = CliRunner.run("scenarios", "validate", bad.toString(), "--json");
    assertThat(r.exitCode()).isEqualTo(2);
    JsonNode errors = r.json().get("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.get(0).get("line").asInt()).isEqualTo(4);
    assertThat(errors.get(1).get("field").asText()).isEqualTo("scenarios[0].steps[1].channel");
    assertThat(r.err()).contains("bad.yaml:4:");
  }

  @Test
  void show_prints_the_timeline() {
    CliRunner.Result r = CliRunner.run("scenarios", "show", FILE);
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("standard-b2b").contains("D  -7  pre-reminder").contains("hand over to agency");
    JsonNode doc = CliRunner.run("scenarios", "show", FILE, "--json").json();
    assertThat(doc.get("scenarios").get(0).get("steps").get(0).get("offsetDays").asInt()).isEqualTo(-7);
  }

  @Test
  void missing_file_and_missing_subcommand_exit_2() {
    assertThat(CliRunner.run("scenarios", "validate", "/no/such.yaml").exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("scenarios").exitCode()).isEqualTo(2);
  }
}
