package dev.recovery.core.risk;

import static dev.recovery.core.risk.RiskFixtures.AS_OF;
import static dev.recovery.core.risk.RiskFixtures.contact;
import static dev.recovery.core.risk.RiskFixtures.creditNote;
import static dev.recovery.core.risk.RiskFixtures.d;
import static dev.recovery.core.risk.RiskFixtures.debtor;
import static dev.recovery.core.risk.RiskFixtures.dispute;
import static dev.recovery.core.risk.RiskFixtures.invoice;
import static dev.recovery.core.risk.RiskFixtures.paid;
import static dev.recovery.core.risk.RiskFixtures.promise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact.Direction;
import dev.recovery.core.casefile.Contact.Outcome;
import dev.recovery.core.casefile.ReasonFamily;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples for every feature, computed by hand as of 2025-06-30. */
class FeatureCalculatorTest {

  private static final DebtorId D = DebtorId.of("D");

  // D's invoices. Short window: due after 2024-06-30; long window: due after 2022-06-30.
  private static final Invoice I1 = invoice("I1", "D", d("2025-05-01"), d("2025-05-31"), "EUR 1000.00"); // open, 30 d
  private static final Invoice I2 = invoice("I2", "D", d("2025-06-10"), d("2025-07-10"), "EUR 500.00"); // not due
  private static final Invoice I3 = invoice("I3", "D", d("2024-01-10"), d("2024-02-09"), "EUR 2000.00"); // 10 d late
  private static final Invoice I4 = invoice("I4", "D", d("2023-01-05"), d("2023-02-04"), "EUR 300.00"); // on time
  private static final Invoice I5 = invoice("I5", "D", d("2025-02-01"), d("2025-03-03"), "GBP 800.00"); // 2 d late
  private static final Invoice CN1 = creditNote("CN1", "D", d("2025-03-01"), "EUR 100.00");
  private static final Invoice FUTURE = invoice("I6", "D", d("2025-07-01"), d("2025-07-31"), "EUR 9999.00");
  // Another debtor, for the creditor's revenue.
  private static final Invoice X1 = invoice("X1", "X", d("2025-01-15"), d("2025-02-14"), "EUR 8400.00");
  private static final Invoice X2 = invoice("X2", "X", d("2025-01-15"), d("2025-02-14"), "GBP 3200.00");

  private static Ledger ledger() {
    return Ledger.of(List.of(debtor("D", d("2021-03-15")), debtor("X", d("2010-01-01"))),
        List.of(I1, I2, I3, I4, I5, CN1, FUTURE, X1, X2), List.of(),
        List.of(paid(I3, d("2024-02-19")), paid(I4, d("2023-02-04")), paid(I5, d("2025-03-05")),
            paid(X1, d("2025-02-14")), paid(X2, d("2025-02-14")), paid(I1, "EUR 1000.00", d("2025-07-05"))));
  }

  private static CaseFile caseFile() {
    return CaseFile.of(D, List.of(
        promise("D", d("2025-06-05"), "EUR 1000.00", d("2025-06-12"), "I1"), // broken (grace ended 06-15)
        promise("D", d("2024-02-01"), "EUR 2000.00", d("2024-02-20"), "I3"), // kept (paid 02-19)
        promise("D", d("2025-06-25"), "EUR 1000.00", d("2025-07-05"), "I1"), // pending on 06-30
        promise("D", d("2021-01-01"), "EUR 50.00", d("2021-01-10")), // before the long window
        dispute("D", "I1", d("2025-06-01"), "cash", null),
        dispute("D", "I3", d("2024-02-01"), "dispute", d("2024-02-15")),
        dispute("D", "I2", d("2025-06-20"), "waiting for the purchase order", null),
        contact("D", d("2025-06-02"), Channel.PHONE, Direction.OUTBOUND, Outcome.NO_ANSWER),
        contact("D", d("2025-06-03"), Channel.PHONE, Direction.OUTBOUND, Outcome.REACHED),
        contact("D", d("2025-06-10"), Channel.EMAIL, Direction.OUTBOUND, Outcome.SENT),
        contact("D", d("2025-06-15"), Channel.PHONE, Direction.OUTBOUND, Outcome.REFUSED),
        contact("D", d("2025-06-16"), Channel.PHONE, Direction.INBOUND, Outcome.VOICEMAIL),
        contact("D", d("2025-04-01"), Channel.PHONE, Direction.OUTBOUND, Outcome.NO_ANSWER), // 90 days before: out
        contact("D", d("2025-07-02"), Channel.PHONE, Direction.OUTBOUND, Outcome.NO_ANSWER))); // after as-of
  }

