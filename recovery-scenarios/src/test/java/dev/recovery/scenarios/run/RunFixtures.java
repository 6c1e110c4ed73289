package dev.recovery.scenarios.run;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import dev.recovery.scenarios.scenario.DueOffset;
import dev.recovery.scenarios.scenario.HandOverTarget;
import dev.recovery.scenarios.scenario.Scenario;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.scenario.SkipCondition;
import dev.recovery.scenarios.scenario.Step;
import dev.recovery.core.casefile.Channel;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Shared test data: one scenario, a French business debtor, invoices due 2025-03-01. */
final class RunFixtures {

  static final LocalDate DUE = LocalDate.of(2025, 3, 1);
  static final Debtor ACME = Debtor.builder(DebtorId.of("D1"), "ACME SAS").email("ap@acme.fr").phone("+33100000000")
      .build();

  static final Scenario STANDARD = Scenario.builder("standard-b2b")
      .segments("standard").minimumOverdue(Money.parse("EUR 15.00")).promiseGraceDays(3)
      .email("pre-reminder", DueOffset.minusDays(7), "pre-reminder")
      .step(Step.builder("reminder-1").when(DueOffset.plusDays(3)).channel(Channel.EMAIL).template("reminder")
          .skipIf(SkipCondition.CLEAN_PAYER).build())
      .sms("sms-1", DueOffset.plusDays(8), "reminder-short")
      .call("call-1", DueOffset.plusDays(15), "first-call")
      .letter("letter-1", DueOffset.plusDays(30), "reminder-penalties")
      .registeredLetter("notice", DueOffset.plusDays(45), "formal-notice")
      .handOver("agency", DueOffset.plusDays(60), HandOverTarget.AGENCY)
      .build();

  static final ScenarioBook BOOK = ScenarioBook.of(STANDARD);

  private RunFixtures() {}

  static Invoice invoice(String id, String amount) {
    return Invoice.of(InvoiceId.of(id), ACME.id(), DUE.minusDays(30), PaymentTerms.net(30), Money.parse(amount));
  }

  static Ledger ledger(List<Invoice> invoices, List<Allocation> allocations) {
    return Ledger.of(List.of(ACME), invoices, List.of(), allocations);
  }

  static Allocation paid(Invoice invoice, String amount, LocalDate date) {
    return Allocation.ofPayment(PaymentId.of("P-" + invoice.id()), invoice.id(), Money.parse(amount), date);
  }

  static DebtorAccount account(Ledger ledger, List<CaseEvent> events, Set<String> flags) {
    return new DebtorAccount(ACME, ledger, CaseFile.of(ACME.id(), events), "standard", flags);
  }

  static DunningRun run() {
    return DunningRun.of(BOOK, ActionGate.allowAll(), PenaltyQuoter.none());
  }
}
