package dev.recovery.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class EasterTest {

  /** Published Gregorian Easter Sundays (including the extreme dates 22 March and 25 April). */
  @ParameterizedTest
  @CsvSource({
      "1900, 1900-04-15", "1943, 1943-04-25", "1961, 1961-04-02", "2000, 2000-04-23", "2008, 2008-03-23",
      "2011, 2011-04-24", "2019, 2019-04-21", "2024, 2024-03-31", "2025, 2025-04-20", "2026, 2026-04-05",
      "2038, 2038-04-25", "2285, 2285-03-22", "2100, 2100-03-28", "2199, 2199-04-14"})
  void test_sunday_knownDates(int year, LocalDate expected) {
    assertThat(Easter.sunday(year)).isEqualTo(expected);
  }

  @Test
  void test_sunday_rejectsJulianYears() {
    assertThatIllegalArgumentException().isThrownBy(() -> Easter.sunday(1500));
  }
}
