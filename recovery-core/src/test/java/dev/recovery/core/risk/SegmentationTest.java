package dev.recovery.core.risk;

import static dev.recovery.core.risk.RiskFixtures.AS_OF;
import static dev.recovery.core.risk.RiskFixtures.d;
import static dev.recovery.core.risk.RiskFixtures.debtor;
import static dev.recovery.core.risk.RiskFixtures.invoice;
import static dev.recovery.core.risk.RiskFixtures.paid;
import static dev.recovery.core.risk.RiskFixtures.promise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.Ledger;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A small portfolio where each segment of the practice (domain notes, "Segment the portfolio") is
 * reached for a stated reason, as of 2025-06-30.
 */
class SegmentationTest {

  static Ledger ledger() {
    List<Debtor> debtors = new ArrayList<>();
    List<Invoice> invoices = new ArrayList<>();
    List<Allocation> allocations = new ArrayList<>();
    // F: 2,000,000 of 2,161,000 EUR invoiced over 12 months, paid on time since 2010
    debtors.add(debtor("F", d("2010-01-01")));
    Invoice f1 = invoice("F1", "F", d("2025-03-01"), d("2025-03-31"), "EUR 2000000.00");
    invoices.add(f1);
    allocations.add(paid(f1, d("2025-03-31")));
    // L: 150,000 EUR over 12 months (6.9 %): large, paid on time
    debtors.add(debtor("L", d("2016-01-01")));
    Invoice l1 = invoice("L1", "L", d("2025-02-01"), d("2025-03-03"), "EUR 150000.00");
    invoices.add(l1);
    allocations.add(paid(l1, d("2025-03-01")));
    // P: a public body, 60 days late: 12.5 + 20 + 3 + 15 - 10 (public body) = 40.5 -> 41
    debtors.add(debtor("P", DebtorType.PUBLIC, d("2016-01-01")));
    invoices.add(invoice("P1", "P", d("2025-04-01"), d("2025-05-01"), "EUR 1000.00"));
    // R: five invoices 181 days past due and a broken promise
    debtors.add(debtor("R", d("2018-01-01")));
    for (int i = 1; i <= 5; i++) {
      invoices.add(invoice("R" + i, "R", d("2024-12-01"), d("2024-12-31"), "EUR 1000.00"));
    }
    // NR: new since January and already five invoices 171 days past due
    debtors.add(debtor("NR", d("2025-01-01")));
    for (int i = 1; i <= 5; i++) {
      invoices.add(invoice("NR" + i, "NR", d("2025-01-05"), d("2025-01-10"), "EUR 100.00"));
    }
    // N: customer since February, nothing due yet
    debtors.add(debtor("N", d("2025-02-01")));
    invoices.add(invoice("N1", "N", d("2025-06-01"), d("2025-07-01"), "EUR 500.00"));
    // W: six years, always on time
    debtors.add(debtor("W", d("2019-01-01")));
    Invoice w1 = invoice("W1", "W", d("2025-01-10"), d("2025-02-09"), "EUR 1000.00");
    Invoice w2 = invoice("W2", "W", d("2025-04-10"), d("2025-05-10"), "EUR 1000.00");
    invoices.add(w1);
    invoices.add(w2);
    allocations.add(paid(w1, d("2025-02-05")));
    allocations.add(paid(w2, d("2025-05-10")));
    // S: an old client with one invoice 45 days late
    debtors.add(debtor("S", d("2015-01-01")));
    invoices.add(invoice("S1", "S", d("2025-04-16"), d("2025-05-16"), "EUR 1000.00"));
    // O: low-risk on the numbers, but the debtor file says key account
    debtors.add(Debtor.builder(DebtorId.of("O"), "O").customerSince(d("2019-01-01")).segment("Key_Account").build());
    Invoice o1 = invoice("O1", "O", d("2025-01-10"), d("2025-02-09"), "EUR 1000.00");
    invoices.add(o1);
    allocations.add(paid(o1, d("2025-02-01")));
    return Ledger.of(debtors, invoices, List.of(), allocations);
  }

  static Map<DebtorId, CaseFile> caseFiles() {
    return CaseFile.byDebtor(List.of(promise("R", d("2025-05-01"), "EUR 1000.00", d("2025-05-10"), "R1")));
  }

  static SegmentationResult result() {
    return Segmentation.run(ledger(), caseFiles(), AS_OF, DefaultSegmenter.defaults());
  }

