package dev.recovery.benchmarks;

import dev.recovery.core.io.Portfolio;
import dev.recovery.legal.RulePacks;
import dev.recovery.scenarios.run.DunningRun;
import dev.recovery.scenarios.run.law.RulePackGate;
import dev.recovery.scenarios.run.law.RulePackPenalties;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.scenario.dsl.ScenarioFileReader;
import dev.recovery.scenarios.simulate.BehaviourModel;
import dev.recovery.scenarios.simulate.CostModel;
import dev.recovery.scenarios.simulate.PortfolioGenerator;
import dev.recovery.scenarios.simulate.Simulator;
import dev.recovery.scenarios.simulate.StrategyResult;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One strategy simulated over 365 days on a generated portfolio of 10,000 debtors and 50,000 invoices
 * (size {@code 10k}; {@code tiny} is 20 debtors, 100 invoices, 30 days for the smoke run), with the real
 * engine, reconciliation and legal gate. Target: under 10 seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SimulationBenchmark {

  static final LocalDate START = LocalDate.of(2025, 1, 1);

  /** Dataset size: tiny or 10k. */
  @Param({"10k"})
  public String size;

  private Portfolio portfolio;
  private Simulator.Strategy strategy;
  private int days;

  /** Generates the portfolio and loads the scenarios. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    boolean tiny = size.toLowerCase(Locale.ROOT).equals("tiny");
    portfolio = tiny ? PortfolioGenerator.generate(20, 100, 1, START) : PortfolioGenerator.generate(10_000, 50_000, 1, START);
    days = tiny ? 30 : 365;
    ScenarioBook book;
    try (var in = new InputStreamReader(SimulationBenchmark.class.getResourceAsStream("/benchmark-scenarios.yaml"),
        StandardCharsets.UTF_8)) {
      book = ScenarioFileReader.standard().read(in, "benchmark-scenarios.yaml");
    }
    RulePacks packs = RulePacks.standard();
    strategy = new Simulator.Strategy("baseline", DunningRun.of(book, RulePackGate.of(packs), RulePackPenalties.of(packs)));
  }

  /** Simulates the horizon. */
  @Benchmark
  public List<StrategyResult> simulate() {
    return Simulator.of(BehaviourModel.defaults(), CostModel.defaults(), 7)
        .run(portfolio, List.of(strategy), START, days, d -> "standard", d -> Set.of(), null);
  }
}
