package dev.recovery.legal.interest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.money.Money;
import dev.recovery.legal.rates.RateTableException;
import dev.recovery.legal.rates.RateTables;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LatePaymentCalculatorTest {

  private static final RateTables RATES = RateTables.standard();

  private static LatePaymentCalculator calc(String j) {
    switch (j) {
      case "FR":
        return LatePaymentCalculator.france(RATES);
      case "EU":
        return LatePaymentCalculator.eu(RATES);
      case "UK":
        return LatePaymentCalculator.uk(RATES);
      default:
        return LatePaymentCalculator.us();
    }
  }

  /**
   * Worked examples. Sources: issue 5 / DOMAIN.md (FR 3,000 EUR example, C. com. L441-10, D441-5);
   * Directive 2011/7/EU art. 2(6), 6; Late Payment of Commercial Debts (Interest) Act 1998 s.5A and the
   * 2002 Rate Order; C. civ. 1231-6; Code de la commande publique R2192-31. Expected interest computed by
   * hand: amount x rate x days / 36500, rounded once HALF_UP.
   */
  @ParameterizedTest(name = "{0} {1} {2} {3}..{4} contract={6} ref={7} -> {8} days, {9} + {10}")
  @CsvSource(nullValues = "-", value = {
      // j, type, amount, due, paid, mode, contract, reference, days, interest, fixed
      "FR, business, EUR 3000.00, 2024-03-15, 2024-04-30, by-period, -, -, 46, 54.82, 40.00",
      "FR, business, EUR 3000.00, 2024-03-15, 2024-03-15, by-period, -, -, 0, 0.00, 0.00",
      "FR, business, EUR 3000.00, 2024-03-15, 2024-03-16, by-period, -, -, 1, 1.19, 40.00",
      // spans 2024-H1 (14.50) and 2024-H2 (ECB 4.25 on 1 July -> 14.25): 15 + 15 days
      "FR, business, EUR 10000.00, 2024-06-15, 2024-07-15, by-period, -, -, 30, 118.15, 40.00",
      "FR, business, EUR 10000.00, 2024-06-15, 2024-07-15, frozen, -, -, 30, 119.18, 40.00",
      // contractual 12 % is below 3 x 5.07 = 15.21 %: the floor applies
      "FR, business, EUR 3000.00, 2024-03-15, 2024-04-30, by-period, 12, -, 46, 57.51, 40.00",
      "FR, business, EUR 3000.00, 2024-03-15, 2024-04-30, by-period, 20, -, 46, 75.62, 40.00",
      // public buyer: ECB 4.50 + 8 = 12.50 %
      "FR, public, EUR 3000.00, 2024-03-15, 2024-04-30, by-period, -, -, 46, 47.26, 40.00",
      // consumer without formal notice: nothing; no 40 EUR (CPCE L111-8)
      "FR, consumer, EUR 3000.00, 2024-03-15, 2024-04-30, by-period, -, -, 46, 0.00, 0.00",
      // EU: ECB 4.50 + 8; host reference 3.00 + 8
      "EU, business, EUR 3000.00, 2024-03-15, 2024-04-30, by-period, -, -, 46, 47.26, 40.00",
      "EU, business, EUR 3000.00, 2024-03-15, 2024-04-30, by-period, -, 3.00, 46, 41.59, 40.00",
      // UK: BoE 5.25 on 31 Dec 2023 + 8 = 13.25 %; fixed sums 40 / 70 / 100
      "UK, business, GBP 5000.00, 2024-03-15, 2024-04-30, by-period, -, -, 46, 83.49, 70.00",
      "UK, business, GBP 999.99, 2024-03-15, 2024-04-30, by-period, -, -, 46, 16.70, 40.00",
      "UK, business, GBP 1000.00, 2024-03-15, 2024-04-30, by-period, -, -, 46, 16.70, 70.00",
      "UK, business, GBP 10000.00, 2024-03-15, 2024-04-30, by-period, -, -, 46, 166.99, 100.00",
      // interest starting 1 Jan 2025: BoE 4.75 on 31 Dec 2024 + 8 = 12.75 %, fixed although the rate fell
      "UK, business, GBP 10000.00, 2024-12-31, 2025-03-01, by-period, -, -, 60, 209.59, 100.00",
      "UK, consumer, GBP 10000.00, 2024-12-31, 2025-03-01, by-period, -, -, 60, 0.00, 0.00",
      // US: contractual only
      "US, consumer, USD 1000.00, 2024-01-31, 2024-03-01, by-period, 18, -, 30, 14.79, 0.00",
      "US, business, USD 1000.00, 2024-01-31, 2024-03-01, by-period, -, -, 30, 0.00, 0.00",
  })
  void workedExamples(String j, String type, String amount, LocalDate due, LocalDate paid, String mode,
      BigDecimal contract, BigDecimal reference, long days, String interest, String fixed) {
    Money m = Money.parse(amount);
    LatePaymentRequest req = LatePaymentRequest.builder(m, due).paidDate(paid).debtorType(DebtorType.parse(type))
        .rateMode(RateMode.parse(mode)).contractualRate(contract).referenceRate(reference).build();
    LatePaymentResult r = calc(j).compute(req);
    assertThat(r.daysLate()).isEqualTo(days);
    assertThat(r.interest()).isEqualTo(Money.of(m.currencyCode(), interest));
    assertThat(r.fixedCompensation()).isEqualTo(Money.of(m.currencyCode(), fixed));
    assertThat(r.total()).isEqualTo(r.interest().plus(r.fixedCompensation()));
    assertThat(r.legalBasis()).isNotEmpty();
  }

  @Test
  void frenchWorkedExampleHasOnePeriodAt1450() {
    LatePaymentResult r = LatePaymentCalculator.france(RATES).compute(
        LatePaymentRequest.paid(Money.of("EUR", "3000.00"), LocalDate.of(2024, 3, 15), LocalDate.of(2024, 4, 30)));
    assertThat(r.periods()).containsExactly(
        InterestPeriod.of(LocalDate.of(2024, 3, 16), LocalDate.of(2024, 4, 30), new BigDecimal("14.50")));
    assertThat(r.periods().get(0).annualRate().toPlainString()).isEqualTo("14.50");
    assertThat(r.total()).isEqualTo(Money.of("EUR", "94.82"));
    assertThat(r.warnings()).isEmpty();
    assertThat(r.legalBasis()).anyMatch(s -> s.contains("L441-10")).anyMatch(s -> s.contains("D441-5"));
  }

  @Test
  void contractualRateBelowTheFloorIsFlagged() {
    LatePaymentResult r = LatePaymentCalculator.france(RATES).compute(
        LatePaymentRequest.builder(Money.of("EUR", "3000.00"), LocalDate.of(2024, 3, 15))
            .paidDate(LocalDate.of(2024, 4, 30)).contractualRate(new BigDecimal("12")).build());
    assertThat(r.periods().get(0).annualRate()).isEqualByComparingTo("15.21");
    assertThat(r.warnings()).anyMatch(w -> w.contains("below 3 x") && w.contains("15.21"));
  }

  @Test
  void consumerInterestRunsFromTheFormalNoticeAtTheLegalRate() {
    // C. civ. 1231-6: 2024-04-10..2024-04-30 = 21 days at 5.07 % (2024-H1, 'autres cas')
    LatePaymentResult r = LatePaymentCalculator.france(RATES).compute(
        LatePaymentRequest.builder(Money.of("EUR", "3000.00"), LocalDate.of(2024, 3, 15))
            .paidDate(LocalDate.of(2024, 4, 30)).debtorType(DebtorType.CONSUMER)
            .formalNoticeDate(LocalDate.of(2024, 4, 10)).build());
    assertThat(r.interest()).isEqualTo(Money.of("EUR", "8.75"));
    assertThat(r.fixedCompensation().isZero()).isTrue();
    assertThat(r.legalBasis()).anyMatch(s -> s.contains("L111-8"));
  }

  @Test
  void unpaidDebtAccruesToTheAsOfDateWithAWarning() {
    LatePaymentResult r = LatePaymentCalculator.france(RATES).compute(
        LatePaymentRequest.builder(Money.of("EUR", "3000.00"), LocalDate.of(2024, 3, 15))
            .asOf(LocalDate.of(2024, 4, 30)).build());
    assertThat(r.interest()).isEqualTo(Money.of("EUR", "54.82"));
    assertThat(r.warnings()).anyMatch(w -> w.contains("not paid"));
  }

  @Test
  void usSaysStatutoryInterestIsOutOfScope() {
    LatePaymentResult r = LatePaymentCalculator.us().compute(
        LatePaymentRequest.paid(Money.of("USD", "100.00"), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1)));
    assertThat(r.warnings()).anyMatch(w -> w.contains("usury"));
  }

  @Test
  void dateBeyondTheRateTableIsAnErrorNamingTheFile() {
    assertThatThrownBy(() -> LatePaymentCalculator.france(RATES).compute(
        LatePaymentRequest.paid(Money.of("EUR", "3000.00"), LocalDate.of(2026, 6, 15), LocalDate.of(2026, 8, 1))))
        .isInstanceOf(RateTableException.class).hasMessageContaining("ecb-mro.txt");
  }

  @Test
  void requestNeedsExactlyOneEndDate() {
    assertThatThrownBy(() -> LatePaymentRequest.builder(Money.of("EUR", "1.00"), LocalDate.of(2024, 1, 1)).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("paidDate");
    assertThatThrownBy(() -> LatePaymentRequest.builder(Money.of("EUR", "0.00"), LocalDate.of(2024, 1, 1))
        .asOf(LocalDate.of(2024, 2, 1)).build()).hasMessageContaining("positive");
  }
}
