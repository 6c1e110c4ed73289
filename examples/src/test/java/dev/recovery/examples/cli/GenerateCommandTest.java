package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

  static CliRunner.Result generate(Path out, String seed, String... extra) {
    List<String> args = new java.util.ArrayList<>(List.of("generate", "--debtors", "30", "--invoices", "120", "--seed",
        seed, "--start", "2025-01-01", "--out", out.toString()));
    args.addAll(List.of(extra));
    return CliRunner.run(args.toArray(String[]::new));
  }

  @Test
  void same_seed_same_files_byte_for_byte(@TempDir Path dir) throws Exception {
    assertThat(generate(dir.resolve("a"), "7").exitCode()).isZero();
    assertThat(generate(dir.resolve("b"), "7").exitCode()).isZero();
    assertThat(generate(dir.resolve("c"), "8").exitCode()).isZero();
    for (String f : List.of("debtors.csv", "invoices.csv", "payments.csv", "events.jsonl")) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
    }
    assertThat(Files.readString(dir.resolve("c/invoices.csv"))).isNotEqualTo(Files.readString(dir.resolve("a/invoices.csv")));
    // and it reads back clean through the importer
    var load = dev.recovery.core.io.PortfolioLoader.load(dir.resolve("a"));
    assertThat(load.failures()).isEmpty();
    assertThat(load.portfolio().invoices()).hasSize(120);
  }

  @Test
  void json_counts_what_was_written(@TempDir Path dir) {
    JsonNode doc = generate(dir, "1", "--json").json();
    assertThat(doc.get("debtors").asInt()).isEqualTo(30);
    assertThat(doc.get("invoices").asInt()).isEqualTo(120);
    assertThat(doc.get("seed").asLong()).isEqualTo(1);
  }

  @Test
  void bad_counts_exit_2(@TempDir Path dir) {
    CliRunner.Result r = CliRunner.run("generate", "--debtors", "0", "--invoices", "10", "--start", "2025-01-01",
        "--out", dir.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--debtors");
  }
}
