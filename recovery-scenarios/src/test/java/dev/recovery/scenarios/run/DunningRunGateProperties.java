package dev.recovery.scenarios.run;

import static dev.recovery.scenarios.run.RunFixtures.ACME;
import static dev.recovery.scenarios.run.RunFixtures.DUE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import dev.recovery.legal.RulePacks;
import dev.recovery.scenarios.run.law.RulePackGate;
import dev.recovery.scenarios.run.law.RulePackPenalties;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Stateful property with the real French rule pack: over random chains of days, promises and
 * recorded contacts, every contact the run plans is allowed by the legal gate at the time it is
 * scheduled, given the case file as it stands.
 */
class DunningRunGateProperties {

  static final RulePacks PACKS = RulePacks.standard();
  static final ActionGate GATE = RulePackGate.of(PACKS);

  /** Advance some days; then 0 = nothing, 1 = a promise on an invoice, 2 = record today's contacts. */
  record Op(int days, int kind, int invoice) {}

  @Provide
  Arbitrary<List<Op>> chains() {
    return Combinators.combine(Arbitraries.integers().between(0, 9), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 2)).as(Op::new).list().ofMinSize(1).ofMaxSize(20);
  }

  @Property(tries = 60)
  void every_planned_contact_passes_the_gate(@ForAll("chains") List<Op> chain) {
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      invoices.add(Invoice.of(InvoiceId.of("F" + i), ACME.id(), DUE.minusDays(30 - i * 5L), PaymentTerms.net(30),
          Money.parse("EUR " + (200 + i * 100) + ".00")));
    }
    Ledger ledger = Ledger.of(List.of(ACME), invoices, List.of());
    DunningRun run = DunningRun.of(RunFixtures.BOOK, GATE, RulePackPenalties.of(PACKS));
    InMemoryActionJournal journal = new InMemoryActionJournal();
    List<CaseEvent> events = new ArrayList<>();
    LocalDate day = DUE.minusDays(8);
    for (Op op : chain) {
      day = day.plusDays(op.days());
      if (op.kind() == 1) {
        events.add(new PromiseToPay(ACME.id(), day.atTime(10, 0).atZone(ACME.timeZone()).toOffsetDateTime(),
            Money.parse("EUR 100.00"), day.plusDays(5), List.of(invoices.get(op.invoice()).id())));
      }
      CaseFile caseFile = CaseFile.of(ACME.id(), events);
      DebtorPlan plan = run.planDebtor(new DebtorAccount(ACME, ledger, caseFile, "standard", Set.of()), day,
          journal.entriesOf(ACME.id()));
      assertThat(plan).as("the pre-check from the columns changes nothing").isEqualTo(run.withoutPrecheck()
          .planDebtor(new DebtorAccount(ACME, ledger, caseFile, "standard", Set.of()), day, journal.entriesOf(ACME.id())));
      for (PlannedAction a : plan.actions()) {
        if (a.handOver()) {
          continue;
        }
        GateVerdict again = GATE.check(new ContactProposal(ACME, "debtor", a.channel().orElseThrow(), a.scheduledAt(),
            ACME.id().value(), a.template(), Optional.empty()), caseFile);
        assertThat(again.allowed()).as(a + " " + again.reasons()).isTrue();
      }
      for (BlockedAction b : plan.blocked()) {
        assertThat(b.reasons()).as("a block says why").isNotEmpty();
      }
      if (op.kind() == 2) {
        journal.record(plan.actions().stream().map(JournalEntry::of).toList());
        for (PlannedAction a : plan.actions()) {
          a.channel().ifPresent(c -> events.add(new Contact(ACME.id(), a.scheduledAt().toOffsetDateTime(), c,
              Contact.Direction.OUTBOUND, c == dev.recovery.core.casefile.Channel.PHONE ? Contact.Outcome.NO_ANSWER
                  : Contact.Outcome.SENT, Contact.DEBTOR, Optional.empty(), a.invoices(), Optional.empty())));
        }
      }
    }
  }
}
