package dev.recovery.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BusinessDayConventionTest {

  @ParameterizedTest
  @CsvSource({
      // Saturday 2025-05-31: following crosses into June, modified following goes back
      "NONE, 2025-05-31, 2025-05-31",
      "FOLLOWING, 2025-05-31, 2025-06-02",
      "MODIFIED_FOLLOWING, 2025-05-31, 2025-05-30",
      "PRECEDING, 2025-05-31, 2025-05-30",
      // Thursday 2025-05-01 (Fête du travail) in FR
      "FOLLOWING, 2025-05-01, 2025-05-02",
      "PRECEDING, 2025-05-01, 2025-04-30",
      "MODIFIED_FOLLOWING, 2025-05-01, 2025-05-02",
      // Saturday 2025-03-01: modified following stays in March
      "MODIFIED_FOLLOWING, 2025-03-01, 2025-03-03",
      // a business day is kept
      "FOLLOWING, 2025-01-15, 2025-01-15",
      "PRECEDING, 2025-01-15, 2025-01-15"})
  void test_adjust_onFrenchCalendar(BusinessDayConvention convention, LocalDate date, LocalDate expected) {
    assertThat(convention.adjust(date, HolidayCalendars.FR)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "none, NONE", "FOLLOWING, FOLLOWING", "modified-following, MODIFIED_FOLLOWING",
      "Modified_Following, MODIFIED_FOLLOWING", " preceding , PRECEDING"})
  void test_parse_acceptedSpellings(String text, BusinessDayConvention expected) {
    assertThat(BusinessDayConvention.parse(text)).isEqualTo(expected);
    assertThat(BusinessDayConvention.parse(expected.label())).isEqualTo(expected);
  }

  @Test
  void test_parse_unknownListsValues() {
    assertThatIllegalArgumentException().isThrownBy(() -> BusinessDayConvention.parse("nearest"))
        .withMessageContaining("'nearest'").withMessageContaining("modified-following");
  }
}
