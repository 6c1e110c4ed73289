package dev.recovery.legal.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class RateTableTest {

  /** Source: ECB key interest rates (the data given in issue 5). */
  @ParameterizedTest
  @CsvSource({
      "2022-07-26, 0.00",
      "2022-07-27, 0.50",
      "2024-01-01, 4.50",
      "2024-06-11, 4.50",
      "2024-06-12, 4.25",
      "2024-07-01, 4.25",
      "2025-01-01, 3.15",
      "2025-07-01, 2.15",
      "2026-01-01, 2.15",
  })
  void ecbRateOn(LocalDate date, BigDecimal rate) {
    assertThat(RateTables.standard().get(RateTables.ECB_MRO).rateOn(date)).isEqualByComparingTo(rate);
  }

  /** Source: Banque de France, taux de l'interet legal (issue 5). */
  @ParameterizedTest
  @CsvSource({
      "2024-03-01, 5.07, 8.01",
      "2024-12-31, 4.92, 8.16",
      "2025-01-01, 3.71, 7.21",
      "2025-07-01, 2.76, 6.65",
      "2026-06-30, 2.62, 6.67",
  })
  void frenchLegalRates(LocalDate date, BigDecimal otherCases, BigDecimal privateCreditor) {
    RateTables t = RateTables.standard();
    assertThat(t.get(RateTables.FR_LEGAL_OTHER_CASES).rateOn(date)).isEqualByComparingTo(otherCases);
    assertThat(t.get(RateTables.FR_LEGAL_PRIVATE_CREDITOR).rateOn(date)).isEqualByComparingTo(privateCreditor);
  }

  /** Source: Bank of England Bank Rate history. */
  @ParameterizedTest
  @CsvSource({
      "2023-12-31, 5.25",
      "2024-06-30, 5.25",
      "2024-12-31, 4.75",
      "2025-06-30, 4.25",
      "2025-08-07, 4.00",
  })
  void boeRateOn(LocalDate date, BigDecimal rate) {
    assertThat(RateTables.standard().get(RateTables.BOE_BASE).rateOn(date)).isEqualByComparingTo(rate);
  }

  @Test
  void dateBeyondTheTableNamesTheFileToUpdate() {
    RateTable ecb = RateTables.standard().get(RateTables.ECB_MRO);
    assertThatThrownBy(() -> ecb.rateOn(LocalDate.of(2026, 7, 1)))
        .isInstanceOf(RateTableException.class)
        .hasMessageContaining("ecb-mro")
        .hasMessageContaining("dev/recovery/legal/rates/ecb-mro.txt")
        .hasMessageContaining("2026-07-01");
    assertThatThrownBy(() -> ecb.rateOn(LocalDate.of(2010, 1, 1))).isInstanceOf(RateTableException.class);
  }

  @Test
  void parseReadsHeaderAndRejectsBadLines() {
    RateTable t = RateTable.parse("test.txt", new StringReader(
        "# name: custom\n# source: test\n# valid-through: 2030-12-31\n2020-01-01 1.5\n2021-01-01 2\n"));
    assertThat(t.name()).isEqualTo("custom");
    assertThat(t.rateOn(LocalDate.of(2030, 12, 31))).isEqualByComparingTo("2");
    assertThat(t.changesBetween(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 6, 1)))
        .containsExactly(LocalDate.of(2021, 1, 1));
    assertThatThrownBy(() -> RateTable.parse("bad.txt", new StringReader(
        "# name: x\n# valid-through: 2030-12-31\n2020-01-01 abc\n")))
        .isInstanceOf(RateTableFormatException.class).hasMessageContaining("bad.txt, line 3");
    assertThatThrownBy(() -> RateTable.parse("bad.txt", new StringReader("# name: x\n2020-01-01 1\n")))
        .hasMessageContaining("valid-through");
    assertThatThrownBy(() -> RateTable.parse("bad.txt", new StringReader(
        "# name: x\n# valid-through: 2030-12-31\n2021-01-01 1\n2020-01-01 1\n")))
        .hasMessageContaining("line 4");
  }

  @Test
  void hostOverridesAStandardTableWithoutTouchingTheStandardSet() {
    RateTable mine = RateTable.of(RateTables.ECB_MRO, "host", Map.of(LocalDate.of(2020, 1, 1), BigDecimal.ONE),
        LocalDate.of(2040, 1, 1));
    RateTables custom = RateTables.standard().with(mine);
    assertThat(custom.get(RateTables.ECB_MRO).rateOn(LocalDate.of(2039, 1, 1))).isEqualByComparingTo("1");
    assertThat(RateTables.standard().get(RateTables.ECB_MRO).rateOn(LocalDate.of(2024, 1, 1)))
        .isEqualByComparingTo("4.50");
    assertThatThrownBy(() -> custom.get("nope")).hasMessageContaining("nope");
  }
}
