package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

  static final String SAMPLE = Path.of("data/sample").toAbsolutePath().toString();

  @Test
  void demo_prints_a_summary_and_writes_the_report_charts_and_csv(@TempDir Path out) throws Exception {
    CliRunner.Result r = CliRunner.run("demo", "--data", SAMPLE, "--out", out.toString());
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("month end").contains("2025-07-31").contains("report.html");
    assertThat(out.resolve("report.html")).exists();
    assertThat(Files.readString(out.resolve("report.html"))).contains("aging.png").contains("dso.png");
    assertThat(Files.size(out.resolve("aging.png"))).isGreaterThan(1000);
    assertThat(Files.readAllLines(out.resolve("series.csv"))).hasSize(9).first().asString().startsWith("month_end");
  }

  @Test
  void json_lists_each_month_with_amounts_as_strings(@TempDir Path out) {
    JsonNode doc = CliRunner.run("demo", "--data", SAMPLE, "--out", out.toString(), "--json").json();
    assertThat(doc.get("months")).hasSize(8);
    assertThat(doc.get("months").get(0).get("open").isTextual()).isTrue();
  }

  @Test
  void bad_options_exit_2(@TempDir Path out) {
    assertThat(CliRunner.run("demo", "--data", "/nope", "--out", out.toString()).exitCode()).isEqualTo(2);
    assertThat(CliRunner.run("demo", "--data", SAMPLE, "--out", out.toString(), "--from", "2025-05-31", "--to",
        "2025-01-31").exitCode()).isEqualTo(2);
  }
}
