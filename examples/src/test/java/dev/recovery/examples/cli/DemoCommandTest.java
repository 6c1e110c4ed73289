package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  static final String SCENARIOS = Path.of("data/scenarios.yaml").toAbsolutePath().toString();

  @Test
  void demo_simulates_three_strategies_and_writes_the_report(@TempDir Path out) throws Exception {
    CliRunner.Result r = CliRunner.run("demo", "--scenarios", SCENARIOS, "--out", out.toString(), "--debtors", "40",
        "--invoices", "200", "--days", "120");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("baseline").contains("written-only").contains("no-dunning").contains("report.html");
    String html = Files.readString(out.resolve("report.html"));
    assertThat(html).contains("cash.png").contains("dso.png").contains("aging-0.png").contains("KPIs side by side");
    assertThat(Files.size(out.resolve("cash.png"))).isGreaterThan(1000);
    assertThat(Files.readAllLines(out.resolve("daily.csv")).get(0)).startsWith("strategy,date");
    assertThat(r.err()).contains("simulate:");
  }

  @Test
  void json_has_the_strategies_with_kpis(@TempDir Path out) {
    JsonNode doc = CliRunner.run("demo", "--scenarios", SCENARIOS, "--out", out.toString(), "--debtors", "20",
        "--invoices", "80", "--days", "60", "--json").json();
    assertThat(doc.get("strategies")).hasSize(3);
    assertThat(doc.get("strategies").get(0).get("kpis").has("cashCollected")).isTrue();
  }

  @Test
  void bad_options_exit_2(@TempDir Path out) {
    assertThat(CliRunner.run("demo", "--scenarios", "/nope.yaml", "--out", out.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("demo", "--scenarios", SCENARIOS, "--out", out.toString(), "--days", "0").exitCode())
        .isEqualTo(2);
    assertThat(CliRunner.run("demo", "--scenarios", SCENARIOS, "--out", out.toString(), "--compare", "bogus")
        .exitCode()).isEqualTo(2);
  }
}
