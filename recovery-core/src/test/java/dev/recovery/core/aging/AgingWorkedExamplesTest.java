package dev.recovery.core.aging;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hand-computed aging and KPI examples: installments, applied credit notes, day boundaries, the
 * second currency of the worked ledger of {@link AgingReportTest}, and KPI edge cases.
 */
class AgingWorkedExamplesTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 6, 30);
  static final Currency EUR = Money.currency("EUR");
  static final Currency GBP = Money.currency("GBP");
  static final Debtor A = Debtor.builder(DebtorId.of("A"), "Alpha SAS").build();
  static final Debtor B = Debtor.builder(DebtorId.of("B"), "Beta Ltd").build();

  static Invoice due(String id, Debtor d, LocalDate issue, LocalDate dueDate, String amount) {
    return Invoice.of(InvoiceId.of(id), d.id(), issue, PaymentTerms.net(30), Money.parse(amount)).withDueDate(dueDate);
  }

  /**
   * An installment invoice ages per installment. EUR 1000.00 on "30/60/90 days" issued 2025-03-01:
   * installments 333.34 (due 2025-03-31), 333.33 (2025-04-30), 333.33 (2025-05-30) — Money.split gives
   * the extra cent to the first. A payment of 400.00 settles the first (333.34) and 66.66 of the
   * second, leaving 266.67 due 2025-04-30 (61 days past due on 2025-06-30: 61-90) and 333.33 due
   * 2025-05-30 (31 days: 31-60).
   */
  @Test
  void installment_invoice_ages_each_open_installment() {
    Invoice inv = Invoice.of(InvoiceId.of("I1"), A.id(), LocalDate.of(2025, 3, 1), PaymentTerms.parse("30/60/90 days"),
        Money.parse("EUR 1000.00"));
    assertThat(inv.installments()).extracting(i -> i.dueDate().toString() + " " + i.amount().toPlainString())
        .containsExactly("2025-03-31 333.34", "2025-04-30 333.33", "2025-05-30 333.33");
    Ledger ledger = Ledger.of(List.of(A), List.of(inv), List.of(), List.of(
        Allocation.ofPayment(PaymentId.of("P1"), inv.id(), Money.parse("EUR 400.00"), LocalDate.of(2025, 4, 2))));
    AgingTotals eur = AgingReport.compute(ledger, AS_OF).byCurrency().get(EUR);
    assertThat(eur.buckets()).extracting(Money::toPlainString)
        .containsExactly("0.00", "0.00", "333.33", "266.67", "0.00", "0.00");
    assertThat(eur.open()).isEqualTo(Money.parse("EUR 600.00"));
    assertThat(eur.overdue()).isEqualTo(Money.parse("EUR 600.00"));
    assertThat(eur.openItems()).isEqualTo(2);
    assertThat(eur.overdueItems()).isEqualTo(2);

    // As of 2025-04-15 (payment of 04-02 included): installment 2 (266.67) and 3 (333.33) are not due yet.
    AgingTotals mid = AgingReport.compute(ledger, LocalDate.of(2025, 4, 15)).byCurrency().get(EUR);
    assertThat(mid.buckets().get(0)).isEqualTo(Money.parse("EUR 600.00"));
    assertThat(mid.overdue()).isEqualTo(Money.parse("EUR 0.00"));
    // As of 2025-04-01 (before the payment): installment 1 is 1 day late (1-30), 666.66 not due.
    AgingTotals before = AgingReport.compute(ledger, LocalDate.of(2025, 4, 1)).byCurrency().get(EUR);
    assertThat(before.buckets()).extracting(Money::toPlainString)
        .containsExactly("666.66", "333.34", "0.00", "0.00", "0.00", "0.00");
  }

  /** An item exactly on its due date is not due; the day after it is 1 day past due (OpenItem#daysPastDue). */
  @ParameterizedTest
  @CsvSource({"0,not-due,false", "1,1-30,true", "30,1-30,true", "31,31-60,true", "60,31-60,true", "61,61-90,true",
      "90,61-90,true", "91,91-120,true", "120,91-120,true", "121,120+,true"})
  void report_level_day_boundaries(int daysPastDue, String label, boolean overdue) {
    LocalDate dueDate = AS_OF.minusDays(daysPastDue);
    Ledger ledger = Ledger.of(List.of(A), List.of(due("F", A, dueDate.minusDays(30), dueDate, "EUR 10.00")), List.of());
    AgingReport report = AgingReport.compute(ledger, AS_OF);
    AgingTotals eur = report.byCurrency().get(EUR);
    int index = report.buckets().labels().indexOf(label);
    for (int i = 0; i < eur.buckets().size(); i++) {
      assertThat(eur.buckets().get(i)).as(report.buckets().labels().get(i))
          .isEqualTo(Money.parse(i == index ? "EUR 10.00" : "EUR 0.00"));
    }
    assertThat(eur.overdue()).isEqualTo(Money.parse(overdue ? "EUR 10.00" : "EUR 0.00"));
    assertThat(eur.overdueItems()).isEqualTo(overdue ? 1 : 0);
  }

  /**
   * A credit note applied to an invoice has done its work: it reduces the invoice and is no longer
   * unapplied credit. C1 (EUR 50.00) applied to F1 (EUR 300.00) on 2025-06-20: F1 open 250.00, credit 0.
   * Before 2025-06-20 the credit note is issued (06-15) but not yet applied: F1 open 300.00, credit 50.00.
   */
  @Test
  void applied_credit_note_is_not_unapplied_credit() {
    Invoice f1 = due("F1", A, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), "EUR 300.00");
    Invoice c1 = Invoice.creditNote(InvoiceId.of("C1"), A.id(), LocalDate.of(2025, 6, 15), Money.parse("EUR 50.00"),
        Optional.of(f1.id()));
    Allocation use = new Allocation(Allocation.Source.CREDIT_NOTE, "C1", f1.id(), Money.parse("EUR 50.00"),
        LocalDate.of(2025, 6, 20));
    Ledger ledger = Ledger.of(List.of(A), List.of(f1, c1), List.of(), List.of(use));

    AgingTotals after = AgingReport.compute(ledger, AS_OF).byCurrency().get(EUR);
    assertThat(after.open()).isEqualTo(Money.parse("EUR 250.00"));
    assertThat(after.unappliedCredit()).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(after.net()).isEqualTo(ledger.balance(A.id(), AS_OF).get(EUR));

    LocalDate between = LocalDate.of(2025, 6, 17);
    AgingTotals pending = AgingReport.compute(ledger, between).byCurrency().get(EUR);
    assertThat(pending.open()).isEqualTo(Money.parse("EUR 300.00"));
    assertThat(pending.unappliedCredit()).isEqualTo(Money.parse("EUR 50.00"));
    assertThat(pending.net()).isEqualTo(ledger.balance(A.id(), between).get(EUR));
    assertThat(AgingReport.compute(ledger, between).debtor(A.id()).get(EUR).unappliedCredit())
        .isEqualTo(Money.parse("EUR 50.00"));
  }

  /**
   * A debtor with only an unapplied payment still has a line (zero buckets, the credit apart), and a
   * payment not attributed to any debtor is not attributed to anyone's credit.
   */
  @Test
  void unapplied_payment_shows_apart_and_never_in_buckets() {
    Invoice f1 = due("F1", A, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), "EUR 100.00");
    Payment p = Payment.of(PaymentId.of("P1"), LocalDate.of(2025, 6, 10), Money.parse("EUR 80.00"), B.id(), null);
    Ledger ledger = Ledger.of(List.of(A, B), List.of(f1), List.of(p));
    AgingReport report = AgingReport.compute(ledger, AS_OF);
    AgingTotals total = report.byCurrency().get(EUR);
    // F1 30 days past due: 1-30 = 100.00; B's 80.00 is unapplied, not netted into 1-30.
    assertThat(total.buckets().get(1)).isEqualTo(Money.parse("EUR 100.00"));
    assertThat(total.unappliedCredit()).isEqualTo(Money.parse("EUR 80.00"));
    assertThat(total.net()).isEqualTo(Money.parse("EUR 20.00"));
    AgingTotals b = report.byDebtor().get(B.id()).get(EUR);
    assertThat(b.open()).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(b.buckets()).allMatch(Money::isZero);
    assertThat(b.unappliedCredit()).isEqualTo(Money.parse("EUR 80.00"));
    // before the payment date there is no credit
    assertThat(AgingReport.compute(ledger, LocalDate.of(2025, 6, 9)).byDebtor()).doesNotContainKey(B.id());
  }

  /**
   * The GBP side of {@link AgingReportTest#ledger()}: F5 GBP 100.00 issued 2025-05-15, due 2025-05-30,
   * unpaid. Period 2025-04-02..2025-06-30 (90 days).
   */
  @Test
  void worked_example_kpis_second_currency() {
    Kpis gbp = KpiCalculator.compute(AgingReportTest.ledger(), AS_OF, 90).get(GBP);
    // sales 100; receivables at start (2025-04-01) 0, at end 100, of which current 0 and overdue 100
    assertThat(gbp.creditSales()).isEqualTo(Money.parse("GBP 100.00"));
    assertThat(gbp.receivablesAtStart()).isEqualTo(Money.parse("GBP 0.00"));
    assertThat(gbp.receivablesAtEnd()).isEqualTo(Money.parse("GBP 100.00"));
    assertThat(gbp.currentAtEnd()).isEqualTo(Money.parse("GBP 0.00"));
    assertThat(gbp.overdueAtEnd()).isEqualTo(Money.parse("GBP 100.00"));
    // DSO = 100 / 100 * 90 = 90.0; BPDSO = 0 / 100 * 90 = 0.0; ADD = 90.0
    assertThat(gbp.dsoStandard()).contains(new BigDecimal("90.0"));
    assertThat(gbp.bestPossibleDso()).contains(new BigDecimal("0.0"));
    assertThat(gbp.averageDaysDelinquent()).contains(new BigDecimal("90.0"));
    // CEI = (0 + 100 - 100) / (0 + 100 - 0) * 100 = 0.00
    assertThat(gbp.cei()).contains(new BigDecimal("0.00"));
    // countback: June sales 0 -> June's 30 days counted whole; May sales 100 exhaust 100 exactly -> +31 = 61.0
    assertThat(gbp.dsoCountback()).contains(new BigDecimal("61.0"));
    // nothing settled in the period: both day averages absent, with the reason
    assertThat(gbp.weightedDaysToPay()).isEmpty();
    assertThat(gbp.weightedDaysLate()).isEmpty();
    assertThat(gbp.notes()).anyMatch(n -> n.contains("no invoice settled in the period"));
    // 100 / 100 = 100.00 %
    assertThat(gbp.percentOverdue()).contains(new BigDecimal("100.00"));
  }

  /**
   * Weighted days to pay and days late over two settled invoices, one early and one late. Period: 30
   * days ending 2025-06-30 (2025-06-01..2025-06-30).
   * <ul>
   *   <li>F1 EUR 100.00 issued 2025-05-01, due 2025-05-31, settled 2025-06-05 in two parts: 35 days to
   *       pay, 5 days late.
   *   <li>F2 EUR 300.00 issued 2025-06-01, due 2025-07-01, settled 2025-06-21: 20 days, 0 late.
   *   <li>F3 EUR 50.00 settled 2025-05-20, before the period: excluded.
   * </ul>
   * Days to pay = (100 × 35 + 300 × 20) / 400 = 9500 / 400 = 23.75 → 23.8 (HALF_UP); days late =
   * (100 × 5 + 300 × 0) / 400 = 1.25 → 1.3. Nothing open: percentage overdue absent; countback 0.0.
   * Sales in period = 300 (F2); receivables at start (2025-05-31) = F1 60 (40.00 paid on 05-25) + F3 0
   * = 60, at end 0: DSO = 0 / 300 × 30 = 0.0; CEI = (60 + 300 - 0) / (60 + 300 - 0) × 100 = 100.00.
   */
  @Test
  void weighted_days_to_pay_and_late() {
    Invoice f1 = due("F1", A, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), "EUR 100.00");
    Invoice f2 = due("F2", A, LocalDate.of(2025, 6, 1), LocalDate.of(2025, 7, 1), "EUR 300.00");
    Invoice f3 = due("F3", A, LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 31), "EUR 50.00");
    List<Allocation> allocations = List.of(
        Allocation.ofPayment(PaymentId.of("P1"), f1.id(), Money.parse("EUR 40.00"), LocalDate.of(2025, 5, 25)),
        Allocation.ofPayment(PaymentId.of("P2"), f1.id(), Money.parse("EUR 60.00"), LocalDate.of(2025, 6, 5)),
        Allocation.ofPayment(PaymentId.of("P3"), f2.id(), Money.parse("EUR 300.00"), LocalDate.of(2025, 6, 21)),
        Allocation.ofPayment(PaymentId.of("P4"), f3.id(), Money.parse("EUR 50.00"), LocalDate.of(2025, 5, 20)));
    Ledger ledger = Ledger.of(List.of(A), List.of(f1, f2, f3), List.of(), allocations);
    Kpis k = KpiCalculator.compute(ledger, AS_OF, 30).get(EUR);
    assertThat(k.periodStart()).isEqualTo(LocalDate.of(2025, 6, 1));
    assertThat(k.weightedDaysToPay()).contains(new BigDecimal("23.8"));
    assertThat(k.weightedDaysLate()).contains(new BigDecimal("1.3"));
    assertThat(k.receivablesAtStart()).isEqualTo(Money.parse("EUR 60.00"));
    assertThat(k.receivablesAtEnd()).isEqualTo(Money.parse("EUR 0.00"));
    assertThat(k.creditSales()).isEqualTo(Money.parse("EUR 300.00"));
    assertThat(k.dsoStandard()).contains(new BigDecimal("0.0"));
    assertThat(k.dsoCountback()).contains(new BigDecimal("0.0"));
    assertThat(k.cei()).contains(new BigDecimal("100.00"));
    assertThat(k.percentOverdue()).isEmpty();
    assertThat(k.notes()).anyMatch(n -> n.contains("percentage overdue"));
  }

  /**
   * Countback with a prorated last month. As of 2025-06-30, EUR sales: June 600 (F1), May 310 (F2),
   * April 900 (F3); receivables at end = F1 600 + F2 310 + F3 300 (600 paid) = 1210.
   * 1210 - 600 = 610 (June, 30 d); 610 - 310 = 300 (May, 31 d); 300 / 900 × 30 = 10 (April) → 71.0.
   * Standard DSO over 90 days: 1210 / 1810 × 90 = 60.165... → 60.2.
   */
  @Test
  void countback_prorates_the_month_that_exhausts_the_balance() {
    Invoice f1 = due("F1", A, LocalDate.of(2025, 6, 10), LocalDate.of(2025, 7, 10), "EUR 600.00");
    Invoice f2 = due("F2", A, LocalDate.of(2025, 5, 10), LocalDate.of(2025, 6, 9), "EUR 310.00");
    Invoice f3 = due("F3", A, LocalDate.of(2025, 4, 10), LocalDate.of(2025, 5, 10), "EUR 900.00");
    Ledger ledger = Ledger.of(List.of(A), List.of(f1, f2, f3), List.of(), List.of(
        Allocation.ofPayment(PaymentId.of("P"), f3.id(), Money.parse("EUR 600.00"), LocalDate.of(2025, 5, 15))));
    Kpis k = KpiCalculator.compute(ledger, AS_OF).get(EUR);
    assertThat(k.receivablesAtEnd()).isEqualTo(Money.parse("EUR 1210.00"));
    assertThat(k.creditSales()).isEqualTo(Money.parse("EUR 1810.00"));
    assertThat(k.dsoCountback()).contains(new BigDecimal("71.0"));
    assertThat(k.dsoStandard()).contains(new BigDecimal("60.2"));
  }

  /** No activity at all in the period and nothing open: every ratio absent, each with a reason, no exception. */
  @Test
  void all_denominators_zero() {
    Invoice old = due("F1", A, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 1, 31), "EUR 10.00");
    Ledger ledger = Ledger.of(List.of(A), List.of(old), List.of(), List.of(
        Allocation.ofPayment(PaymentId.of("P"), old.id(), Money.parse("EUR 10.00"), LocalDate.of(2023, 2, 1))));
    Kpis k = KpiCalculator.compute(ledger, AS_OF).get(EUR);
    assertThat(k.dsoStandard()).isEmpty();
    assertThat(k.bestPossibleDso()).isEmpty();
    assertThat(k.averageDaysDelinquent()).isEmpty();
    assertThat(k.cei()).isEmpty();
    assertThat(k.weightedDaysToPay()).isEmpty();
    assertThat(k.weightedDaysLate()).isEmpty();
    assertThat(k.percentOverdue()).isEmpty();
    assertThat(k.notes()).hasSize(4);
    assertThat(KpiCalculator.compute(Ledger.of(List.of(A), List.of(), List.of()), AS_OF)).isEmpty();
  }
}
