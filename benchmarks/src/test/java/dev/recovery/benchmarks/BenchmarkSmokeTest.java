package dev.recovery.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;

/**
 * The only part of the benchmark suite in {@code mvn verify}: every benchmark runs once, in-process,
 * on the tiny dataset, so that a broken benchmark fails the build. Timings are not asserted here (they
 * are measured by {@code benchmarks/run}).
 */
class BenchmarkSmokeTest {

  @Test
  void every_benchmark_runs_once_on_the_tiny_dataset() throws Exception {
    Collection<RunResult> runs = new Runner(BenchmarkSuite.options("dev\\.recovery\\.benchmarks\\..*", false, true)
        .build()).run();
    List<String> names = BenchmarkSuite.rows(runs).stream().map(BenchmarkSuite.Row::name).toList();
    assertThat(names).contains("TermsBenchmark.dueDate", "CsvImportBenchmark.importInvoices",
        "AgingBenchmark.agingAndKpis", "AgingBenchmark.duckDbBaseline", "ReconcileBenchmark.reconcile",
        "SegmentationBenchmark.segment", "DailyRunBenchmark.dailyRun", "FollowingDayBenchmark.followingDay",
        "DailyRunPhasesBenchmark.reconcile", "DailyRunPhasesBenchmark.plan",
        "SimulationBenchmark.simulate");
    assertThat(BenchmarkSuite.rows(runs)).allSatisfy(r -> assertThat(r.score()).isPositive());
  }
}