  @ParameterizedTest(name = "{0} -> {1} (score {2})")
  @CsvSource(delimiter = '|', value = {
      "F  | key-account     | 0  | 93 % of revenue over 12 months (at least 10 %) -> key account",
      "L  | public-or-large | 0  | EUR 150000.00 invoiced over 12 months (at least 100000.00) -> public or large",
      "P  | public-or-large | 41 | public body -> public or large",
      "R  | risky           | 80 | risk score 80 (at least 60) -> risky",
      "NR | risky           | 80 | risk score 80 (at least 60) -> risky",
      "N  | new             | 5  | customer for 4 months -> new",
      "W  | low-risk        | 0  | risk score 0 (at most 20) -> low risk",
      "S  | standard        | 42 | risk score 42 (between 20 and 60), revenue share 0 %, customer for 10 years -> standard",
      "O  | key-account     | 0  | segment key-account set in the debtor file overrides the computed low-risk",
  })
  void eachSegmentIsReachedForItsReason(String debtor, String segment, int score, String reason) {
    SegmentAssignment a = result().assignment(DebtorId.of(debtor)).orElseThrow();
    assertThat(a.segment()).isEqualTo(segment);
    assertThat(a.score()).isEqualTo(score);
    assertThat(a.reasons().get(0)).startsWith(reason);
    assertThat(a.reasons().get(a.reasons().size() - 1)).startsWith("risk score " + score);
  }

  @ParameterizedTest(name = "{0} clean payer: {1}")
  @CsvSource({"F, true", "L, true", "W, true", "O, true", "P, false", "S, false", "N, false", "R, false"})
  void cleanPayerFlag(String debtor, boolean clean) {
    SegmentAssignment a = result().assignment(DebtorId.of(debtor)).orElseThrow();
    assertThat(a.hasFlag(Segments.CLEAN_PAYER)).isEqualTo(clean);
    if (clean) {
      assertThat(a.reasons()).anyMatch(r -> r.contains("-> clean payer"));
    }
  }

  @Test
  void riskyFactorsAreExplained() {
    SegmentAssignment r = result().assignment(DebtorId.of("R")).orElseThrow();
    Map<String, BigDecimal> contributions = new java.util.HashMap<>();
    r.factors().forEach(f -> contributions.put(f.name(), f.contribution()));
    assertThat(contributions).containsEntry("oldest-days-past-due", new BigDecimal("25.0"))
        .containsEntry("weighted-days-late", new BigDecimal("20.0"))
        .containsEntry("overdue-invoices", new BigDecimal("15.0"))
        .containsEntry("late-share", new BigDecimal("15.0"))
        .containsEntry("broken-promises", new BigDecimal("5.0"))
        .containsEntry("clean-history", new BigDecimal("0.0"));
    assertThat(r.reasons().get(r.reasons().size() - 1))
        .isEqualTo("risk score 80: oldest unpaid installment 181 days past due (+25.0); "
            + "paid 181.0 days late on average (weighted by amount) over 12 months (+20.0); "
            + "100 % of the invoices due over 12 months paid late (+15.0)");
  }

  @Test
  void summaryCountsAndOrder() {
    SegmentationResult result = result();
    assertThat(result.summary()).containsExactly(Map.entry("key-account", 2), Map.entry("low-risk", 1),
        Map.entry("new", 1), Map.entry("public-or-large", 2), Map.entry("risky", 2), Map.entry("standard", 1));
    assertThat(result.assignments()).extracting(a -> a.debtorId().value())
        .containsExactly("F", "L", "N", "NR", "O", "P", "R", "S", "W");
    assertThat(result.flagged("clean-payer")).isEqualTo(4);
  }

  @Test
  void parallelAndSequentialRunsAreIdentical() {
    SegmentationResult sequential = Segmentation.builder().parallel(false).build()
        .segment(ledger(), caseFiles(), AS_OF);
    assertThat(Segmentation.defaults().segment(ledger(), caseFiles(), AS_OF)).isEqualTo(sequential);
  }

  @Test
  void aPluggedScorerAndSegmenterAreUsed() {
    RiskScorer insurer = f -> RiskScore.of(f.debtorId().value().equals("W") ? 90 : 10,
        List.of(RiskFactor.of("insurer-grade", BigDecimal.ONE, BigDecimal.TEN, "credit insurer grade")), "insurer");
    SegmentationResult r = Segmentation.run(ledger(), caseFiles(), AS_OF, DefaultSegmenter.defaults(), insurer);
    assertThat(r).isEqualTo(Segmentation.builder().scorer(insurer).build().segment(ledger(), caseFiles(), AS_OF));
    SegmentAssignment w = r.assignment(DebtorId.of("W")).orElseThrow();
    assertThat(w.segment()).isEqualTo(Segments.RISKY);
    assertThat(w.risk().source()).isEqualTo("insurer");
    assertThat(w.factors()).extracting(RiskFactor::name).containsExactly("insurer-grade");

    Segmenter everyoneWatch = (f, s) -> SegmentAssignment.of(f, s, "watch", List.of(), List.of("host rule"));
    SegmentationResult h = Segmentation.run(ledger(), caseFiles(), AS_OF, everyoneWatch);
    assertThat(h.summary()).containsEntry("watch", 8).containsEntry("key-account", 1);
    // the debtor file still wins over a plugged segmenter
    assertThat(h.assignment(DebtorId.of("O")).orElseThrow().reasons())
        .containsExactly("segment key-account set in the debtor file overrides the computed watch", "host rule");
  }