  private static DebtorFeatures features() {
    return FeatureCalculator.of(ledger(), AS_OF).features(D, caseFile());
  }

  @Test
  void balancesAndCounts() {
    DebtorFeatures f = features();
    assertThat(f.openBalance()).containsExactly(
        java.util.Map.entry(Money.currency("EUR"), Money.parse("EUR 1500.00")));
    assertThat(f.overdueBalance()).containsExactly(
        java.util.Map.entry(Money.currency("EUR"), Money.parse("EUR 1000.00")));
    assertThat(f.openInvoices()).isEqualTo(2);
    assertThat(f.overdueInvoices()).isEqualTo(1);
    assertThat(f.oldestDaysPastDue()).isEqualTo(30);
    assertThat(f.debtorType()).isEqualTo(DebtorType.BUSINESS);
    assertThat(f.asOf()).isEqualTo(AS_OF);
  }

  @Test
  void openBalanceAgreesWithTheLedgersOpenItems() {
    Ledger ledger = ledger();
    Money open = ledger.openItemsOf(D, AS_OF).stream().map(i -> i.open()).filter(m -> m.currencyCode().equals("EUR"))
        .reduce(Money.zero("EUR"), Money::plus);
    assertThat(features().open(Money.currency("EUR"))).isEqualTo(open);
  }

  @Test
  void revenueShareIsPerCurrencyAndTheLargestCounts() {
    DebtorFeatures f = features();
    // EUR: D 1000 + 500 - 100 = 1400 of 1400 + 8400 = 9800 -> 0.1429; GBP: 800 of 4000 -> 0.2000
    assertThat(f.revenue()).containsEntry(Money.currency("EUR"), Money.parse("EUR 1400.00"))
        .containsEntry(Money.currency("GBP"), Money.parse("GBP 800.00"));
    assertThat(f.revenueShareByCurrency()).containsEntry(Money.currency("EUR"), new BigDecimal("0.1429"))
        .containsEntry(Money.currency("GBP"), new BigDecimal("0.2000"));
    assertThat(f.revenueShare()).isEqualByComparingTo("0.2");
  }

  @Test
  void paymentBehaviourOverBothWindowsAndTrend() {
    DebtorFeatures f = features();
    // short: I1 open 30 d late, I5 2 d late
    PaymentBehaviour s = f.shortWindow();
    assertThat(s.windowMonths()).isEqualTo(12);
    assertThat(s.invoicesDue()).isEqualTo(2);
    assertThat(s.lateInvoices()).isEqualTo(2);
    assertThat(s.lateShare()).contains(new BigDecimal("1.0000"));
    assertThat(s.averageDaysLate()).contains(new BigDecimal("16.0"));
    assertThat(s.weightedDaysLate()).contains(new BigDecimal("30.0")); // EUR 30.0 is worse than GBP 2.0
    // long: + I3 10 d, I4 0 d
    PaymentBehaviour l = f.longWindow();
    assertThat(l.invoicesDue()).isEqualTo(4);
    assertThat(l.lateInvoices()).isEqualTo(3);
    assertThat(l.lateShare()).contains(new BigDecimal("0.7500"));
    assertThat(l.averageDaysLate()).contains(new BigDecimal("10.5"));
    // EUR: (1000 x 30 + 2000 x 10 + 300 x 0) / 3300 = 15.15 -> 15.2
    assertThat(l.weightedDaysLate()).contains(new BigDecimal("15.2"));
    // 12-month average 16.0 - 36-month average 10.5 = 5.5: paying later lately
    assertThat(f.daysLateTrend()).contains(new BigDecimal("5.5"));
  }

