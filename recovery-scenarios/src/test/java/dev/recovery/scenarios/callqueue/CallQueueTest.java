package dev.recovery.scenarios.callqueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import dev.recovery.scenarios.run.ActionGate;
import dev.recovery.scenarios.run.DebtorAccount;
import dev.recovery.scenarios.run.DunningRun;
import dev.recovery.scenarios.run.InMemoryActionJournal;
import dev.recovery.scenarios.run.PenaltyQuoter;
import dev.recovery.scenarios.run.PlannedAction;
import dev.recovery.scenarios.scenario.DueOffset;
import dev.recovery.scenarios.scenario.Scenario;
import dev.recovery.scenarios.scenario.ScenarioBook;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The call queue ranks the day's phone actions by amount, lateness, risk, key account and broken promise. */
class CallQueueTest {

  private static final LocalDate DUE = LocalDate.of(2025, 3, 3);
  private static final LocalDate AS_OF = DUE.plusDays(20);

  /** Every debtor gets an e-mail at due + 3 and a call at due + 15 (both due by the run date for different debtors). */
  private static final Scenario CALLS = Scenario.builder("calls").segments("standard", "key-account")
      .email("reminder-1", DueOffset.plusDays(3), "reminder")
      .call("call-1", DueOffset.plusDays(15), "first-call")
      .build();

  private static final DunningRun RUN = DunningRun.of(ScenarioBook.of(CALLS), ActionGate.allowAll(), PenaltyQuoter.none());

  private record Fixture(List<DebtorAccount> accounts, List<PlannedAction> actions) {
    Map<DebtorId, DebtorAccount> byId() {
      Map<DebtorId, DebtorAccount> m = new LinkedHashMap<>();
      accounts.forEach(a -> m.put(a.debtor().id(), a));
      return m;
    }
  }

  private static Debtor debtor(String id) {
    return Debtor.builder(DebtorId.of(id), "Debtor " + id).email(id + "@example.fr").phone("+33100000000").build();
  }

  private static DebtorAccount account(String id, String amount, long daysLate, String segment,
      List<CaseEvent> events) {
    Debtor d = debtor(id);
    Invoice inv = Invoice.of(InvoiceId.of("F-" + id), d.id(), AS_OF.minusDays(30 + daysLate), PaymentTerms.net(30),
        Money.parse(amount));
    Ledger ledger = Ledger.of(List.of(d), List.of(inv), List.of());
    return new DebtorAccount(d, ledger, CaseFile.of(d.id(), events), segment, Set.of());
  }

  private static Fixture plan(DebtorAccount... accounts) {
    List<DebtorAccount> list = List.of(accounts);
    List<PlannedAction> actions = new ArrayList<>(RUN.plan(AS_OF, list, new InMemoryActionJournal(), false).actions());
    return new Fixture(list, actions);
  }

  @Test
  void only_phone_actions_are_queued_and_ranks_run_from_one() {
    Fixture f = plan(account("A", "EUR 800.00", 20, "standard", List.of()),
        account("B", "EUR 800.00", 5, "standard", List.of()));
    assertThat(f.actions()).extracting(a -> a.channel().orElseThrow())
        .containsExactlyInAnyOrder(Channel.PHONE, Channel.EMAIL);
    List<CallQueueEntry> queue = CallQueue.build(AS_OF, f.actions(), f.byId(), a -> 0);
    assertThat(queue).hasSize(1);
    assertThat(queue.get(0).rank()).isEqualTo(1);
    assertThat(queue.get(0).action().debtorId()).isEqualTo(DebtorId.of("A"));
    assertThat(queue.get(0).reasons()).anySatisfy(r -> assertThat(r).contains("20 days past due"));
  }

