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
  void the_facts_a_fork_writes_go_to_the_table_and_the_results_file(@TempDir Path dir) throws Exception {
    BenchmarkSuite.Row rec = new BenchmarkSuite.Row("ReconcileBenchmark.reconcile", "full", 470, 50, "ms/op");
    Files.writeString(dir.resolve(BenchmarkSuite.factsFile(rec.name(), rec.size())),
        "{\"payments\":100000,\"autoMatchRate\":0.7312,\"wrongMatches\":0}");
    List<BenchmarkSuite.Row> rows = BenchmarkSuite.withFacts(List.of(rec, CSV), dir);
    assertThat(rows.get(0).facts()).containsEntry("autoMatchRate", 0.7312).containsEntry("wrongMatches", 0);
    assertThat(rows.get(1).facts()).isEmpty();
    assertThat(BenchmarkSuite.table(rows, "quick")).contains("ReconcileBenchmark.reconcile (full): {payments=100000, "
        + "autoMatchRate=0.7312, wrongMatches=0}");
    Path file = dir.resolve("latest.json");
    BenchmarkSuite.write(rows, file, "quick");
    JsonNode entries = new ObjectMapper().readTree(Files.readString(file)).get("benchmarks");
    assertThat(entries.get(0).get("facts").get("wrongMatches").asInt()).isZero();
    assertThat(entries.get(0).get("facts").get("autoMatchRate").asDouble()).isEqualTo(0.7312);
    assertThat(entries.get(1).has("facts")).isFalse();
  }

  @Test
  void the_forks_get_the_heap_settings_and_the_extra_arguments_together() {
    var options = BenchmarkSuite.options("x", false, false, "parallel", "-Dsome.property=1").build();
    assertThat(options.getJvmArgsAppend().get()).containsExactly("-Xms8g", "-Xmx8g", "-XX:+AlwaysPreTouch",
        "-XX:+UseParallelGC", "-Dsome.property=1");
  }

  @Test
  void the_reconciliation_quality_counts_a_match_to_an_invoice_the_payment_was_not_for() {
    ReconcileBenchmark b = new ReconcileBenchmark();
    b.size = "tiny";
    b.setUp();
    dev.recovery.core.reconcile.ReconciliationResult result = b.reconcile();
    java.util.Map<dev.recovery.core.ledger.PaymentId, java.util.Set<dev.recovery.core.ledger.InvoiceId>> truth =
        new java.util.HashMap<>();
    for (var m : result.matches()) {
      truth.put(m.paymentId(), java.util.Set.of(m.allocations().get(0).invoiceId()));
    }
    ReconcileBenchmark.Quality exact = ReconcileBenchmark.quality(result, truth);
    assertThat(exact.autoMatched()).isEqualTo(result.matches().size()).isPositive();
    assertThat(exact.payments()).isEqualTo(truth.size());
    // one payment said to be for another invoice, one said to be for none: two wrong matches
    var first = result.matches().get(0);
    var second = result.matches().get(1);
    truth.put(first.paymentId(), java.util.Set.of(dev.recovery.core.ledger.InvoiceId.of("NOT-THIS-ONE")));
    truth.put(second.paymentId(), java.util.Set.of());
    long multi = result.matches().stream().filter(m -> m.allocations().size() > 1 || m.writeOff().isPresent()
        && !m.writeOff().get().invoiceId().equals(m.allocations().get(0).invoiceId())).count();
    assertThat(ReconcileBenchmark.quality(result, truth).wrongMatches()).isEqualTo(exact.wrongMatches() + 2);
    assertThat(exact.wrongMatches()).isEqualTo((int) multi);
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
