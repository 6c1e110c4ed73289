package dev.recovery.examples;

import dev.recovery.core.io.Portfolio;
import dev.recovery.core.io.PortfolioLoader;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.reconcile.Reconciler;
import dev.recovery.legal.RulePacks;
import dev.recovery.scenarios.run.DunningRun;
import dev.recovery.scenarios.run.InMemoryActionJournal;
import dev.recovery.scenarios.run.JournalEntry;
import dev.recovery.scenarios.run.PlannedAction;
import dev.recovery.scenarios.run.RunResult;
import dev.recovery.scenarios.run.law.RulePackGate;
import dev.recovery.scenarios.run.law.RulePackPenalties;
import dev.recovery.scenarios.scenario.DueOffset;
import dev.recovery.scenarios.scenario.HandOverTarget;
import dev.recovery.scenarios.scenario.Scenario;
import dev.recovery.scenarios.scenario.ScenarioBook;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

/** Example: a scenario written with the Java builder, one day of dunning through the legal gate, idempotently. */
public final class DailyRunExample {

  private DailyRunExample() {}

  /** Runs the example on the bundled sample. */
  public static void main(String[] args) {
    Scenario scenario = Scenario.builder("simple")
        .email("reminder-1", DueOffset.plusDays(3), "reminder")
        .call("call-1", DueOffset.plusDays(15), "first-call")
        .letter("letter-1", DueOffset.plusDays(30), "reminder-penalties")
        .handOver("agency", DueOffset.plusDays(60), HandOverTarget.AGENCY)
        .build();
    RulePacks law = RulePacks.standard();
    DunningRun run = DunningRun.of(ScenarioBook.of(scenario), RulePackGate.of(law), RulePackPenalties.of(law));
    Portfolio portfolio = PortfolioLoader.load(Path.of("examples/data/sample")).portfolio();
    Ledger ledger = Reconciler.defaults().reconcile(portfolio.ledger()).applyTo(portfolio.ledger());
    var accounts = DunningRun.accounts(ledger, portfolio.caseFiles(), d -> "standard", d -> Set.of());
    InMemoryActionJournal journal = new InMemoryActionJournal();
    LocalDate today = LocalDate.of(2025, 5, 15);
    RunResult plan = run.plan(today, accounts, journal, true);
    for (PlannedAction a : plan.actions()) {
      System.out.println(a.id() + " " + a.debtorId() + " " + a.step() + " " + a.channelCode() + " " + a.amount());
      a.explanation().forEach(e -> System.out.println("    " + e));
    }
    plan.blocked().forEach(b -> System.out.println("blocked " + b.debtorId() + " " + b.step() + ": " + b.reasons()));
    journal.record(plan.actions().stream().map(JournalEntry::of).toList());
    System.out.println("second run the same day plans " + run.plan(today, accounts, journal, true).actions().size()
        + " action(s)");
  }
}
