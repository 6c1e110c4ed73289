package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulateCommandTest {

  static final String SCENARIOS = Path.of("data/scenarios.yaml").toAbsolutePath().toString();

  static CliRunner.Result simulate(String... extra) {
    String[] base = {"simulate", "--generate", "debtors=20,invoices=90,seed=3", "--scenarios", SCENARIOS,
        "--start", "2025-01-01", "--days", "60", "--seed", "5", "--json"};
    String[] all = new String[base.length + extra.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(extra, 0, all, base.length, extra.length);
    return CliRunner.run(all);
  }

  @Test
  void json_follows_the_contract() {
    CliRunner.Result r = simulate("--compare", "baseline,no-dunning");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("strategies")).hasSize(2);
    JsonNode s = doc.get("strategies").get(0);
    assertThat(s.get("name").asText()).isEqualTo("baseline");
    JsonNode k = s.get("kpis");
    assertThat(k.get("cashCollected").get("EUR").asText()).matches("\\d+\\.\\d{2}");
    assertThat(k.has("dso")).isTrue();
    assertThat(k.has("cei")).isTrue();
    assertThat(k.get("contacts").isObject()).isTrue();
    assertThat(k.get("cost").get("total").asText()).matches("\\d+\\.\\d{2}");
    assertThat(k.get("blocked").isObject()).isTrue();
    assertThat(s.get("daily")).hasSize(60);
    assertThat(s.get("daily").get(0).get("date").asText()).isEqualTo("2025-01-01");
    assertThat(s.get("daily").get(59).has("contacts")).isTrue();
    JsonNode none = doc.get("strategies").get(1).get("kpis");
    assertThat(none.get("contacts").size()).isZero();
    assertThat(new java.math.BigDecimal(none.get("cashCollected").get("EUR").asText()))
        .isLessThanOrEqualTo(new java.math.BigDecimal(k.get("cashCollected").get("EUR").asText()));
  }

  @Test
  void same_seed_same_json_another_seed_another_one() {
    String a = simulate().out();
    String b = simulate().out();
    assertThat(a).isEqualTo(b);
    CliRunner.Result c = CliRunner.run("simulate", "--generate", "debtors=20,invoices=90,seed=3", "--scenarios",
        SCENARIOS, "--start", "2025-01-01", "--days", "60", "--seed", "6", "--json");
    assertThat(c.out()).isNotEqualTo(a);
  }

  @Test
  void reads_a_data_directory_and_writes_the_report(@TempDir Path dir) throws Exception {
    assertThat(CliRunner.run("generate", "--debtors", "15", "--invoices", "60", "--seed", "2", "--start",
        "2025-01-01", "--out", dir.resolve("data").toString()).exitCode()).isZero();
    CliRunner.Result r = CliRunner.run("simulate", "--data", dir.resolve("data").toString(), "--scenarios", SCENARIOS,
        "--start", "2025-01-01", "--days", "45", "--report", dir.resolve("report").toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("baseline").contains("report written to");
    assertThat(Files.readString(dir.resolve("report/report.html"))).contains("KPIs side by side").contains("cash.png");
    List<String> csv = Files.readAllLines(dir.resolve("report/daily.csv"));
    assertThat(csv.get(0)).startsWith("strategy,date,currency,cash_collected,open,overdue,dso,cei");
    assertThat(csv.stream().filter(l -> l.startsWith("baseline,") && l.contains(",EUR,"))).hasSize(45);
    assertThat(r.err()).contains("simulate: baseline");
  }

  @Test
  void bad_input_exits_2_naming_the_option() {
    CliRunner.Result spec = CliRunner.run("simulate", "--generate", "debtors=x", "--scenarios", SCENARIOS, "--start",
        "2025-01-01");
    assertThat(spec.exitCode()).isEqualTo(2);
    assertThat(spec.err()).contains("--generate");
    CliRunner.Result unknown = CliRunner.run("simulate", "--generate", "debtors=5,invoices=10,colour=red",
        "--scenarios", SCENARIOS, "--start", "2025-01-01");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("colour");
    assertThat(simulate("--compare", "bogus").exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("simulate", "--generate", "debtors=5,invoices=10", "--scenarios", SCENARIOS, "--start",
        "2025-01-01", "--days", "0").exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("simulate", "--data", "/no/such/dir", "--scenarios", SCENARIOS, "--start",
        "2025-01-01").exitCode()).isEqualTo(2);
  }
}
