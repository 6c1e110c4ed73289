package dev.recovery.core.risk;

import static dev.recovery.core.risk.RiskFixtures.AS_OF;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.casefile.Promises;
import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Invariants of the risk score and of segmentation, over generated portfolios. */
class RiskProperties {

  private static final int DEBTORS = 4;
  private static final DebtorId D0 = DebtorId.of("D0");
  private static final String[] REASONS = {"dispute", "cash", "negligence", "bad_faith", "waiting for PO"};

  /** One generated invoice: debtor, dates, amount and how it was paid. */
  record InvoiceSpec(int debtor, int issueDaysAgo, int termDays, long cents, boolean gbp, int payMode,
      int payOffset) {}

  /** One generated case-file event: a promise, a dispute or a contact. */
  record EventSpec(int debtor, int kind, int daysAgo, int a, int b) {}

  /** A generated portfolio. */
  record Portfolio(Ledger ledger, Map<DebtorId, CaseFile> caseFiles, List<CaseEvent> events) {}

  @Provide
  Arbitrary<Portfolio> portfolios() {
    Arbitrary<InvoiceSpec> invoice = Combinators.combine(
        Arbitraries.integers().between(0, DEBTORS - 1), Arbitraries.integers().between(-20, 1500),
        Arbitraries.integers().between(0, 90), Arbitraries.longs().between(100, 5_000_000),
        Arbitraries.integers().between(0, 9).map(i -> i == 0), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(-30, 200))
        .as(InvoiceSpec::new);
    Arbitrary<EventSpec> event = Combinators.combine(
        Arbitraries.integers().between(0, DEBTORS - 1), Arbitraries.integers().between(0, 2),
        Arbitraries.integers().between(0, 1200), Arbitraries.integers().between(0, 60),
        Arbitraries.integers().between(1, 5000))
        .as(EventSpec::new);
    Arbitrary<List<Integer>> since = Arbitraries.integers().between(-1, 4000).list().ofSize(DEBTORS);
    return Combinators.combine(since, invoice.list().ofMaxSize(24), event.list().ofMaxSize(12))
        .as(RiskProperties::build);
  }

  static Portfolio build(List<Integer> since, List<InvoiceSpec> specs, List<EventSpec> eventSpecs) {
    List<Debtor> debtors = new ArrayList<>();
    for (int d = 0; d < DEBTORS; d++) {
      Debtor.Builder b = Debtor.builder(DebtorId.of("D" + d), "Debtor " + d)
          .type(DebtorType.values()[since.get(d) % 3 < 0 ? 0 : since.get(d) % 3]);
      if (since.get(d) >= 0) {
        b.customerSince(AS_OF.minusDays(since.get(d)));
      }
      debtors.add(b.build());
    }
    List<Invoice> invoices = new ArrayList<>();
    List<Allocation> allocations = new ArrayList<>();
    List<List<InvoiceId>> byDebtor = new ArrayList<>();
    for (int d = 0; d < DEBTORS; d++) {
      byDebtor.add(new ArrayList<>());
    }
    for (int i = 0; i < specs.size(); i++) {
      InvoiceSpec s = specs.get(i);
      LocalDate issued = AS_OF.minusDays(s.issueDaysAgo());
      Money amount = Money.ofMinor(Money.currency(s.gbp() ? "GBP" : "EUR"), s.cents());
      Invoice inv = Invoice.of(InvoiceId.of("I" + i), DebtorId.of("D" + s.debtor()), issued, RiskFixtures.NET_30,
          amount).withDueDate(issued.plusDays(s.termDays()));
      invoices.add(inv);
      byDebtor.get(s.debtor()).add(inv.id());
      if (s.payMode() > 0) {
        LocalDate paidOn = inv.finalDueDate().plusDays(s.payOffset());
        paidOn = paidOn.isBefore(issued) ? issued : paidOn;
        Money part = s.payMode() == 2 ? amount : Money.ofMinor(amount.currency(), Math.max(1, s.cents() / 2));
        allocations.add(Allocation.ofPayment(PaymentId.of("P" + i), inv.id(), part, paidOn));
      }
    }
    List<CaseEvent> events = new ArrayList<>();
    for (EventSpec e : eventSpecs) {
      DebtorId id = DebtorId.of("D" + e.debtor());
      LocalDate date = AS_OF.minusDays(e.daysAgo());
      switch (e.kind()) {
        case 0 -> events.add(new PromiseToPay(id, RiskFixtures.at(date), Money.ofMinor(Money.currency("EUR"),
            e.b() * 100L), date.plusDays(e.a()), List.of()));
        case 1 -> {
          List<InvoiceId> ids = byDebtor.get(e.debtor());
          if (!ids.isEmpty()) {
            events.add(new Dispute(id, ids.get(e.b() % ids.size()), date, REASONS[e.b() % REASONS.length],
                e.a() % 2 == 0 ? Optional.empty() : Optional.of(date.plusDays(e.a())), Optional.empty()));
          }
        }
        default -> events.add(new Contact(id, RiskFixtures.at(date), Channel.PHONE,
            Contact.Direction.values()[e.b() % 2], Contact.Outcome.values()[e.a() % Contact.Outcome.values().length],
            Contact.DEBTOR, Optional.empty(), List.of(), Optional.empty()));
      }
    }
    Ledger ledger = Ledger.of(debtors, invoices, List.of(), allocations);
    return new Portfolio(ledger, CaseFile.byDebtor(events), events);
  }