  @Test
  void thresholdsAreConfigurable() {
    DefaultSegmenter strict = DefaultSegmenter.builder().keyAccountShare(new BigDecimal("0.95")).noLargeRevenue()
        .riskyScore(40).lowRiskScore(5).cleanPayerYears(10).build();
    SegmentationResult r = Segmentation.run(ledger(), caseFiles(), AS_OF, strict);
    assertThat(r.assignment(DebtorId.of("F")).orElseThrow().segment()).isEqualTo(Segments.LOW_RISK);
    assertThat(r.assignment(DebtorId.of("F")).orElseThrow().flags()).containsExactly("clean-payer");
    assertThat(r.assignment(DebtorId.of("L")).orElseThrow().segment()).isEqualTo(Segments.LOW_RISK);
    assertThat(r.assignment(DebtorId.of("L")).orElseThrow().flags()).isEmpty();
    assertThat(r.assignment(DebtorId.of("S")).orElseThrow().segment()).isEqualTo(Segments.RISKY);
    assertThatThrownBy(() -> DefaultSegmenter.builder().riskyScore(20).lowRiskScore(20).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lowRiskScore");
  }

  @Test
  void aCaseFileOfAnUnknownDebtorIsRejected() {
    Map<DebtorId, CaseFile> files = CaseFile.byDebtor(List.of(
        promise("GHOST", d("2025-05-01"), "EUR 1.00", d("2025-05-10"))));
    assertThatThrownBy(() -> Segmentation.run(ledger(), files, AS_OF, DefaultSegmenter.defaults()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("GHOST");
  }

  @Test
  void segmentNamesAreNormalised() {
    assertThat(Segments.normalise(" Key_Account ")).isEqualTo("key-account");
    assertThat(Segments.normalise("public or large")).isEqualTo("public-or-large");
    assertThatThrownBy(() -> Segments.normalise("  ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void compactAssignmentsKeepTheDecisionAndMakeTheirDetailsAgain() {
    assertThat(Segmentation.defaults().keepDetails()).isFalse();
    SegmentationResult full = Segmentation.builder().keepDetails(true).build().segment(ledger(), caseFiles(), AS_OF);
    SegmentationResult compact = Segmentation.defaults().segment(ledger(), caseFiles(), AS_OF);
    SegmentAssignment risky = compact.assignment(DebtorId.of("R")).orElseThrow();
    SegmentAssignment riskyFull = full.assignment(DebtorId.of("R")).orElseThrow();
    assertThat(risky.segment()).isEqualTo(Segments.RISKY).isEqualTo(riskyFull.segment());
    assertThat(risky.reasons()).isEqualTo(riskyFull.reasons()).isNotEmpty();
    assertThat(risky.factors()).isEqualTo(riskyFull.factors());
    assertThat(risky.features()).isEqualTo(riskyFull.features());
    assertThat(risky.toString()).isEqualTo(riskyFull.toString());
    assertThat(compact).isEqualTo(full);
  }

  @Test
  void aCompactAssignmentMadeAgainDifferentlyIsAnError() {
    SegmentAssignment full = Segmentation.builder().keepDetails(true).build().segment(ledger(), caseFiles(), AS_OF)
        .assignment(DebtorId.of("W")).orElseThrow();
    SegmentAssignment other = full.withSegment("watch", "host override");
    SegmentAssignment compact = SegmentAssignment.compact(full.debtorId(), full.segment(), full.flags(), full.score(),
        () -> other);
    assertThat(compact.segment()).isEqualTo(full.segment());
    assertThat(compact.score()).isEqualTo(full.score());
    assertThatThrownBy(compact::reasons).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("the assignment of W made again differs (watch")
        .hasMessageContaining("not a pure function");
  }

  @Test
  void aLedgersResultFindsEachDebtorAsAResultOfTheSameListDoes() {
    SegmentationResult run = Segmentation.defaults().segment(ledger(), caseFiles(), AS_OF);
    SegmentationResult listed = SegmentationResult.of(AS_OF, run.assignments());
    assertThat(run).isEqualTo(listed).hasSameHashCodeAs(listed);
    assertThat(run.summary()).isEqualTo(listed.summary());
    for (SegmentAssignment a : listed.assignments()) {
      assertThat(run.assignment(a.debtorId())).containsSame(a);
    }
    assertThat(run.assignment(DebtorId.of("NOBODY"))).isEmpty();
    assertThat(listed.assignment(DebtorId.of("NOBODY"))).isEmpty();
    assertThatThrownBy(() -> run.assignments().set(0, null)).isInstanceOf(UnsupportedOperationException.class);
  }
}
