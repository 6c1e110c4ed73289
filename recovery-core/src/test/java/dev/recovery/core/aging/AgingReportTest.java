package dev.recovery.core.aging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AgingReportTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final Currency EUR = Money.currency("EUR");
  static final Currency GBP = Money.currency("GBP");
  static final Debtor A = Debtor.builder(DebtorId.of("A"), "Alpha SAS").build();
  static final Debtor B = Debtor.builder(DebtorId.of("B"), "Beta Ltd").country("GB").language("en").build();

  static Invoice inv(String id, Debtor d, LocalDate issue, LocalDate due, String amount) {
    return Invoice.of(InvoiceId.of(id), d.id(), issue, PaymentTerms.onReceipt(), Money.parse(amount)).withDueDate(due);
  }

  /** The worked ledger: every figure below is computed by hand in the comments. */
  static Ledger ledger() {
    List<Invoice> invoices = List.of(
        inv("F1", A, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), "EUR 1000.00"),   // not due
        inv("F2", A, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), "EUR 500.00"),   // 30 dpd -> 1-30
        inv("F3", A, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), "EUR 800.00"),   // 61 dpd -> 61-90, 300 paid
        inv("F4", A, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31), "EUR 200.00"),   // 150 dpd -> 120+
        inv("F5", B, LocalDate.of(2025, 5, 15), LocalDate.of(2025, 5, 30), "GBP 100.00"),  // 31 dpd -> 31-60
        inv("F6", A, LocalDate.of(2025, 4, 1), LocalDate.of(2025, 5, 1), "EUR 400.00"),    // settled 2025-06-10
        Invoice.creditNote(InvoiceId.of("C1"), A.id(), LocalDate.of(2025, 6, 15), Money.parse("EUR 50.00"),
            Optional.empty()));
    List<Payment> payments = List.of(
        Payment.of(PaymentId.of("P1"), LocalDate.of(2025, 6, 5), Money.parse("EUR 300.00"), A.id(), "F3"),
        Payment.of(PaymentId.of("P2"), LocalDate.of(2025, 6, 10), Money.parse("EUR 420.00"), A.id(), "F6"));
    List<Allocation> allocations = List.of(
        Allocation.ofPayment(PaymentId.of("P1"), InvoiceId.of("F3"), Money.parse("EUR 300.00"), LocalDate.of(2025, 6, 5)),
        Allocation.ofPayment(PaymentId.of("P2"), InvoiceId.of("F6"), Money.parse("EUR 400.00"), LocalDate.of(2025, 6, 10)));
    return Ledger.of(List.of(A, B), invoices, payments, allocations);
  }

  @Test
  void worked_example_buckets_per_currency() {
    AgingReport report = AgingReport.compute(ledger(), AS_OF);
    AgingTotals eur = report.byCurrency().get(EUR);
    // not-due 1000; 1-30: 500; 31-60: 0; 61-90: 800-300 = 500; 91-120: 0; 120+: 200
    assertThat(eur.buckets()).extracting(Money::toPlainString)
        .containsExactly("1000.00", "500.00", "0.00", "500.00", "0.00", "200.00");
    assertThat(eur.open()).isEqualTo(Money.parse("EUR 2200.00"));
    assertThat(eur.overdue()).isEqualTo(Money.parse("EUR 1200.00"));
    assertThat(eur.openItems()).isEqualTo(4);
    assertThat(eur.overdueItems()).isEqualTo(3);
    // unapplied: credit note 50 + payment P2 over-payment 20
    assertThat(eur.unappliedCredit()).isEqualTo(Money.parse("EUR 70.00"));
    assertThat(eur.net()).isEqualTo(Money.parse("EUR 2130.00"));
    AgingTotals gbp = report.byCurrency().get(GBP);
    assertThat(gbp.buckets().get(2)).isEqualTo(Money.parse("GBP 100.00"));
    assertThat(report.byDebtor().get(B.id())).containsOnlyKeys(GBP);
    assertThat(report.byDebtor().get(A.id()).get(EUR).open()).isEqualTo(Money.parse("EUR 2200.00"));
  }

  @ParameterizedTest
  @CsvSource({"0,0", "-5,0", "1,1", "30,1", "31,2", "60,2", "61,3", "90,3", "91,4", "120,4", "121,5", "10000,5"})
  void bucket_boundaries(long daysPastDue, int bucket) {
    assertThat(AgingBuckets.standard().indexOf(daysPastDue)).isEqualTo(bucket);
  }

  @Test
  void buckets_parse_print_and_validate() {
    assertThat(AgingBuckets.parse("30, 60,90,120")).isEqualTo(AgingBuckets.standard());
    assertThat(AgingBuckets.standard().labels()).containsExactly("not-due", "1-30", "31-60", "61-90", "91-120", "120+");
    assertThat(AgingBuckets.parse(AgingBuckets.of(15, 45).toString())).isEqualTo(AgingBuckets.of(15, 45));
    assertThatThrownBy(() -> AgingBuckets.parse("30,x")).hasMessageContaining("'x'");
    assertThatThrownBy(() -> AgingBuckets.parse("60,30")).hasMessageContaining("strictly increasing");
  }

  @Test
  void worked_example_kpis() {
    Map<Currency, Kpis> kpis = KpiCalculator.compute(ledger(), AS_OF, 90);
    Kpis eur = kpis.get(EUR);
    // Period 2025-04-02 .. 2025-06-30. Sales in period: F1 1000 + F2 500 - C1 50 = 1450.
    assertThat(eur.creditSales()).isEqualTo(Money.parse("EUR 1450.00"));
    // Receivables at 2025-04-01: F3 800 + F4 200 + F6 400 = 1400; at end: 2200 (of which 1000 current, 1200 overdue).
    assertThat(eur.receivablesAtStart()).isEqualTo(Money.parse("EUR 1400.00"));
    assertThat(eur.receivablesAtEnd()).isEqualTo(Money.parse("EUR 2200.00"));
    assertThat(eur.currentAtEnd()).isEqualTo(Money.parse("EUR 1000.00"));
    // DSO = 2200 / 1450 * 90 = 136.55... -> 136.6; BPDSO = 1000 / 1450 * 90 = 62.07 -> 62.1; ADD = 74.48 -> 74.5
    assertThat(eur.dsoStandard()).contains(new BigDecimal("136.6"));
    assertThat(eur.bestPossibleDso()).contains(new BigDecimal("62.1"));
    assertThat(eur.averageDaysDelinquent()).contains(new BigDecimal("74.5"));
    // CEI = (1400 + 1450 - 2200) / (1400 + 1450 - 1000) * 100 = 650 / 1850 * 100 = 35.14
    assertThat(eur.cei()).contains(new BigDecimal("35.14"));
    // Countback: June sales 1000 - 50 = 950 (30 days), May 500 (31 days), April 800 + 400 = 1200 (30 days).
    // 2200 - 950 = 1250 (30 d); 1250 - 500 = 750 (31 d); 750 / 1200 * 30 = 18.75 -> 79.75 -> 79.8
    assertThat(eur.dsoCountback()).contains(new BigDecimal("79.8"));
    // Settled in the period: F6 (400, issued 2025-04-01, settled 2025-06-10: 70 days; due 2025-05-01: 40 days late)
    assertThat(eur.weightedDaysToPay()).contains(new BigDecimal("70.0"));
    assertThat(eur.weightedDaysLate()).contains(new BigDecimal("40.0"));
    // 1200 / 2200 = 54.55 %
    assertThat(eur.percentOverdue()).contains(new BigDecimal("54.55"));
  }

  @Test
  void kpis_with_zero_denominators_are_empty_with_a_reason() {
    Ledger ledger = Ledger.of(List.of(A), List.of(inv("F1", A, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 31),
        "EUR 100.00")), List.of(), List.of(Allocation.ofPayment(PaymentId.of("P"), InvoiceId.of("F1"),
        Money.parse("EUR 100.00"), LocalDate.of(2024, 2, 1))));
    Kpis k = KpiCalculator.compute(ledger, AS_OF, 30).get(EUR);
    assertThat(k.dsoStandard()).isEmpty();
    assertThat(k.cei()).isEmpty();
    assertThat(k.percentOverdue()).isEmpty();
    assertThat(k.notes()).anyMatch(n -> n.contains("no credit sales")).anyMatch(n -> n.contains("CEI"));
  }
}
