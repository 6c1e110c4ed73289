package dev.recovery.examples;

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
import dev.recovery.scenarios.simulate.Strategies;
import dev.recovery.scenarios.simulate.StrategyResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Example: compare two strategies over six months on a generated portfolio, same draws. */
public final class SimulationExample {

  private SimulationExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    LocalDate start = LocalDate.of(2025, 1, 1);
    Portfolio portfolio = PortfolioGenerator.generate(100, 500, 42, start);
    ScenarioBook book = ScenarioFileReader.standard().read(Path.of("examples/data/scenarios.yaml"));
    RulePacks law = RulePacks.standard();
    List<Simulator.Strategy> strategies = List.of(
        new Simulator.Strategy("baseline", DunningRun.of(book, RulePackGate.of(law), RulePackPenalties.of(law))),
        new Simulator.Strategy("written-only", DunningRun.of(Strategies.variant(book, "written-only"),
            RulePackGate.of(law), RulePackPenalties.of(law))));
    List<StrategyResult> results = Simulator.of(BehaviourModel.defaults(), CostModel.defaults(), 42)
        .run(portfolio, strategies, start, 182, d -> "standard", d -> Set.of(), null);
    for (StrategyResult r : results) {
      System.out.println(r.name() + ": collected " + r.cashCollected() + ", DSO " + r.dso().orElse(null) + ", cost "
          + r.totalCost() + ", contacts " + r.contacts());
    }
  }
}