  private static RiskScore score(Ledger ledger, CaseFile file) {
    return WeightedRiskScorer.defaults().score(FeatureCalculator.of(ledger, AS_OF).features(D0, file));
  }

  private static CaseFile fileOf(Portfolio p) {
    return p.caseFiles().getOrDefault(D0, CaseFile.empty(D0));
  }

  @Property(tries = 2000)
  void wholeMonthsAreThoseOfThePeriodBetweenTheDates(@ForAll @IntRange(min = -3000, max = 3000) int startOffset,
      @ForAll @IntRange(min = -3000, max = 3000) int endOffset) {
    // month ends, leap days and days of month after the end's all fall in six years either side
    LocalDate start = LocalDate.of(2024, 2, 29).plusDays(startOffset);
    LocalDate end = LocalDate.of(2024, 2, 29).plusDays(endOffset);
    long expected = start.isAfter(end) ? 0 : java.time.Period.between(start, end).toTotalMonths();
    assertThat(FeatureCalculator.wholeMonths(start, end)).as("%s to %s", start, end).isEqualTo(expected);
  }

  @Property(tries = 300)
  void scoreIsWithin0And100AndFactorsAddUp(@ForAll("portfolios") Portfolio p) {
    SegmentationResult result = Segmentation.run(p.ledger(), p.caseFiles(), AS_OF, DefaultSegmenter.defaults());
    assertThat(result.assignments()).hasSize(DEBTORS);
    for (SegmentAssignment a : result.assignments()) {
      assertThat(a.score()).isBetween(0, 100);
      java.math.BigDecimal sum = a.factors().stream().map(RiskFactor::contribution)
          .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
      int unclamped = sum.setScale(0, java.math.RoundingMode.HALF_UP).intValueExact();
      assertThat(a.score()).isEqualTo(Math.max(0, Math.min(100, unclamped)));
      assertThat(a.reasons()).isNotEmpty();
      assertThat(Segments.ALL).contains(a.segment());
    }
  }

  @Property(tries = 300)
  void addingABrokenPromiseNeverLowersTheScore(@ForAll("portfolios") Portfolio p,
      @ForAll @IntRange(min = 5, max = 900) int madeDaysAgo, @ForAll @IntRange(min = 0, max = 30) int term) {
    LocalDate made = AS_OF.minusDays(madeDaysAgo);
    LocalDate by = made.plusDays(Math.min(term, madeDaysAgo - 4));
    PromiseToPay promise = new PromiseToPay(D0, RiskFixtures.at(made), Money.parse("EUR 99999999.00"), by, List.of());
    Assume.that(Promises.status(promise, p.ledger(), AS_OF, FeatureConfig.DEFAULT_PROMISE_GRACE_DAYS)
        == Promises.Status.BROKEN);
    CaseFile before = fileOf(p);
    RiskScore without = score(p.ledger(), before);
    RiskScore with = score(p.ledger(), before.with(promise));
    assertThat(with.value()).isGreaterThanOrEqualTo(without.value());
  }

  @Property(tries = 300)
  void addingAnOnTimePaymentNeverRaisesTheScore(@ForAll("portfolios") Portfolio p,
      @ForAll @IntRange(min = 0, max = 1000) int pick, @ForAll @IntRange(min = 0, max = 1000) int when,
      @ForAll @IntRange(min = 1, max = 1000) int share) {
    List<Invoice> candidates = new ArrayList<>();
    for (Invoice inv : p.ledger().invoicesOf(D0)) {
      if (!inv.issueDate().isAfter(AS_OF) && remaining(p.ledger(), inv) > 0) {
        candidates.add(inv);
      }
    }
    Assume.that(!candidates.isEmpty());
    Invoice inv = candidates.get(pick % candidates.size());
    LocalDate last = inv.finalDueDate().isBefore(AS_OF) ? inv.finalDueDate() : AS_OF;
    long span = last.toEpochDay() - inv.issueDate().toEpochDay();
    LocalDate date = inv.issueDate().plusDays(span == 0 ? 0 : when % (span + 1));
    long left = remaining(p.ledger(), inv);
    // half of the cases settle the invoice in full, the others pay part of it
    long cents = share >= 500 ? left : Math.max(1, left * share / 500);
    Allocation onTime = Allocation.ofPayment(PaymentId.of("ON-TIME"), inv.id(),
        Money.ofMinor(inv.amount().currency(), cents), date);
    Ledger after = p.ledger().withAllocations(List.of(onTime));
    CaseFile file = fileOf(p);
    assertThat(score(after, file).value()).isLessThanOrEqualTo(score(p.ledger(), file).value());
  }

