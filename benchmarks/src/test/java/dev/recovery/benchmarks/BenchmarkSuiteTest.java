package dev.recovery.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchmarkSuiteTest {

  static final BenchmarkSuite.Row AGING = new BenchmarkSuite.Row("AgingBenchmark.agingAndKpis", "1M", 88.2, 2.9, "ms/op");
  static final BenchmarkSuite.Row DUCK = new BenchmarkSuite.Row("AgingBenchmark.duckDbBaseline", "1M", 188.7, 5, "ms/op");
  static final BenchmarkSuite.Row CSV = new BenchmarkSuite.Row("CsvImportBenchmark.importInvoices", "", 900_000, 1, "ops/s");

  @Test
  void aging_is_judged_against_the_duckdb_baseline_of_the_same_run(@TempDir Path dir) throws Exception {
    List<BenchmarkSuite.Row> rows = List.of(CSV, AGING, DUCK);
    assertThat(BenchmarkSuite.targetOf(AGING, rows).met(AGING.score())).isTrue();
    assertThat(BenchmarkSuite.targetOf(AGING, List.of(AGING))).isNull();
    BenchmarkSuite.Row slow = new BenchmarkSuite.Row("AgingBenchmark.agingAndKpis", "1M", 200, 1, "ms/op");
    assertThat(BenchmarkSuite.targetOf(slow, List.of(slow, DUCK)).met(slow.score())).isFalse();

    Path file = dir.resolve("latest.json");
    BenchmarkSuite.write(rows, file, "quick");
    JsonNode doc = new ObjectMapper().readTree(Files.readString(file));
    assertThat(doc.get("benchmarks").get(0).get("met").asBoolean()).isFalse();
    assertThat(doc.get("benchmarks").get(1).get("met").asBoolean()).isTrue();
    assertThat(doc.get("benchmarks").get(1).get("target").asText()).contains("DuckDB").contains("188.7");
    assertThat(BenchmarkSuite.table(rows, "quick")).contains("NO").contains("yes");
  }

  @Test
  void a_partial_run_replaces_its_own_rows_and_keeps_the_others(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latest.json");
    BenchmarkSuite.write(List.of(CSV, AGING, DUCK), file, "full, parallel GC");
    BenchmarkSuite.Row faster = new BenchmarkSuite.Row("CsvImportBenchmark.importInvoices", "", 1_200_000, 1, "ops/s");
    assertThat(BenchmarkSuite.merge(List.of(faster), file, "quick, parallel GC")).isEqualTo(2);
    JsonNode entries = new ObjectMapper().readTree(Files.readString(file)).get("benchmarks");
    assertThat(entries).hasSize(3);
    assertThat(entries.get(0).get("score").asDouble()).isEqualTo(1_200_000);
    assertThat(entries.get(0).get("mode").asText()).isEqualTo("quick, parallel GC");
    assertThat(entries.get(0).get("met").asBoolean()).isTrue();
    assertThat(entries.get(1).get("name").asText()).isEqualTo("AgingBenchmark.agingAndKpis");
    assertThat(entries.get(1).get("mode").asText()).isEqualTo("full, parallel GC");
    assertThat(entries.get(2).get("score").asDouble()).isEqualTo(188.7);
  }

  @Test
  void a_partial_run_refuses_to_overwrite_a_file_that_is_not_results(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("latest.json");
    Files.writeString(file, "{\"something\": 1}");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> BenchmarkSuite.merge(List.of(CSV), file, "quick"))
        .isInstanceOf(java.io.IOException.class).hasMessageContaining("not a results file");
    assertThat(Files.readString(file)).isEqualTo("{\"something\": 1}");
  }
}
