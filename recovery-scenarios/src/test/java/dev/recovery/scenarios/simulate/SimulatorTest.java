package dev.recovery.scenarios.simulate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.aging.AgingReport;
import dev.recovery.core.aging.KpiCalculator;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.io.Portfolio;
import dev.recovery.core.io.PortfolioLoad;
import dev.recovery.core.io.PortfolioLoader;
import dev.recovery.core.io.PortfolioWriter;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.money.Money;
import dev.recovery.core.reconcile.Reconciler;
import dev.recovery.legal.RulePacks;
import dev.recovery.scenarios.run.ActionGate;
import dev.recovery.scenarios.run.DunningRun;
import dev.recovery.scenarios.run.GateVerdict;
import dev.recovery.scenarios.run.PenaltyQuoter;
import dev.recovery.scenarios.run.Reason;
import dev.recovery.scenarios.run.law.RulePackGate;
import dev.recovery.scenarios.run.law.RulePackPenalties;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.scenario.dsl.ScenarioFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
  static final RulePacks LAW = RulePacks.standard();

  static List<StrategyResult> simulate(Simulator simulator, Portfolio p, int days, Simulator.Strategy... strategies) {
    return simulator.run(p, List.of(strategies), START, days, d -> "standard", d -> Set.of(), null);
  }

  static List<StrategyResult> simulate(Portfolio p, long seed, int days, Simulator.Strategy... strategies) {
    return simulate(Simulator.of(BehaviourModel.defaults(), CostModel.defaults(), seed), p, days, strategies);
  }

  static Simulator.Strategy strategy(String name, ScenarioBook book, ActionGate gate) {
    return new Simulator.Strategy(name, DunningRun.of(book, gate, PenaltyQuoter.none()));
  }

  static Simulator.Strategy lawful(String name, ScenarioBook book) {
    return new Simulator.Strategy(name, DunningRun.of(book, RulePackGate.of(LAW), RulePackPenalties.of(LAW)));
  }

  /**
   * The bundled sample holds payments dated after the start: they are not known on the start date, so
   * the simulation models what debtors pay instead of applying them as well (which paid invoices
   * twice and failed); the result is that of the portfolio without them.
   */
  @Test
  void payments_dated_after_the_start_are_left_to_the_simulation() {
    Portfolio sample = PortfolioLoader.load(Path.of("../examples/data/sample")).portfolio();
    assertThat(sample.payments()).anyMatch(p -> p.date().isAfter(START));
    List<Payment> known = sample.payments().stream().filter(p -> !p.date().isAfter(START)).toList();
    Portfolio withoutLater = new Portfolio(sample.debtors(), sample.invoices(), known, sample.events());
    List<StrategyResult> withLater = simulate(sample, 7, 120, lawful("baseline", BOOK));
    assertThat(withLater).isEqualTo(simulate(withoutLater, 7, 120, lawful("baseline", BOOK)));
  }

  @Test
  void a_legal_block_in_the_gate_shows_up_in_the_simulation() {
    Portfolio p = PortfolioGenerator.generate(30, 150, 3, START);
    ActionGate noCalls = (proposal, caseFile) -> proposal.channel() == Channel.PHONE
        ? GateVerdict.block(List.of(new Reason("test.no-calls", "test pack art. 1", "no calls")), Optional.empty())
        : GateVerdict.allow();
    StrategyResult r = simulate(p, 1, 120, strategy("blocked", BOOK, noCalls)).get(0);
    assertThat(r.blockedByRule()).containsKey("test.no-calls");
    assertThat(r.contacts()).doesNotContainKey("phone");
    assertThat(r.daily().stream().mapToInt(d -> d.blocked().getOrDefault("test.no-calls", 0)).sum())
        .isEqualTo(r.blockedByRule().get("test.no-calls"));
    StrategyResult free = simulate(p, 1, 120, strategy("free", BOOK, ActionGate.allowAll())).get(0);
    assertThat(free.contacts()).containsKey("phone");
    assertThat(free.blockedByRule()).isEmpty();
  }

  @Test
  void the_standard_rule_packs_block_through_the_real_gate() {
    Portfolio p = PortfolioGenerator.generate(40, 200, 3, START);
    StrategyResult r = simulate(p, 1, 120, lawful("law", BOOK)).get(0);
    assertThat(r.blockedByRule()).isNotEmpty();
    assertThat(r.totalContacts()).isPositive();
  }

  @Test
  void same_seed_same_result_and_another_seed_another_one() {
    Portfolio p = PortfolioGenerator.generate(25, 120, 5, START);
    StrategyResult a = simulate(p, 9, 90, lawful("s", BOOK)).get(0);
    StrategyResult b = simulate(p, 9, 90, lawful("s", BOOK)).get(0);
    StrategyResult c = simulate(p, 10, 90, lawful("s", BOOK)).get(0);
    assertThat(a).isEqualTo(b);
    assertThat(c.cashCollected()).isNotEqualTo(a.cashCollected());
  }

  @Test
  void asking_only_the_debtors_something_can_be_due_for_changes_nothing() {
    for (int seed : new int[] {2, 17}) {
      Portfolio p = PortfolioGenerator.generate(30, 160, seed, START);
      Simulator quick = Simulator.of(BehaviourModel.defaults(), CostModel.defaults(), seed);
      StrategyResult fast = simulate(quick, p, 150, lawful("s", BOOK)).get(0);
      StrategyResult every = simulate(quick.withEveryDebtorEveryDay(true), p, 150, lawful("s", BOOK)).get(0);
      assertThat(fast).as("seed " + seed).isEqualTo(every);
    }
  }

  @Test
  void parallel_planning_gives_the_sequential_result() {
    Portfolio p = PortfolioGenerator.generate(30, 150, 4, START);
    Simulator s = Simulator.of(BehaviourModel.defaults(), CostModel.defaults(), 4).withEveryDebtorEveryDay(true);
    assertThat(simulate(s.withParallel(true), p, 60, lawful("s", BOOK)))
        .isEqualTo(simulate(s.withParallel(false), p, 60, lawful("s", BOOK)));
  }

  @Test
  void the_daily_state_matches_the_core_aging_and_kpis_on_the_reconciled_ledger() {
    Portfolio p = PortfolioGenerator.generate(30, 150, 6, START);
    StrategyResult r = simulate(p, 6, 100, lawful("s", BOOK)).get(0);
    DailyPoint last = r.daily().get(r.daily().size() - 1);
    List<Payment> all = new ArrayList<>(p.payments());
    all.addAll(r.payments());
    Ledger ledger = Ledger.of(p.debtors(), p.invoices(), all);
    ledger = Reconciler.defaults().reconcile(ledger).applyTo(ledger);
    AgingReport aging = AgingReport.compute(ledger, last.date());
    aging.byCurrency().forEach((currency, totals) -> {
      assertThat(last.open().get(currency.getCurrencyCode())).as("open " + currency).isEqualTo(totals.open());
      assertThat(last.overdue().get(currency.getCurrencyCode())).as("overdue " + currency).isEqualTo(totals.overdue());
    });
    assertThat(last.agingBuckets()).isEqualTo(aging.byCurrency().get(Money.currency(r.mainCurrency())).buckets());
    assertThat(last.dso()).isEqualTo(KpiCalculator.compute(ledger, last.date(), 90).get(Money.currency(r.mainCurrency()))
        .dsoStandard());
    Money paid = r.payments().stream().filter(x -> x.amount().currencyCode().equals(r.mainCurrency()))
        .map(Payment::amount).reduce(Money.zero(r.mainCurrency()), Money::plus);
    assertThat(r.cashCollected().get(r.mainCurrency())).isEqualTo(paid);
  }

  @Test
  void contacts_cost_what_the_cost_model_says() {
    Portfolio p = PortfolioGenerator.generate(25, 120, 8, START);
    CostModel costs = CostModel.defaults();
    StrategyResult r = simulate(p, 8, 120, strategy("free", BOOK, ActionGate.allowAll())).get(0);
    r.contacts().forEach((channel, n) -> assertThat(r.costByChannel().get(channel))
        .isEqualTo(costs.cost(Channel.parse(channel)).multipliedBy(n)));
    Money sum = r.costByChannel().values().stream().reduce(Money.zero("EUR"), Money::plus);
    assertThat(r.totalCost()).isEqualTo(sum);
  }

  @Test
  void the_generator_is_byte_for_byte_reproducible_and_reads_back_clean(@TempDir Path dir) throws Exception {
    PortfolioWriter.write(PortfolioGenerator.generate(50, 300, 11, START), dir.resolve("a"));
    PortfolioWriter.write(PortfolioGenerator.generate(50, 300, 11, START), dir.resolve("b"));
    PortfolioWriter.write(PortfolioGenerator.generate(50, 300, 12, START), dir.resolve("c"));
    for (String f : List.of("debtors.csv", "invoices.csv", "payments.csv", "events.jsonl")) {
      assertThat(Files.readAllBytes(dir.resolve("a").resolve(f))).as(f)
          .isEqualTo(Files.readAllBytes(dir.resolve("b").resolve(f)));
    }
    assertThat(Files.readAllBytes(dir.resolve("a").resolve("invoices.csv")))
        .isNotEqualTo(Files.readAllBytes(dir.resolve("c").resolve("invoices.csv")));
    PortfolioLoad load = PortfolioLoader.load(dir.resolve("a"));
    assertThat(load.failures()).isEmpty();
    Portfolio p = load.portfolio();
    assertThat(p.invoices()).hasSize(300);
    assertThat(p.debtors()).hasSize(50);
    assertThat(p.payments()).isNotEmpty();
    Portfolio larger = PortfolioGenerator.generate(300, 900, 11, START);
    assertThat(larger.debtors()).extracting(d -> d.type().code()).contains("business", "consumer", "public");
    assertThat(larger.debtors()).extracting(d -> d.language()).contains("fr", "en");
    assertThat(larger.debtors()).extracting(d -> d.timeZone().getId())
        .contains("Europe/Paris", "Europe/London", "America/New_York");
  }

  @Test
  void the_strategy_variants_keep_what_they_say() {
    assertThat(Strategies.variant(BOOK, "no-dunning").scenarios()).isEmpty();
    assertThat(Strategies.variant(BOOK, "written-only").scenarios()).allSatisfy(s -> assertThat(s.steps())
        .noneMatch(st -> st.channel().filter(Channel::isVoice).isPresent()));
    assertThat(Strategies.variant(BOOK, "no-pre-reminder").scenarios()).allSatisfy(s -> assertThat(s.steps())
        .allMatch(st -> st.when().days() >= 0));
  }

  /**
   * Sanity: on the same draws, a strategy with no steps never collects more cash, nor holds less
   * overdue on any day, than the bundled scenarios.
   */
  @Property(tries = 5)
  void no_steps_never_collect_more_than_steps(@ForAll @IntRange(min = 1, max = 1000) int seed) {
    Portfolio p = PortfolioGenerator.generate(15, 60, seed, START);
    List<StrategyResult> r = simulate(p, seed, 90, lawful("steps", BOOK),
        lawful("none", Strategies.variant(BOOK, "no-dunning")));
    StrategyResult steps = r.get(0);
    StrategyResult none = r.get(1);
    for (String currency : none.cashCollected().keySet()) {
      Money n = none.cashCollected().get(currency);
      assertThat(n.compareTo(steps.cashCollected().getOrDefault(currency, Money.zero(currency)))).as(currency)
          .isLessThanOrEqualTo(0);
    }
    for (int day = 0; day < steps.daily().size(); day++) {
      DailyPoint s = steps.daily().get(day);
      DailyPoint n = none.daily().get(day);
      s.overdue().forEach((currency, amount) -> assertThat(amount.compareTo(n.overdue().get(currency)))
          .as(s.date() + " " + currency).isLessThanOrEqualTo(0));
    }
    assertThat(none.totalContacts()).isZero();
  }
}
