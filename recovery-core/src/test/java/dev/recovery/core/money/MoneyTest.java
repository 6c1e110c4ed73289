package dev.recovery.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MoneyTest {

  @Test
  void split_100_euros_in_three_gives_the_remainder_to_the_first_part() {
    assertThat(Money.parse("EUR 100.00").split(3))
        .containsExactly(Money.parse("EUR 33.34"), Money.parse("EUR 33.33"), Money.parse("EUR 33.33"));
  }

  @Test
  void split_of_a_negative_amount_mirrors_the_positive_split() {
    assertThat(Money.parse("EUR -100.00").split(3))
        .containsExactly(Money.parse("EUR -33.34"), Money.parse("EUR -33.33"), Money.parse("EUR -33.33"));
  }

  @Test
  void allocate_by_weights_conserves_every_cent() {
    assertThat(Money.parse("EUR 10.00").allocate(1, 1, 1))
        .containsExactly(Money.parse("EUR 3.34"), Money.parse("EUR 3.33"), Money.parse("EUR 3.33"));
    assertThat(Money.parse("EUR 0.05").allocate(70, 30))
        .containsExactly(Money.parse("EUR 0.04"), Money.parse("EUR 0.01"));
    assertThat(Money.parse("EUR 1.00").allocate(0, 1, 0))
        .containsExactly(Money.parse("EUR 0.00"), Money.parse("EUR 1.00"), Money.parse("EUR 0.00"));
  }

  @Test
  void allocate_rejects_bad_weights() {
    assertThatThrownBy(() -> Money.parse("EUR 1.00").allocate(0, 0)).hasMessageContaining("zero");
    assertThatThrownBy(() -> Money.parse("EUR 1.00").allocate(1, -1)).hasMessageContaining("negative");
    assertThatThrownBy(() -> Money.parse("EUR 1.00").split(0)).hasMessageContaining("positive");
  }

  @ParameterizedTest
  @CsvSource({
      "EUR 3000.00, EUR, 3000.00",
      "EUR 12, EUR, 12.00",
      "JPY 1500, JPY, 1500",
      "GBP 0.5, GBP, 0.50",
      "USD -7.25, USD, -7.25",
      "CHF 1.00, CHF, 1.00",
      "eur 1.00, EUR, 1.00"})
  void parse_reads_code_and_amount_at_the_currency_scale(String text, String code, String amount) {
    Money m = Money.parse(text);
    assertThat(m.currencyCode()).isEqualTo(code);
    assertThat(m.toPlainString()).isEqualTo(amount);
    assertThat(Money.parse(m.toString())).isEqualTo(m);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "EUR|expected '<ISO currency code> <amount>'",
      "EUR 1.001|more than 2 decimal",
      "JPY 1.5|more than 0 decimal",
      "XYZ 1.00|not a known ISO 4217",
      "EURO 1.00|three letters",
      "EUR 1,00|not a plain decimal",
      "EUR 1e3|not a plain decimal"})
  void parse_errors_quote_the_text_and_say_why(String text, String why) {
    assertThatThrownBy(() -> Money.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + text + "'")
        .hasMessageContaining(why);
  }

  @Test
  void mixing_currencies_throws_an_exception_naming_both() {
    assertThatThrownBy(() -> Money.parse("EUR 1.00").plus(Money.parse("GBP 1.00")))
        .isInstanceOf(CurrencyMismatchException.class)
        .hasMessageContaining("EUR")
        .hasMessageContaining("GBP")
        .satisfies(e -> {
          CurrencyMismatchException c = (CurrencyMismatchException) e;
          assertThat(c.expected().getCurrencyCode()).isEqualTo("EUR");
          assertThat(c.actual().getCurrencyCode()).isEqualTo("GBP");
        });
    assertThatThrownBy(() -> Money.parse("EUR 1.00").compareTo(Money.parse("USD 1.00")))
        .isInstanceOf(CurrencyMismatchException.class);
  }

  @Test
  void lossy_operations_round_once_with_the_given_mode() {
    Money m = Money.parse("EUR 10.00");
    assertThat(m.multipliedBy(new BigDecimal("0.145"), RoundingMode.HALF_UP)).isEqualTo(Money.parse("EUR 1.45"));
    assertThat(m.dividedBy(new BigDecimal("3"), RoundingMode.HALF_UP)).isEqualTo(Money.parse("EUR 3.33"));
    assertThat(m.dividedBy(new BigDecimal("3"), RoundingMode.UP)).isEqualTo(Money.parse("EUR 3.34"));
    assertThat(Money.of(Money.currency("EUR"), new BigDecimal("1.005"), RoundingMode.HALF_UP))
        .isEqualTo(Money.parse("EUR 1.01"));
    assertThatThrownBy(() -> Money.of(Money.currency("EUR"), new BigDecimal("1.005")))
        .hasMessageContaining("1.005").hasMessageContaining("EUR");
  }

  @Test
  void minor_units_round_trip() {
    assertThat(Money.ofMinor(Money.currency("EUR"), 300000)).isEqualTo(Money.parse("EUR 3000.00"));
    assertThat(Money.parse("EUR 3000.00").toMinorUnits()).isEqualTo(300000L);
    assertThat(Money.parse("JPY 3000").toMinorUnits()).isEqualTo(3000L);
  }

  @Test
  void comparisons_and_signs() {
    Money a = Money.parse("EUR 1.00");
    Money b = Money.parse("EUR 2.00");
    assertThat(a.isLessThan(b)).isTrue();
    assertThat(b.isGreaterThan(a)).isTrue();
    assertThat(a.min(b)).isEqualTo(a);
    assertThat(a.max(b)).isEqualTo(b);
    assertThat(a.minus(b).isNegative()).isTrue();
    assertThat(a.minus(b).abs()).isEqualTo(a);
    assertThat(Money.zero("EUR").isZero()).isTrue();
  }
}