  @Test
  void promisesDisputesContacts() {
    DebtorFeatures f = features();
    assertThat(f.promisesMade()).isEqualTo(3);
    assertThat(f.promisesKept()).isEqualTo(1);
    assertThat(f.promisesBroken()).isEqualTo(1);
    assertThat(f.promisesPending()).isEqualTo(1);
    assertThat(f.openDisputes()).isEqualTo(2);
    assertThat(f.openDisputesByFamily()).containsEntry(ReasonFamily.CASH, 1).containsEntry(ReasonFamily.DISPUTE, 0)
        .hasSize(4);
    assertThat(f.disputesByFamily()).containsEntry(ReasonFamily.CASH, 1).containsEntry(ReasonFamily.DISPUTE, 1)
        .containsEntry(ReasonFamily.BAD_FAITH, 0);
    assertThat(f.contacts()).isEqualTo(5);
    assertThat(f.contactOutcomes()).containsEntry(Outcome.NO_ANSWER, 1).containsEntry(Outcome.REACHED, 1)
        .containsEntry(Outcome.SENT, 1).containsEntry(Outcome.REFUSED, 1).containsEntry(Outcome.VOICEMAIL, 1)
        .containsEntry(Outcome.WRONG_PARTY, 0);
    // outbound no answer + outbound refused; the inbound voicemail is not an unanswered attempt of ours
    assertThat(f.unansweredContacts()).isEqualTo(2);
  }

  @Test
  void tenureAndCleanHistory() {
    DebtorFeatures f = features();
    assertThat(f.relationshipStart()).contains(d("2021-03-15"));
    assertThat(f.tenureMonths()).isEqualTo(51);
    assertThat(f.newCustomer()).isFalse();
    // I1 is open and 30 days late on the as-of date: no clean history
    assertThat(f.cleanSince()).contains(AS_OF);
    assertThat(f.cleanYears()).isZero();
  }

  @ParameterizedTest(name = "threshold {0} days -> clean since {1}, {2} years")
  @CsvSource({
      // A paid 6 days late (2021-02-06), B paid 5 days late (2022-05-06)
      "5, 2021-02-06, 4",
      "4, 2022-05-06, 3",
      "6, 2018-01-01, 7",
  })
  void cleanYearsCountFromTheLastInvoicePaidBeyondTheThreshold(int threshold, String since, long years) {
    Invoice a = invoice("A", "C", d("2021-01-01"), d("2021-01-31"), "EUR 100.00");
    Invoice b = invoice("B", "C", d("2022-04-01"), d("2022-05-01"), "EUR 100.00");
    Ledger ledger = Ledger.of(List.of(debtor("C", d("2018-01-01"))), List.of(a, b), List.of(),
        List.of(paid(a, d("2021-02-06")), paid(b, d("2022-05-06"))));
    DebtorFeatures f = FeatureCalculator.of(ledger, AS_OF, FeatureConfig.defaults().withCleanHistoryDays(threshold))
        .features(DebtorId.of("C"));
    assertThat(f.cleanSince()).contains(d(since));
    assertThat(f.cleanYears()).isEqualTo(years);
  }

  @Test
  void withoutCustomerSinceTheFirstInvoiceStartsTheRelationship() {
    Invoice a = invoice("A", "C", d("2025-01-10"), d("2025-02-09"), "EUR 100.00");
    Debtor c = Debtor.builder(DebtorId.of("C"), "C").build();
    DebtorFeatures f = FeatureCalculator.of(Ledger.of(List.of(c), List.of(a), List.of(), List.of(paid(a, d("2025-02-01")))),
        AS_OF).features(c.id());
    assertThat(f.relationshipStart()).contains(d("2025-01-10"));
    assertThat(f.tenureMonths()).isEqualTo(5);
    assertThat(f.newCustomer()).isTrue();
    assertThat(f.cleanYears()).isZero();
  }

