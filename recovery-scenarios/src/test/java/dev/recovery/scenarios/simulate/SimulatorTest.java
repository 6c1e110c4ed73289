package dev.recovery.scenarios.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.casefile.Channel;
import dev.recovery.core.io.Portfolio;
import dev.recovery.core.io.PortfolioWriter;
import dev.recovery.core.money.Money;
import dev.recovery.scenarios.run.ActionGate;
import dev.recovery.scenarios.run.DunningRun;
import dev.recovery.scenarios.run.GateVerdict;
import dev.recovery.scenarios.run.PenaltyQuoter;
import dev.recovery.scenarios.run.Reason;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.scenario.dsl.ScenarioFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatorTest {

  static final LocalDate START = LocalDate.of(2025, 1, 1);
  static final ScenarioBook BOOK = ScenarioFileReader.standard().read(Path.of("../examples/data/scenarios.yaml"));

  static List<StrategyResult> simulate(Portfolio p, long seed, int days, Simulator.Strategy... strategies) {
    return Simulator.of(BehaviourModel.defaults(), CostModel.defaults(), seed)
        .run(p, List.of(strategies), START, days, d -> "standard", d -> Set.of(), null);
  }

  static Simulator.Strategy strategy(String name, ScenarioBook book, ActionGate gate) {
    return new Simulator.Strategy(name, DunningRun.of(book, gate, PenaltyQuoter.none()));
  }

  @Test
  void a_legal_block_in_the_gate_shows_up_in_the_simulation() {
    Portfolio p = PortfolioGenerator.generate(30, 150, 3, START);
    ActionGate noCalls = (proposal, caseFile) -> proposal.channel() == Channel.PHONE
        ? GateVerdict.block(List.of(new Reason("test.no-calls", "test pack", "no calls")), Optional.empty())
        : GateVerdict.allow();
    StrategyResult r = simulate(p, 1, 120, strategy("blocked", BOOK, noCalls)).get(0);
    assertThat(r.blockedByRule()).containsKey("test.no-calls");
    assertThat(r.contacts()).doesNotContainKey("phone");
    StrategyResult free = simulate(p, 1, 120, strategy("free", BOOK, ActionGate.allowAll())).get(0);
    assertThat(free.contacts()).containsKey("phone");
    assertThat(free.blockedByRule()).isEmpty();
  }

  @Test
  void same_seed_same_result_and_another_seed_another_one() {
    Portfolio p = PortfolioGenerator.generate(25, 120, 5, START);
    StrategyResult a = simulate(p, 9, 90, strategy("s", BOOK, ActionGate.allowAll())).get(0);
    StrategyResult b = simulate(p, 9, 90, strategy("s", BOOK, ActionGate.allowAll())).get(0);
    StrategyResult c = simulate(p, 10, 90, strategy("s", BOOK, ActionGate.allowAll())).get(0);
    assertThat(a).isEqualTo(b);
    assertThat(c.cashCollected()).isNotEqualTo(a.cashCollected());
  }

  @Test
  void the_generator_is_byte_for_byte_reproducible(@TempDir Path dir) throws Exception {
    PortfolioWriter.write(PortfolioGenerator.generate(50, 300, 11, START), dir.resolve("a"));
    PortfolioWriter.write(PortfolioGenerator.generate(50, 300, 11, START), dir.resolve("b"));
    for (String f : List.of("debtors.csv", "invoices.csv", "payments.csv", "events.jsonl")) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
    }
    Portfolio p = PortfolioGenerator.generate(50, 300, 11, START);
    assertThat(p.invoices()).hasSize(300);
    assertThat(p.debtors()).hasSize(50);
  }

  @Test
  void the_strategy_variants_keep_what_they_say() {
    assertThat(Strategies.variant(BOOK, "no-dunning").scenarios()).isEmpty();
    assertThat(Strategies.variant(BOOK, "written-only").scenarios()).allSatisfy(s -> assertThat(s.steps())
        .noneMatch(st -> st.channel().filter(Channel::isVoice).isPresent()));
    assertThat(Strategies.variant(BOOK, "no-pre-reminder").scenarios()).allSatisfy(s -> assertThat(s.steps())
        .allMatch(st -> st.when().days() >= 0));
  }

  /** Sanity: on the same draws, no dunning never collects more than the bundled scenarios. */
  @Property(tries = 6)
  void no_steps_never_collect_more_than_steps(@ForAll @IntRange(min = 1, max = 1000) int seed) {
    Portfolio p = PortfolioGenerator.generate(15, 60, seed, START);
    List<StrategyResult> r = simulate(p, seed, 90, strategy("steps", BOOK, ActionGate.allowAll()),
        strategy("none", Strategies.variant(BOOK, "no-dunning"), ActionGate.allowAll()));
    for (String currency : r.get(1).cashCollected().keySet()) {
      Money none = r.get(1).cashCollected().get(currency);
      Money steps = r.get(0).cashCollected().getOrDefault(currency, Money.zero(currency));
      assertThat(none.compareTo(steps)).as(currency).isLessThanOrEqualTo(0);
    }
  }
}
