package dev.recovery.scenarios.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.OptOut;
import dev.recovery.core.casefile.PaymentPlan;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import dev.recovery.legal.RulePacks;
import dev.recovery.scenarios.run.law.RulePackGate;
import dev.recovery.scenarios.run.law.RulePackPenalties;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.scenario.dsl.ScenarioFileReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * The run planned from the columnar view (the default) gives exactly the plans of the direct
 * computation from the open items ({@link DunningRun#withoutPrecheck()}): every action, id, amount,
 * channel, scheduled instant, gate reason, penalty quote and explanation line, every block and pause,
 * in the same order, with the real rule packs, on random ledgers (installments, partial payments,
 * several currencies, credit notes) and case files (disputes, promises, payment plans, opt-outs,
 * contacts, refusals), debtors with and without addresses, in several countries and time zones.
 */
class DunningRunColumnsProperties {

  static final RulePacks PACKS = RulePacks.standard();
  static final String[] TERMS = {"net 30", "30 jours fin de mois", "30/60/90 jours", "à réception", "60 jours",
      "2/10 net 30"};
  static final String[] SEGMENTS = {"standard", "key-account", "risky", "public-or-large", "new", "unknown"};
  static final String[][] PLACES = {{"FR", "Europe/Paris"}, {"GB", "Europe/London"}, {"US", "America/New_York"},
      {"DE", "Europe/Berlin"}, {"FR", "Pacific/Noumea"}};

  static ScenarioBook book() throws Exception {
    Path file = Path.of("../examples/data/scenarios.yaml");
    if (!Files.exists(file)) {
      file = Path.of("examples/data/scenarios.yaml");
    }
    try (var in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return ScenarioFileReader.standard().read(in, "scenarios.yaml");
    }
  }

  @Property(tries = 60)
  void columnar_planning_equals_the_direct_computation(@ForAll long seed,
      @ForAll @IntRange(min = 1, max = 25) int debtorCount, @ForAll @IntRange(min = -20, max = 200) int asOfShift,
      @ForAll @IntRange(min = 0, max = 3) int contactHour) throws Exception {
    Random random = new Random(seed);
    LocalDate start = LocalDate.of(2025, 1, 1);
    LocalDate asOf = start.plusDays(60 + asOfShift);
    List<Debtor> debtors = new ArrayList<>();
    List<Invoice> invoices = new ArrayList<>();
    List<Allocation> allocations = new ArrayList<>();
    Map<DebtorId, CaseFile> caseFiles = new HashMap<>();
    int invoiceNo = 0;
    for (int d = 0; d < debtorCount; d++) {
      String[] place = PLACES[random.nextInt(PLACES.length)];
      DebtorType type = DebtorType.values()[random.nextInt(DebtorType.values().length)];
      Debtor.Builder b = Debtor.builder(DebtorId.of("D" + random.nextInt(1000) + "-" + d), "Debtor " + d).type(type)
          .country(place[0]).timeZone(ZoneId.of(place[1]));
      if (random.nextInt(3) == 0) {
        b.email("d" + d + "@example.com");
      }
      if (random.nextInt(3) == 0) {
        b.phone("+3310000000" + d);
      }
      Debtor debtor = b.build();
      debtors.add(debtor);
      List<InvoiceId> ids = new ArrayList<>();
      int count = random.nextInt(6);
      for (int i = 0; i < count; i++) {
        String currency = random.nextInt(4) == 0 ? "GBP" : random.nextInt(8) == 0 ? "USD" : "EUR";
        long cents = 500 + (long) (Math.exp(random.nextDouble() * 12) * 10);
        InvoiceId id = InvoiceId.of("F" + (invoiceNo++));
        ids.add(id);
        Invoice invoice = Invoice.of(id, debtor.id(), start.plusDays(random.nextInt(120)),
            PaymentTerms.parse(TERMS[random.nextInt(TERMS.length)]), Money.ofMinor(Money.currency(currency), cents));
        invoices.add(invoice);
        if (random.nextInt(3) == 0) {
          long paid = 1 + (long) (random.nextDouble() * (cents + cents / 4));
          allocations.add(Allocation.ofPayment(PaymentId.of("P" + id), id,
              Money.ofMinor(invoice.amount().currency(), Math.min(paid, cents)),
              invoice.issueDate().plusDays(random.nextInt(90))));
        }
      }
      List<CaseEvent> events = new ArrayList<>();
      int eventCount = random.nextInt(3) == 0 ? random.nextInt(5) : 0;
      for (int e = 0; e < eventCount; e++) {
        LocalDate when = asOf.minusDays(random.nextInt(40) - 5);
        var at = when.atTime(10, 0).atOffset(ZoneOffset.UTC);
        switch (random.nextInt(6)) {
          case 0 -> {
            if (!ids.isEmpty()) {
              events.add(new Dispute(debtor.id(), ids.get(random.nextInt(ids.size())), when, "quality",
                  Optional.empty(), Optional.empty()));
            }
          }
          case 1 -> events.add(new PromiseToPay(debtor.id(), at, Money.of("EUR", "50.00"),
              when.plusDays(random.nextInt(10)), random.nextBoolean() || ids.isEmpty() ? List.of()
                  : List.of(ids.get(random.nextInt(ids.size())))));
          case 2 -> {
            if (!ids.isEmpty()) {
              events.add(new PaymentPlan(debtor.id(), when, List.of(ids.get(random.nextInt(ids.size()))),
                  List.of(new PaymentPlan.PlanInstallment(when.plusDays(30), Money.of("EUR", "10.00")))));
            }
          }
          case 3 -> events.add(new OptOut(debtor.id(), at,
              new Channel[] {Channel.EMAIL, Channel.SMS, Channel.PHONE, Channel.LETTER}[random.nextInt(4)]));
          case 4 -> events.add(Contact.outbound(debtor.id(), at, Channel.PHONE, Contact.Outcome.REFUSED));
          default -> events.add(Contact.outbound(debtor.id(), at, Channel.PHONE, Contact.Outcome.values()[
              random.nextInt(Contact.Outcome.values().length)]));
        }
      }
      if (!events.isEmpty()) {
        caseFiles.put(debtor.id(), CaseFile.of(debtor.id(), events));
      }
    }
    Ledger ledger = Ledger.of(debtors, invoices, List.of(), allocations);
    List<String> segments = new ArrayList<>();
    for (int d = 0; d < debtors.size(); d++) {
      segments.add(SEGMENTS[random.nextInt(SEGMENTS.length)]);
    }
    Map<DebtorId, String> segmentOf = new HashMap<>();
    Map<DebtorId, Set<String>> flagsOf = new HashMap<>();
    for (int d = 0; d < debtors.size(); d++) {
      segmentOf.put(debtors.get(d).id(), segments.get(d));
      flagsOf.put(debtors.get(d).id(), random.nextInt(4) == 0 ? Set.of("clean-payer") : Set.of());
    }
    List<DebtorAccount> accounts = DunningRun.accounts(ledger, caseFiles, x -> segmentOf.get(x.id()),
        x -> flagsOf.get(x.id()));
    DunningRun run = DunningRun.of(book(), RulePackGate.of(PACKS), RulePackPenalties.of(PACKS))
        .withContactTime(LocalTime.of(new int[] {9, 7, 21, 12}[contactHour], 30));
    InMemoryActionJournal journal = new InMemoryActionJournal();
    for (int day = 0; day < 3; day++) {
      LocalDate on = asOf.plusDays(day * 9L);
      RunResult direct = run.withoutPrecheck().plan(on, accounts, journal, false);
      RunResult columns = run.plan(on, accounts, journal, day % 2 == 0);
      assertThat(columns).isEqualTo(direct);
      assertThat(texts(columns)).isEqualTo(texts(direct));
      for (DebtorAccount a : accounts) {
        assertThat(run.planDebtor(a, on, journal.entriesOf(a.debtor().id())))
            .isEqualTo(run.withoutPrecheck().planDebtor(a, on, journal.entriesOf(a.debtor().id())));
      }
      journal.record(direct.actions().stream().filter(x -> random.nextBoolean()).map(JournalEntry::of).toList());
    }
  }

  /** Everything a host prints of a run, explanations included. */
  private static String texts(RunResult result) {
    StringBuilder sb = new StringBuilder();
    for (PlannedAction a : result.actions()) {
      sb.append(a).append('\n').append(String.join("\n", a.explanation())).append('\n');
    }
    return sb.toString();
  }
}