  private static long remaining(Ledger ledger, Invoice inv) {
    long total = inv.amount().toMinorUnits();
    for (Allocation a : ledger.allocationsTo(inv.id())) {
      total -= a.amount().toMinorUnits();
    }
    return total;
  }

  @Property(tries = 200)
  void assignmentIsIndependentOfInputOrder(@ForAll("portfolios") Portfolio p, @ForAll long seed) {
    Random random = new Random(seed);
    List<Debtor> debtors = new ArrayList<>(p.ledger().debtors().values());
    List<Invoice> invoices = new ArrayList<>(p.ledger().invoices());
    List<Allocation> allocations = new ArrayList<>(p.ledger().allocations());
    List<CaseEvent> events = new ArrayList<>(p.events());
    Collections.shuffle(debtors, random);
    Collections.shuffle(invoices, random);
    Collections.shuffle(allocations, random);
    Collections.shuffle(events, random);
    Ledger shuffled = Ledger.of(debtors, invoices, List.of(), allocations);
    SegmentationResult original = Segmentation.builder().parallel(false).build()
        .segment(p.ledger(), p.caseFiles(), AS_OF);
    SegmentationResult reordered = Segmentation.defaults().segment(shuffled, CaseFile.byDebtor(events), AS_OF);
    assertThat(reordered).isEqualTo(original);
  }

  @Property(tries = 200)
  void compactAssignmentsEqualTheFullOnes(@ForAll("portfolios") Portfolio p, @ForAll boolean parallel) {
    SegmentationResult full = Segmentation.builder().keepDetails(true).parallel(false).build()
        .segment(p.ledger(), p.caseFiles(), AS_OF);
    SegmentationResult compact = Segmentation.builder().parallel(parallel).build()
        .segment(p.ledger(), p.caseFiles(), AS_OF);
    assertThat(compact.assignments()).hasSameSizeAs(full.assignments());
    for (int k = 0; k < full.assignments().size(); k++) {
      SegmentAssignment c = compact.assignments().get(k);
      SegmentAssignment f = full.assignments().get(k);
      assertThat(c.score()).isEqualTo(f.score());
      assertThat(c.factors()).isEqualTo(f.factors());
      assertThat(c.reasons()).isEqualTo(f.reasons());
      assertThat(c.features()).isEqualTo(f.features());
      assertThat(c).isEqualTo(f).hasSameHashCodeAs(f);
    }
  }

  @Property(tries = 200)
  void aConstructionSplitOverTheCoresGivesTheSameFeatures(@ForAll("portfolios") Portfolio p) {
    FeatureCalculator whole = FeatureCalculator.of(p.ledger(), AS_OF, FeatureConfig.defaults(), Integer.MAX_VALUE);
    // split from one row: every portfolio is cut into several parts, computed in parallel
    FeatureCalculator split = FeatureCalculator.of(p.ledger(), AS_OF, FeatureConfig.defaults(), 1);
    for (DebtorId id : p.ledger().debtors().keySet()) {
      CaseFile file = p.caseFiles().getOrDefault(id, CaseFile.empty(id));
      assertThat(split.features(id, file)).isEqualTo(whole.features(id, file));
    }
    for (Invoice inv : p.ledger().invoices()) {
      assertThat(split.creditorRevenue(inv.amount().currency()))
          .isEqualTo(whole.creditorRevenue(inv.amount().currency()));
    }
  }

  @Property(tries = 200)
  void theScoreValueIsTheValueOfTheFullScore(@ForAll("portfolios") Portfolio p,
      @ForAll @IntRange(min = 0, max = 60) int points, @ForAll @IntRange(min = 1, max = 400) int saturation) {
    ScoreWeights odd = ScoreWeights.builder().oldestDaysPastDue(points, saturation).weightedDaysLate(points, saturation)
        .overdueInvoices(points, Math.max(1, saturation / 40)).lateShare(points).brokenPromises(points, 3)
        .unansweredContacts(points, 7).cleanHistoryRelief(points, 1 + saturation % 9).publicBodyRelief(points)
        .newCustomer(points % 11).badFaithDispute(points).cashDispute(points % 7).build();
    FeatureCalculator calculator = FeatureCalculator.of(p.ledger(), AS_OF);
    for (WeightedRiskScorer scorer : List.of(WeightedRiskScorer.defaults(), WeightedRiskScorer.of(odd))) {
      for (DebtorId id : p.ledger().debtors().keySet()) {
        DebtorFeatures f = calculator.features(id, p.caseFiles().getOrDefault(id, CaseFile.empty(id)));
        assertThat(scorer.value(f)).isEqualTo(scorer.score(f).value());
      }
    }
  }
}