  @Test
  void aDebtorWithNothingHasEmptyFeatures() {
    Debtor c = Debtor.builder(DebtorId.of("C"), "C").type(DebtorType.PUBLIC).segment("Key_Account").build();
    DebtorFeatures f = FeatureCalculator.of(Ledger.of(List.of(c), List.of(), List.of()), AS_OF).features(c.id());
    assertThat(f.openBalance()).isEmpty();
    assertThat(f.oldestDaysPastDue()).isZero();
    assertThat(f.revenueShare()).isEqualByComparingTo("0");
    assertThat(f.shortWindow().hasHistory()).isFalse();
    assertThat(f.daysLateTrend()).isEmpty();
    assertThat(f.relationshipStart()).isEmpty();
    assertThat(f.newCustomer()).isTrue();
    assertThat(f.cleanSince()).isEmpty();
    assertThat(f.debtorType()).isEqualTo(DebtorType.PUBLIC);
    assertThat(f.forcedSegment()).contains("Key_Account");
  }

  @Test
  void noTrendWithoutInvoicesDueBeforeTheShortWindow() {
    // X's two invoices are both due in the last 12 months: the 36-month average is the 12-month one
    DebtorFeatures x = FeatureCalculator.of(ledger(), AS_OF).features(DebtorId.of("X"));
    assertThat(x.shortWindow().invoicesDue()).isEqualTo(2);
    assertThat(x.longWindow().invoicesDue()).isEqualTo(2);
    assertThat(x.daysLateTrend()).isEmpty();
  }

  @Test
  void installmentsSettleEarliestFirstForOverdue() {
    Invoice split = dev.recovery.core.ledger.Invoice.of(dev.recovery.core.ledger.InvoiceId.of("S"), DebtorId.of("C"),
        d("2025-03-01"), dev.recovery.core.terms.PaymentTerms.parse("30/60/90 jours"), Money.parse("EUR 300.00"));
    Ledger ledger = Ledger.of(List.of(debtor("C", d("2020-01-01"))), List.of(split), List.of(),
        List.of(paid(split, "EUR 100.00", d("2025-04-01"))));
    DebtorFeatures f = FeatureCalculator.of(ledger, AS_OF).features(DebtorId.of("C"));
    long expected = ledger.openItemsOf(DebtorId.of("C"), AS_OF).stream()
        .filter(i -> i.isOverdue(AS_OF)).mapToLong(i -> i.daysPastDue(AS_OF)).max().orElse(0);
    Money overdue = ledger.openItemsOf(DebtorId.of("C"), AS_OF).stream().filter(i -> i.isOverdue(AS_OF))
        .map(i -> i.open()).reduce(Money.zero("EUR"), Money::plus);
    assertThat(f.oldestDaysPastDue()).isEqualTo(expected).isPositive();
    assertThat(f.overdue(Money.currency("EUR"))).isEqualTo(overdue);
    assertThat(f.open(Money.currency("EUR"))).isEqualTo(Money.parse("EUR 200.00"));
  }

  @Test
  void rejectsUnknownDebtorAndForeignCaseFile() {
    FeatureCalculator calc = FeatureCalculator.of(ledger(), AS_OF);
    assertThatThrownBy(() -> calc.features(DebtorId.of("NOPE"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOPE");
    assertThatThrownBy(() -> calc.features(D, CaseFile.empty(DebtorId.of("X"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X");
  }

  @Test
  void configValidation() {
    assertThatThrownBy(() -> FeatureConfig.defaults().withWindows(24, 12)).hasMessageContaining("longWindowMonths");
    assertThatThrownBy(() -> FeatureConfig.defaults().withCleanHistoryDays(-1)).hasMessageContaining("cleanHistoryDays");
    assertThat(FeatureConfig.defaults()).isEqualTo(new FeatureConfig(5, 12, 12, 36, 90, 3));
    assertThat(Optional.of(FeatureConfig.defaults().withNewCustomerMonths(6).newCustomerMonths())).contains(6);
  }
}
