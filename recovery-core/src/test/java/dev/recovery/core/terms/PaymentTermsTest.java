package dev.recovery.core.terms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.calendar.BusinessDayConvention;
import dev.recovery.core.calendar.HolidayCalendars;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PaymentTermsTest {

  private static final LocalDate DATE_2025_01_15 = LocalDate.of(2025, 1, 15);

  /**
   * Worked example of the two readings of "N jours fin de mois" (Code de commerce L441-10; DGCCRF/CEPC
   * guidance): A = end of month of (invoice date + N), B = (end of month of invoice date) + N.
   */
  @Test
  void workedExample_30JoursFinDeMois() {
    PaymentTerms terms = PaymentTerms.parse("30 jours fin de mois");
    assertThat(terms.dueDate(DATE_2025_01_15)).isEqualTo(LocalDate.of(2025, 2, 28));
    PaymentTerms b = terms.withEomMethod(EomMethod.EOM_THEN_ADD);
    assertThat(b.dueDate(DATE_2025_01_15)).isEqualTo(LocalDate.of(2025, 3, 2)); // Sunday
    PaymentTerms rolled = b.withAdjustment(BusinessDayConvention.FOLLOWING, HolidayCalendars.FR);
    assertThat(rolled.dueDate(DATE_2025_01_15)).isEqualTo(LocalDate.of(2025, 3, 3));
    assertThat(rolled).isNotEqualTo(b);
    assertThat(rolled.convention()).isEqualTo(BusinessDayConvention.FOLLOWING);
    assertThat(rolled.calendar()).isSameAs(HolidayCalendars.FR);
    // documented: the adjustment is not printed
    assertThat(PaymentTerms.parse(rolled.toString())).isEqualTo(b);
  }

  @Test
  void workedExample_30JoursFinDeMoisLe10() {
    // eom(2025-01-15 + 30 = 2025-02-14) = 2025-02-28, then the 10th of the following month
    assertThat(PaymentTerms.parse("30 jours fin de mois le 10").dueDate(DATE_2025_01_15))
        .isEqualTo(LocalDate.of(2025, 3, 10));
    // eom(2025-01-15) + 30 = 2025-03-02, then the next 10th
    assertThat(PaymentTerms.parse("fin de mois + 30 jours le 10").dueDate(DATE_2025_01_15))
        .isEqualTo(LocalDate.of(2025, 3, 10));
  }

  @ParameterizedTest(name = "{0} from {1}")
  @CsvSource(delimiter = '|', value = {
      "à réception | 2025-01-15 | 2025-01-15",
      "net 30 | 2025-01-15 | 2025-02-14",
      "net 30 | 2025-01-31 | 2025-03-02",
      "net 30 | 2024-01-31 | 2024-03-01",
      "net 30 | 2024-12-15 | 2025-01-14",
      "net 60 | 2024-12-31 | 2025-03-01",
      "30 jours fin de mois | 2025-01-31 | 2025-03-31",
      "30 jours fin de mois | 2024-01-31 | 2024-03-31",
      "30 jours fin de mois | 2024-01-30 | 2024-02-29",
      "30 jours fin de mois | 2024-01-29 | 2024-02-29",
      "fin de mois + 30 jours | 2024-01-31 | 2024-03-01",
      "fin de mois + 30 jours | 2024-02-29 | 2024-03-30",
      "fin de mois + 30 jours | 2025-02-10 | 2025-03-30",
      "45 jours fin de mois | 2024-12-15 | 2025-01-31",
      "45 jours fin de mois | 2024-12-20 | 2025-02-28",
      "fin de mois + 45 jours | 2024-12-15 | 2025-02-14",
      "fin de mois + 45 jours | 2025-01-15 | 2025-03-17",
      "fin de mois | 2025-02-03 | 2025-02-28",
      "30 jours fin de mois le 31 | 2025-01-01 | 2025-02-28",
      "30 jours fin de mois le 31 | 2025-01-02 | 2025-03-31",
      "30 jours fin de mois le 31 | 2024-12-15 | 2025-02-28",
      "30 jours fin de mois le 30 | 2023-12-31 | 2024-02-29",
      "30 jours fin de mois le 10 | 2024-11-20 | 2025-01-10",
      "fin de mois + 0 jours le 31 | 2025-01-15 | 2025-01-31",
      "fin de mois + 10 jours le 5 | 2025-01-15 | 2025-03-05",
      "2/10 net 30 | 2025-01-15 | 2025-02-14"})
  void test_dueDate_table(String text, LocalDate invoice, LocalDate expected) {
    assertThat(PaymentTerms.parse(text).dueDate(invoice)).isEqualTo(expected);
  }

  @Test
  void test_dueDates_installmentsSplitCentExact() {
    PaymentTerms terms = PaymentTerms.parse("30/60/90 jours fin de mois");
    List<Installment> list = terms.dueDates(DATE_2025_01_15, Money.of("EUR", "100.00"));
    assertThat(list).containsExactly(
        new Installment(1, LocalDate.of(2025, 2, 28), Money.of("EUR", "33.34")),
        new Installment(2, LocalDate.of(2025, 3, 31), Money.of("EUR", "33.33")),
        new Installment(3, LocalDate.of(2025, 4, 30), Money.of("EUR", "33.33")));
    assertThat(terms.dueDate(DATE_2025_01_15)).isEqualTo(LocalDate.of(2025, 4, 30));
    assertThat(terms.dueDate(DATE_2025_01_15, 1)).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThatThrownBy(() -> terms.dueDate(DATE_2025_01_15, 4)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void test_dueDates_singleInstallmentCarriesTheWholeAmount() {
    assertThat(PaymentTerms.net(30).dueDates(DATE_2025_01_15, Money.of("EUR", "1234.56")))
        .containsExactly(new Installment(1, LocalDate.of(2025, 2, 14), Money.of("EUR", "1234.56")));
  }

  @Test
  void test_dueDates_adjustedInstallments() {
    PaymentTerms terms = PaymentTerms.installments(30, 60)
        .withAdjustment(BusinessDayConvention.MODIFIED_FOLLOWING, HolidayCalendars.FR);
    // 2025-04-01 + 30 = 2025-05-01 (Fête du travail) -> 2025-05-02; + 60 = 2025-05-31 (Saturday) -> 2025-05-30
    List<Installment> list = terms.dueDates(LocalDate.of(2025, 4, 1), Money.of("EUR", "10.01"));
    assertThat(list).extracting(Installment::dueDate)
        .containsExactly(LocalDate.of(2025, 5, 2), LocalDate.of(2025, 5, 30));
    assertThat(list).extracting(Installment::amount)
        .containsExactly(Money.of("EUR", "5.01"), Money.of("EUR", "5.00"));
  }

  @Test
  void test_discount_amountsAndDeadline() {
    EarlyPaymentDiscount d = PaymentTerms.parse("2/10 net 30").discount().orElseThrow();
    assertThat(d.percent()).isEqualByComparingTo("2");
    assertThat(d.days()).isEqualTo(10);
    assertThat(d.deadline(DATE_2025_01_15)).isEqualTo(LocalDate.of(2025, 1, 25));
    assertThat(d.discountAmount(Money.of("EUR", "1000.00"))).isEqualTo(Money.of("EUR", "20.00"));
    assertThat(d.discountedAmount(Money.of("EUR", "1000.00"))).isEqualTo(Money.of("EUR", "980.00"));
    EarlyPaymentDiscount half = EarlyPaymentDiscount.of("1.5", 10);
    // 1.5% of 0.30 = 0.0045 -> HALF_UP 0.00; of 0.33 = 0.00495 -> 0.00; of 1.00 = 0.015 -> 0.02
    assertThat(half.discountAmount(Money.of("EUR", "1.00"))).isEqualTo(Money.of("EUR", "0.02"));
    assertThat(half.discountAmount(Money.of("EUR", "0.33"))).isEqualTo(Money.of("EUR", "0.00"));
    assertThat(EarlyPaymentDiscount.of("2.00", 10)).isEqualTo(EarlyPaymentDiscount.of("2", 10));
    assertThat(EarlyPaymentDiscount.of("10", 5).toString()).isEqualTo("10/5");
  }

  @Test
  void test_validation() {
    assertThatIllegalArgumentException().isThrownBy(() -> PaymentTerms.net(3651)).withMessageContaining("3650");
    assertThatIllegalArgumentException().isThrownBy(() -> PaymentTerms.net(-1));
    assertThatIllegalArgumentException().isThrownBy(() -> PaymentTerms.endOfMonthOnDay(30, 0));
    assertThatIllegalArgumentException().isThrownBy(() -> PaymentTerms.endOfMonthOnDay(30, 32));
    assertThatIllegalArgumentException().isThrownBy(() -> PaymentTerms.net(30).withDayOfMonth(10))
        .withMessageContaining("end-of-month");
    assertThatIllegalArgumentException().isThrownBy(() -> EarlyPaymentDiscount.of("0", 10));
    assertThatIllegalArgumentException().isThrownBy(() -> EarlyPaymentDiscount.of("100", 10));
    assertThatIllegalArgumentException().isThrownBy(() -> PaymentTerms.net(10).withDiscount(BigDecimal.ONE, 10))
        .withMessageContaining("less than");
    assertThatIllegalArgumentException().isThrownBy(() -> PaymentTerms.installments(60, 30));
    assertThatIllegalArgumentException().isThrownBy(() -> EomMethod.parse("whatever"))
        .withMessageContaining("add-then-eom");
  }

  @Test
  void test_factoriesAndWithers() {
    assertThat(PaymentTerms.net(0)).isSameAs(PaymentTerms.onReceipt());
    assertThat(PaymentTerms.installments(30)).isEqualTo(PaymentTerms.net(30));
    assertThat(PaymentTerms.endOfMonth(30).withDayOfMonth(10)).isEqualTo(PaymentTerms.endOfMonthOnDay(30, 10));
    PaymentTerms withDiscount = PaymentTerms.net(30).withDiscount(EarlyPaymentDiscount.of("2", 10));
    assertThat(withDiscount.withoutDiscount()).isEqualTo(PaymentTerms.net(30));
    assertThat(PaymentTerms.net(30).withAdjustment(BusinessDayConvention.NONE, HolidayCalendars.FR))
        .isEqualTo(PaymentTerms.net(30));
    assertThat(EomMethod.parse("EOM_THEN_ADD")).isEqualTo(EomMethod.EOM_THEN_ADD);
    assertThat(EomMethod.parse("add-then-eom")).isEqualTo(EomMethod.ADD_THEN_EOM);
  }
}