  @Test
  void a_larger_overdue_amount_is_called_first() {
    Fixture f = plan(account("SMALL", "EUR 500.00", 20, "standard", List.of()),
        account("LARGE", "EUR 30000.00", 20, "standard", List.of()));
    List<CallQueueEntry> queue = CallQueue.build(AS_OF, f.actions(), f.byId(), a -> 0);
    assertThat(queue).extracting(e -> e.action().debtorId().value()).containsExactly("LARGE", "SMALL");
    assertThat(queue).extracting(CallQueueEntry::rank).containsExactly(1, 2);
    assertThat(queue.get(0).priority()).isGreaterThan(queue.get(1).priority());
  }

  @Test
  void older_debts_rank_higher_at_equal_amounts() {
    Fixture f = plan(account("RECENT", "EUR 1000.00", 16, "standard", List.of()),
        account("OLD", "EUR 1000.00", 40, "standard", List.of()));
    // OLD's latest step is still call-1 (no later step), RECENT's too
    List<CallQueueEntry> queue = CallQueue.build(AS_OF, f.actions(), f.byId(), a -> 0);
    assertThat(queue).extracting(e -> e.action().debtorId().value()).containsExactly("OLD", "RECENT");
  }

  @Test
  void risk_key_account_and_a_broken_promise_each_raise_the_rank_with_a_reason() {
    DebtorAccount plain = account("PLAIN", "EUR 2000.00", 20, "standard", List.of());
    DebtorAccount key = account("KEY", "EUR 2000.00", 20, "key-account", List.of());
    PromiseToPay broken = new PromiseToPay(DebtorId.of("BROKEN"), OffsetDateTime.of(2025, 3, 10, 10, 0, 0, 0,
        ZoneOffset.ofHours(1)), Money.parse("EUR 2000.00"), LocalDate.of(2025, 3, 14), List.of());
    DebtorAccount promise = account("BROKEN", "EUR 2000.00", 20, "standard", List.of(broken));
    DebtorAccount risky = account("RISKY", "EUR 2000.00", 20, "standard", List.of());
    Fixture f = plan(plain, key, promise, risky);
    List<CallQueueEntry> queue = CallQueue.build(AS_OF, f.actions(), f.byId(),
        a -> a.debtor().id().value().equals("RISKY") ? 90 : 10);
    assertThat(queue).extracting(e -> e.action().debtorId().value())
        .containsExactly("BROKEN", "KEY", "RISKY", "PLAIN");
    CallQueueEntry first = queue.get(0);
    assertThat(first.reasons()).anySatisfy(r -> assertThat(r).contains("broken"));
    assertThat(queue.get(1).reasons()).anySatisfy(r -> assertThat(r).contains("key account"));
    assertThat(queue.get(2).reasons()).anySatisfy(r -> assertThat(r).contains("risk score 90"));
    assertThat(queue.get(0).priority() - queue.get(3).priority()).isEqualTo(CallQueue.BROKEN_PROMISE_POINTS);
  }

  @Test
  void equal_priorities_are_ordered_by_debtor_id_whatever_the_input_order() {
    Fixture f = plan(account("Z", "EUR 900.00", 20, "standard", List.of()),
        account("M", "EUR 900.00", 20, "standard", List.of()),
        account("A", "EUR 900.00", 20, "standard", List.of()));
    List<PlannedAction> reversed = new ArrayList<>(f.actions());
    java.util.Collections.reverse(reversed);
    List<CallQueueEntry> q1 = CallQueue.build(AS_OF, f.actions(), f.byId(), a -> 0);
    List<CallQueueEntry> q2 = CallQueue.build(AS_OF, reversed, f.byId(), a -> 0);
    assertThat(q1).extracting(e -> e.action().debtorId().value()).containsExactly("A", "M", "Z");
    assertThat(q2).isEqualTo(q1);
  }

  @Test
  void an_action_of_an_unknown_account_is_an_error_naming_it() {
    Fixture f = plan(account("A", "EUR 800.00", 20, "standard", List.of()));
    assertThatThrownBy(() -> CallQueue.build(AS_OF, f.actions(), Map.of(), a -> 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("A");
  }
}
