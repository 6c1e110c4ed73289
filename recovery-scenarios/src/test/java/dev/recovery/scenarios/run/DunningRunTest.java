package dev.recovery.scenarios.run;

import static dev.recovery.scenarios.run.RunFixtures.ACME;
import static dev.recovery.scenarios.run.RunFixtures.DUE;
import static dev.recovery.scenarios.run.RunFixtures.account;
import static dev.recovery.scenarios.run.RunFixtures.invoice;
import static dev.recovery.scenarios.run.RunFixtures.ledger;
import static dev.recovery.scenarios.run.RunFixtures.paid;
import static dev.recovery.scenarios.run.RunFixtures.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.casefile.Channel;
import java.util.Map;
import dev.recovery.core.terms.PaymentTerms;
import dev.recovery.core.risk.SegmentationResult;
import dev.recovery.core.risk.Segmentation;
import dev.recovery.core.risk.DefaultSegmenter;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.OptOut;
import dev.recovery.core.casefile.PaymentPlan;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DunningRunTest {

  static final Invoice F1 = invoice("F1", "EUR 1000.00");
  static final Invoice F2 = invoice("F2", "EUR 500.00");

  @ParameterizedTest(name = "{0} days after due -> {1}")
  @CsvSource({"-8,", "-7,pre-reminder", "0,pre-reminder", "3,reminder-1", "7,reminder-1", "8,sms-1", "15,call-1",
      "29,call-1", "30,letter-1", "45,notice", "60,agency", "400,agency"})
  void the_latest_step_whose_date_has_come_is_due(int days, String step) {
    DebtorPlan plan = run().planDebtor(account(ledger(List.of(F1), List.of()), List.of(), Set.of()),
        DUE.plusDays(days), List.of());
    if (step == null) {
      assertThat(plan.actions()).isEmpty();
    } else {
      assertThat(plan.actions()).singleElement().extracting(PlannedAction::step).isEqualTo(step);
    }
  }

  @Test
  void a_paid_invoice_is_never_reminded_and_a_partly_paid_one_for_its_open_amount() {
    Ledger ledger = ledger(List.of(F1, F2), List.of(paid(F1, "EUR 1000.00", DUE), paid(F2, "EUR 200.00", DUE)));
    DebtorPlan plan = run().planDebtor(account(ledger, List.of(), Set.of()), DUE.plusDays(20), List.of());
    assertThat(plan.actions()).singleElement().satisfies(a -> {
      assertThat(a.invoices()).containsExactly(InvoiceId.of("F2"));
      assertThat(a.amount()).isEqualTo(Money.parse("EUR 300.00"));
    });
  }

  @Test
  void invoices_due_for_the_same_step_are_grouped_in_one_action() {
    DebtorPlan plan = run().planDebtor(account(ledger(List.of(F1, F2), List.of()), List.of(), Set.of()),
        DUE.plusDays(15), List.of());
    assertThat(plan.actions()).singleElement().satisfies(a -> {
      assertThat(a.channel()).contains(Channel.PHONE);
      assertThat(a.invoices()).containsExactly(InvoiceId.of("F1"), InvoiceId.of("F2"));
      assertThat(a.amount()).isEqualTo(Money.parse("EUR 1500.00"));
      assertThat(a.explanation()).anyMatch(e -> e.contains("15 days past due"));
    });
  }

  @Test
  void a_recorded_step_is_not_repeated_and_missed_steps_are_never_sent_late() {
    Ledger ledger = ledger(List.of(F1), List.of());
    DunningRun run = run();
    InMemoryActionJournal journal = new InMemoryActionJournal();
    PlannedAction day3 = run.planDebtor(account(ledger, List.of(), Set.of()), DUE.plusDays(3), List.of()).actions().get(0);
    journal.record(List.of(JournalEntry.of(day3)));
    assertThat(run.planDebtor(account(ledger, List.of(), Set.of()), DUE.plusDays(3), journal.entriesOf(ACME.id()))
        .actions()).isEmpty();
    assertThat(run.planDebtor(account(ledger, List.of(), Set.of()), DUE.plusDays(7), journal.entriesOf(ACME.id()))
        .actions()).isEmpty();
    // nothing ran between day 3 and day 31: sms-1 and call-1 are skipped, letter-1 is due
    assertThat(run.planDebtor(account(ledger, List.of(), Set.of()), DUE.plusDays(31), journal.entriesOf(ACME.id()))
        .actions()).singleElement().extracting(PlannedAction::step).isEqualTo("letter-1");
  }

  @Test
  void the_id_is_stable_across_days_and_runs() {
    Ledger ledger = ledger(List.of(F1), List.of());
    String a = run().planDebtor(account(ledger, List.of(), Set.of()), DUE.plusDays(3), List.of()).actions().get(0).id();
    String b = run().planDebtor(account(ledger, List.of(), Set.of()), DUE.plusDays(5), List.of()).actions().get(0).id();
    assertThat(a).isEqualTo(b).hasSize(24);
  }

  @Test
  void clean_payers_skip_the_marked_step() {
    DebtorPlan plan = run().planDebtor(account(ledger(List.of(F1), List.of()), List.of(), Set.of("clean-payer")),
        DUE.plusDays(5), List.of());
    assertThat(plan.actions()).singleElement().extracting(PlannedAction::step).isEqualTo("pre-reminder");
  }

  @Test
  void a_dispute_pauses_the_disputed_invoice_only() {
    Dispute d = new Dispute(ACME.id(), F1.id(), DUE.plusDays(1), "dispute", Optional.empty(), Optional.empty());
    DebtorPlan plan = run().planDebtor(account(ledger(List.of(F1, F2), List.of()), List.of(d), Set.of()),
        DUE.plusDays(15), List.of());
    assertThat(plan.actions()).singleElement().extracting(PlannedAction::invoices).asList()
        .containsExactly(InvoiceId.of("F2"));
    assertThat(plan.paused()).singleElement().satisfies(p -> assertThat(p.reason().rule()).isEqualTo("scenario.pause-on-dispute"));
  }

  @Test
  void a_pending_promise_pauses_until_its_date_plus_grace_then_the_schedule_resumes() {
    PromiseToPay promise = new PromiseToPay(ACME.id(), DUE.plusDays(10).atTime(10, 0).atOffset(ZoneOffset.ofHours(1)),
        Money.parse("EUR 1000.00"), DUE.plusDays(20), List.of(F1.id()));
    Ledger ledger = ledger(List.of(F1), List.of());
    assertThat(run().planDebtor(account(ledger, List.of(promise), Set.of()), DUE.plusDays(23), List.of()).actions())
        .isEmpty();
    assertThat(run().planDebtor(account(ledger, List.of(promise), Set.of()), DUE.plusDays(24), List.of()).actions())
        .singleElement().extracting(PlannedAction::step).isEqualTo("call-1");
  }

  @Test
  void a_payment_plan_takes_the_invoice_out_of_the_schedule() {
    PaymentPlan plan = new PaymentPlan(ACME.id(), DUE.plusDays(5), List.of(F1.id()),
        List.of(new PaymentPlan.PlanInstallment(DUE.plusDays(40), Money.parse("EUR 1000.00"))));
    DebtorPlan result = run().planDebtor(account(ledger(List.of(F1), List.of()), List.of(plan), Set.of()),
        DUE.plusDays(15), List.of());
    assertThat(result.actions()).isEmpty();
    assertThat(result.paused()).extracting(p -> p.reason().rule()).containsExactly("scenario.payment-plan");
  }

  @Test
  void below_the_minimum_overdue_nothing_is_sent() {
    DebtorPlan plan = run().planDebtor(account(ledger(List.of(invoice("F9", "EUR 10.00")), List.of()), List.of(),
        Set.of()), DUE.plusDays(15), List.of());
    assertThat(plan.actions()).isEmpty();
    assertThat(plan.paused()).extracting(p -> p.reason().rule()).containsExactly("scenario.minimum-overdue");
  }

  @Test
  void an_opted_out_channel_switches_to_the_next_one() {
    OptOut optOut = new OptOut(ACME.id(), DUE.atTime(9, 0).atOffset(ZoneOffset.ofHours(1)), Channel.SMS);
    DebtorPlan plan = run().planDebtor(account(ledger(List.of(F1), List.of()), List.of(optOut), Set.of()),
        DUE.plusDays(8), List.of());
    assertThat(plan.actions()).singleElement().satisfies(a -> {
      assertThat(a.channel()).contains(Channel.EMAIL);
      assertThat(a.explanation()).anyMatch(e -> e.contains("switched to email"));
    });
  }

  @Test
  void a_gate_block_is_reported_with_its_rule_and_an_hours_block_is_moved() {
    ActionGate noPhone = (p, cf) -> p.channel() == Channel.PHONE
        ? GateVerdict.block(List.of(new Reason("test.no-phone", "test", "no phone today")), Optional.empty())
        : GateVerdict.allow();
    DunningRun blocking = DunningRun.of(RunFixtures.BOOK, noPhone, PenaltyQuoter.none());
    DebtorPlan plan = blocking.planDebtor(account(ledger(List.of(F1), List.of()), List.of(), Set.of()),
        DUE.plusDays(15), List.of());
    assertThat(plan.actions()).isEmpty();
    assertThat(plan.blocked()).singleElement().satisfies(b -> assertThat(b.reasons().get(0).rule()).isEqualTo("test.no-phone"));

    ActionGate notBeforeTen = (p, cf) -> p.at().toLocalTime().isBefore(LocalTime.of(10, 0))
        ? GateVerdict.block(List.of(new Reason("test.hours", "test", "not before 10:00")),
            Optional.of(p.at().with(LocalTime.of(10, 0))))
        : GateVerdict.allow();
    DebtorPlan moved = DunningRun.of(RunFixtures.BOOK, notBeforeTen, PenaltyQuoter.none())
        .planDebtor(account(ledger(List.of(F1), List.of()), List.of(), Set.of()), DUE.plusDays(15), List.of());
    assertThat(moved.actions()).singleElement().satisfies(a -> {
      assertThat(a.scheduledAt().toLocalTime()).isEqualTo(LocalTime.of(10, 0));
      assertThat(a.explanation()).anyMatch(e -> e.contains("moved from 09:00 to 10:00"));
    });
  }

  @Test
  void letters_to_businesses_state_the_penalties() {
    PenaltyQuote quote = new PenaltyQuote(Money.parse("EUR 12.00"), Money.parse("EUR 40.00"),
        Money.parse("EUR 52.00"), "12.15", List.of("C. com. L441-10"));
    DunningRun withPenalties = DunningRun.of(RunFixtures.BOOK, ActionGate.allowAll(), (d, items, asOf) -> Optional.of(quote));
    PlannedAction letter = withPenalties.planDebtor(account(ledger(List.of(F1), List.of()), List.of(), Set.of()),
        DUE.plusDays(30), List.of()).actions().get(0);
    assertThat(letter.penalties()).contains(quote);
    PlannedAction call = withPenalties.planDebtor(account(ledger(List.of(F1), List.of()), List.of(), Set.of()),
        DUE.plusDays(15), List.of()).actions().get(0);
    assertThat(call.penalties()).isEmpty();
  }

  @Test
  void a_hand_over_ends_the_scenario() {
    Ledger ledger = ledger(List.of(F1), List.of());
    InMemoryActionJournal journal = new InMemoryActionJournal();
    PlannedAction handOver = run().planDebtor(account(ledger, List.of(), Set.of()), DUE.plusDays(60), List.of())
        .actions().get(0);
    assertThat(handOver.handOver()).isTrue();
    journal.record(List.of(JournalEntry.of(handOver)));
    assertThat(run().planDebtor(account(ledger, List.of(), Set.of()), DUE.plusDays(200), journal.entriesOf(ACME.id()))
        .actions()).isEmpty();
  }

  @Test
  void no_scenario_for_the_segment_plans_nothing() {
    DebtorAccount other = new DebtorAccount(ACME, ledger(List.of(F1), List.of()),
        dev.recovery.core.casefile.CaseFile.empty(ACME.id()), "key-account", Set.of());
    assertThat(run().planDebtor(other, DUE.plusDays(15), List.of()).actions()).isEmpty();
  }

  @Test
  void the_file_journal_survives_a_reopen_and_ignores_repeated_records(@org.junit.jupiter.api.io.TempDir
      java.nio.file.Path dir) {
    java.nio.file.Path file = dir.resolve("journal.jsonl");
    PlannedAction a = run().planDebtor(account(ledger(List.of(F1), List.of()), List.of(), Set.of()), DUE.plusDays(3),
        List.of()).actions().get(0);
    JsonlActionJournal.open(file).record(List.of(JournalEntry.of(a)));
    JsonlActionJournal reopened = JsonlActionJournal.open(file);
    reopened.record(List.of(JournalEntry.of(a)));
    assertThat(reopened.contains(a.id())).isTrue();
    assertThat(reopened.entriesOf(ACME.id())).containsExactly(JournalEntry.of(a));
  }

  @Test
  void a_time_barred_item_is_blocked_with_the_limitation_rule() {
    ClaimCheck barred = (d, item, cf, asOf) -> item.invoice().id().equals(F1.id())
        ? Optional.of(new Reason("limitation", "C. com. L110-4", "time-barred")) : Optional.empty();
    DebtorPlan plan = run().withClaimCheck(barred).planDebtor(account(ledger(List.of(F1, F2), List.of()), List.of(),
        Set.of()), DUE.plusDays(15), List.of());
    assertThat(plan.actions()).singleElement().extracting(PlannedAction::invoices).asList()
        .containsExactly(InvoiceId.of("F2"));
    assertThat(plan.blocked()).singleElement().satisfies(b -> {
      assertThat(b.invoices()).containsExactly(F1.id());
      assertThat(b.reasons().get(0).reference()).isEqualTo("C. com. L110-4");
    });
  }

  static LocalDate day(int n) {
    return DUE.plusDays(n);
  }

  @Test
  void accounts_from_a_segmentation_carry_each_debtors_segment_and_flags_and_standard_when_not_covered() {
    Debtor other = Debtor.builder(DebtorId.of("D2"), "Other SARL").build();
    Ledger ledger = Ledger.of(List.of(ACME, other), List.of(F1, F2,
        Invoice.of(InvoiceId.of("G1"), other.id(), DUE.minusDays(30), PaymentTerms.net(30), Money.parse("EUR 90.00"))),
        List.of());
    LocalDate asOf = DUE.plusDays(40);
    CaseFile acmeFile = CaseFile.of(ACME.id(), List.of(new Dispute(ACME.id(), InvoiceId.of("F1"), asOf.minusDays(2), "wrong amount",
        Optional.empty(), Optional.empty())));
    Map<DebtorId, CaseFile> caseFiles = Map.of(ACME.id(), acmeFile);
    SegmentationResult segments = Segmentation.run(ledger, caseFiles, asOf, DefaultSegmenter.defaults());

    List<DebtorAccount> accounts = DunningRun.accounts(ledger, caseFiles, segments);

    assertThat(accounts).extracting(a -> a.debtor().id()).containsExactly(ACME.id(), other.id());
    assertThat(accounts).isEqualTo(DunningRun.accounts(ledger, caseFiles,
        d -> segments.assignment(d.id()).orElseThrow().segment(),
        d -> Set.copyOf(segments.assignment(d.id()).orElseThrow().flags())));
    assertThat(accounts.get(0).caseFile()).isSameAs(acmeFile);
    assertThat(accounts.get(1).caseFile()).isEqualTo(CaseFile.empty(other.id()));

    SegmentationResult onlyAcme = SegmentationResult.of(asOf, List.of(segments.assignment(ACME.id()).orElseThrow()));
    List<DebtorAccount> partly = DunningRun.accounts(ledger, caseFiles, onlyAcme);
    assertThat(partly.get(0).segment()).isEqualTo(segments.assignment(ACME.id()).orElseThrow().segment());
    assertThat(partly.get(1).segment()).isEqualTo("standard");
    assertThat(partly.get(1).flags()).isEmpty();
  }
}
