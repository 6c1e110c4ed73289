package dev.recovery.scenarios.run;

import static dev.recovery.scenarios.run.RunFixtures.ACME;
import static dev.recovery.scenarios.run.RunFixtures.DUE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Stateful properties: random chains of payments, disputes and daily runs (committing each day's
 * actions to the journal) against the engine.
 */
class DunningRunProperties {

  /** One step of a chain: advance some days, then maybe pay or dispute an invoice, then run. */
  record Op(int days, int kind, int invoice) {}

  @Provide
  Arbitrary<List<Op>> chains() {
    Arbitrary<Op> op = net.jqwik.api.Combinators.combine(
        Arbitraries.integers().between(0, 12), Arbitraries.integers().between(0, 5), Arbitraries.integers().between(0, 3))
        .as(Op::new);
    return op.list().ofMinSize(1).ofMaxSize(25);
  }

  @Property(tries = 150)
  void chains_of_payments_disputes_and_runs_keep_the_invariants(@ForAll("chains") List<Op> chain) {
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      invoices.add(Invoice.of(InvoiceId.of("F" + i), ACME.id(), DUE.minusDays(30 - i * 3L), PaymentTerms.net(30),
          Money.parse("EUR " + (100 + i * 50) + ".00")));
    }
    List<Allocation> allocations = new ArrayList<>();
    List<CaseEvent> events = new ArrayList<>();
    InMemoryActionJournal journal = new InMemoryActionJournal();
    DunningRun run = RunFixtures.run();
    Set<String> stepPerInvoice = new HashSet<>();
    Set<InvoiceId> paid = new HashSet<>();
    LocalDate day = DUE.minusDays(10);
    for (Op op : chain) {
      day = day.plusDays(op.days());
      Invoice target = invoices.get(op.invoice());
      if (op.kind() == 0 && !paid.contains(target.id())) {
        allocations.add(Allocation.ofPayment(PaymentId.of("P" + target.id()), target.id(), target.amount(), day));
        paid.add(target.id());
      } else if (op.kind() == 1) {
        events.add(new Dispute(ACME.id(), target.id(), day, "dispute", Optional.empty(), Optional.empty()));
      }
      Ledger ledger = Ledger.of(List.of(ACME), invoices, List.of(), allocations);
      DebtorAccount account = new DebtorAccount(ACME, ledger, CaseFile.of(ACME.id(), events), "standard", Set.of());
      CaseFile caseFile = account.caseFile();
      DebtorPlan plan = run.planDebtor(account, day, journal.entriesOf(ACME.id()));
      assertThat(plan).as("the pre-check from the columns changes nothing")
          .isEqualTo(run.withoutPrecheck().planDebtor(account, day, journal.entriesOf(ACME.id())));
      for (PlannedAction a : plan.actions()) {
        for (InvoiceId id : a.invoices()) {
          assertThat(paid).as("no reminder for a paid invoice").doesNotContain(id);
          assertThat(caseFile.isDisputed(id, day)).as("no reminder for a disputed invoice").isFalse();
          assertThat(stepPerInvoice.add(id + "|" + a.step())).as("no step twice for " + id).isTrue();
        }
      }
      journal.record(plan.actions().stream().map(JournalEntry::of).toList());
      DebtorPlan again = run.planDebtor(account, day, journal.entriesOf(ACME.id()));
      assertThat(again.actions()).as("run(day) twice plans nothing new").isEmpty();
    }
  }

  @Property(tries = 30)
  void parallel_equals_sequential(@ForAll @IntRange(min = 1, max = 40) int debtors,
      @ForAll @Size(min = 1, max = 5) List<@IntRange(min = -10, max = 90) Integer> offsets) {
    List<Debtor> list = new ArrayList<>();
    List<Invoice> invoices = new ArrayList<>();
    for (int d = 0; d < debtors; d++) {
      Debtor debtor = Debtor.builder(DebtorId.of(String.format("D%03d", d)), "Debtor " + d).email("x@y.fr")
          .phone("+331").build();
      list.add(debtor);
      for (int i = 0; i < offsets.size(); i++) {
        invoices.add(Invoice.of(InvoiceId.of("F" + d + "-" + i), debtor.id(), DUE.minusDays(30L + offsets.get(i)),
            PaymentTerms.net(30), Money.parse("EUR 100.00")));
      }
    }
    Ledger ledger = Ledger.of(list, invoices, List.of());
    List<DebtorAccount> accounts = DunningRun.accounts(ledger, java.util.Map.of(), d -> "standard", d -> Set.of());
    DunningRun run = RunFixtures.run();
    RunResult sequential = run.plan(DUE.plusDays(20), accounts, new InMemoryActionJournal(), false);
    RunResult parallel = run.plan(DUE.plusDays(20), accounts, new InMemoryActionJournal(), true);
    assertThat(parallel).isEqualTo(sequential);
    // a second day, with the first day's actions journaled: most debtors have nothing to do
    InMemoryActionJournal journal = new InMemoryActionJournal();
    journal.record(sequential.actions().stream().map(JournalEntry::of).toList());
    RunResult next = run.plan(DUE.plusDays(21), accounts, journal, true);
    assertThat(next).isEqualTo(run.withoutPrecheck().plan(DUE.plusDays(21), accounts, journal, false));
    assertThat(run.plan(DUE.plusDays(45), accounts, journal, false))
        .isEqualTo(run.withoutPrecheck().plan(DUE.plusDays(45), accounts, journal, false));
  }

  /**
   * Whatever the order of the accounts, a subset of the ledger's debtors or accounts over two
   * ledgers, the plans come in debtor-id order, one per account.
   */
  @Property(tries = 60)
  void plans_come_in_debtor_id_order(@ForAll long seed, @ForAll @IntRange(min = 1, max = 30) int debtors,
      @ForAll boolean subset, @ForAll boolean twoLedgers) {
    java.util.Random r = new java.util.Random(seed);
    List<Debtor> list = new ArrayList<>();
    List<Invoice> invoices = new ArrayList<>();
    for (int d = 0; d < debtors; d++) {
      // ids whose text order is not the ledger's order ("D9" after "D10")
      Debtor debtor = Debtor.builder(DebtorId.of("D" + r.nextInt(1000) + "-" + d), "Debtor " + d).email("x@y.fr")
          .build();
      list.add(debtor);
      invoices.add(Invoice.of(InvoiceId.of("F" + d), debtor.id(), DUE.minusDays(40), PaymentTerms.net(30),
          Money.parse("EUR 100.00")));
    }
    Ledger ledger = Ledger.of(list, invoices, List.of());
    List<DebtorAccount> accounts = new ArrayList<>(
        DunningRun.accounts(ledger, java.util.Map.of(), d -> "standard", d -> Set.of()));
    java.util.Collections.shuffle(accounts, r);
    if (subset && accounts.size() > 1) {
      accounts = new ArrayList<>(accounts.subList(0, 1 + r.nextInt(accounts.size() - 1)));
    }
    if (twoLedgers) {
      Ledger other = Ledger.of(list, invoices, List.of());
      DebtorId firstId = accounts.get(0).debtor().id();
      accounts.set(0, DunningRun.accounts(other, java.util.Map.of(), d -> "standard", d -> Set.of()).stream()
          .filter(a -> a.debtor().id().equals(firstId)).findFirst().orElseThrow());
    }
    for (boolean parallel : new boolean[] {false, true}) {
      RunResult result = RunFixtures.run().plan(DUE.plusDays(20), accounts, new InMemoryActionJournal(), parallel);
      List<DebtorId> ids = result.plans().stream().map(DebtorPlan::debtorId).toList();
      assertThat(ids).isSorted().doesNotHaveDuplicates()
          .containsExactlyInAnyOrderElementsOf(accounts.stream().map(a -> a.debtor().id()).toList());
    }
  }
}
