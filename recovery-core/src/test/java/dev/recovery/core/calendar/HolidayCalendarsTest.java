package dev.recovery.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class HolidayCalendarsTest {

  private static List<LocalDate> dates(String... iso) {
    return Stream.of(iso).map(LocalDate::parse).collect(Collectors.toList());
  }

  private static List<LocalDate> weekdayHolidays(HolidayCalendar cal, int year) {
    return cal.holidays(year).stream()
        .filter(d -> d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY)
        .collect(Collectors.toList());
  }

  /** Code du travail L3133-1: the eleven French public holidays of 2025 and 2024. */
  @Test
  void test_FR_2025_allElevenHolidays() {
    assertThat(HolidayCalendars.FR.holidays(2025)).containsExactlyElementsOf(dates(
        "2025-01-01", "2025-04-21", "2025-05-01", "2025-05-08", "2025-05-29", "2025-06-09",
        "2025-07-14", "2025-08-15", "2025-11-01", "2025-11-11", "2025-12-25"));
    assertThat(HolidayCalendars.FR.holidays(2024)).containsExactlyElementsOf(dates(
        "2024-01-01", "2024-04-01", "2024-05-01", "2024-05-08", "2024-05-09", "2024-05-20",
        "2024-07-14", "2024-08-15", "2024-11-01", "2024-11-11", "2024-12-25"));
  }

  /** Code du travail L3134-13: Alsace-Moselle adds Good Friday and 26 December. */
  @Test
  void test_FR_ALSACE_MOSELLE_addsGoodFridayAndSaintStephen() {
    List<LocalDate> fr = HolidayCalendars.FR.holidays(2025);
    List<LocalDate> am = HolidayCalendars.FR_ALSACE_MOSELLE.holidays(2025);
    assertThat(am).containsAll(fr).contains(LocalDate.parse("2025-04-18"), LocalDate.parse("2025-12-26"))
        .hasSize(fr.size() + 2);
    assertThat(HolidayCalendars.FR.isHoliday(LocalDate.parse("2025-04-18"))).isFalse();
  }

  @Test
  void test_FR_historicalValidity() {
    // 8 May was not a holiday from 1959 to 1981 (décret du 11 avril 1959, loi du 2 octobre 1981)
    assertThat(HolidayCalendars.FR.isHoliday(LocalDate.parse("1970-05-08"))).isFalse();
    assertThat(HolidayCalendars.FR.isHoliday(LocalDate.parse("1982-05-08"))).isTrue();
    assertThat(HolidayCalendars.FR.isHoliday(LocalDate.parse("1910-11-11"))).isFalse();
    assertThat(HolidayCalendars.FR.isHoliday(LocalDate.parse("1930-11-11"))).isTrue();
  }

  static Stream<Arguments> ukYears() {
    // https://www.gov.uk/bank-holidays (England and Wales)
    return Stream.of(
        Arguments.of(2019, dates("2019-01-01", "2019-04-19", "2019-04-22", "2019-05-06", "2019-05-27",
            "2019-08-26", "2019-12-25", "2019-12-26")),
        Arguments.of(2020, dates("2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25",
            "2020-08-31", "2020-12-25", "2020-12-28")),
        Arguments.of(2021, dates("2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31",
            "2021-08-30", "2021-12-27", "2021-12-28")),
        Arguments.of(2022, dates("2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02",
            "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27")),
        Arguments.of(2023, dates("2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08",
            "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26")),
        Arguments.of(2024, dates("2024-01-01", "2024-03-29", "2024-04-01", "2024-05-06", "2024-05-27",
            "2024-08-26", "2024-12-25", "2024-12-26")),
        Arguments.of(2025, dates("2025-01-01", "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26",
            "2025-08-25", "2025-12-25", "2025-12-26")));
  }

  /** Banking and Financial Dealings Act 1971 and gov.uk bank holidays, substitute days included. */
  @ParameterizedTest
  @MethodSource("ukYears")
  void test_UK_matchesGovUk(int year, List<LocalDate> expected) {
    assertThat(weekdayHolidays(HolidayCalendars.UK, year)).containsExactlyElementsOf(expected);
  }

  @Test
  void test_UK_oneOffDaysAndMovedEarlyMay() {
    HolidayCalendar uk = HolidayCalendars.UK;
    assertThat(uk.isHoliday(LocalDate.parse("2020-05-08"))).isTrue();
    assertThat(uk.isHoliday(LocalDate.parse("2020-05-04"))).isFalse(); // first Monday moved to VE day
    assertThat(uk.isHoliday(LocalDate.parse("1999-12-31"))).isTrue();
    assertThat(uk.isHoliday(LocalDate.parse("2000-01-03"))).isTrue(); // 1 Jan 2000 was a Saturday
    assertThat(uk.isHoliday(LocalDate.parse("2022-05-30"))).isFalse(); // spring holiday moved to 2 June
    assertThat(((RuleBasedHolidayCalendar) uk).holidayName(LocalDate.parse("2022-09-19")))
        .hasValueSatisfying(n -> assertThat(n).contains("State Funeral"));
  }

  static Stream<Arguments> usYears() {
    // 5 U.S.C. 6103; OPM federal holiday schedules
    return Stream.of(
        Arguments.of(2021, dates("2021-01-01", "2021-01-18", "2021-02-15", "2021-05-31", "2021-06-18",
            "2021-07-05", "2021-09-06", "2021-10-11", "2021-11-11", "2021-11-25", "2021-12-24", "2021-12-31")),
        Arguments.of(2023, dates("2023-01-02", "2023-01-16", "2023-02-20", "2023-05-29", "2023-06-19",
            "2023-07-04", "2023-09-04", "2023-10-09", "2023-11-10", "2023-11-23", "2023-12-25")),
        Arguments.of(2025, dates("2025-01-01", "2025-01-20", "2025-02-17", "2025-05-26", "2025-06-19",
            "2025-07-04", "2025-09-01", "2025-10-13", "2025-11-11", "2025-11-27", "2025-12-25")));
  }

  @ParameterizedTest
  @MethodSource("usYears")
  void test_US_matchesOpm(int year, List<LocalDate> expected) {
    assertThat(weekdayHolidays(HolidayCalendars.US, year)).containsExactlyElementsOf(expected);
  }

  @ParameterizedTest
  @CsvSource({
      "2023-06-19, true", // Juneteenth
      "2020-06-19, false", // before Pub. L. 117-17
      "2021-12-24, true", // Christmas on Saturday observed Friday
      "1985-01-21, false", // MLK day starts 1986
      "1986-01-20, true",
      "1970-02-23, true", // Washington's Birthday was 22 Feb (Sunday) observed Monday 23 Feb 1970
      "1970-02-16, false",
      "1975-10-27, true", // Veterans Day on the fourth Monday of October 1971-1977
      "1975-11-11, false",
      "1941-11-20, true"}) // Thanksgiving on the third Thursday in 1941
  void test_US_historicalRules(LocalDate date, boolean holiday) {
    assertThat(HolidayCalendars.US.isHoliday(date)).isEqualTo(holiday);
  }

  @Test
  void test_US_1970_sundayObservedMonday() {
    assertThat(HolidayCalendars.US.isHoliday(LocalDate.parse("1970-02-23"))).isTrue();
    // 22 Feb 1970 was a Sunday: observed Monday 23 Feb
    assertThat(LocalDate.parse("1970-02-22").getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
  }

  @Test
  void test_WEEKENDS_hasNoHolidays() {
    assertThat(HolidayCalendars.WEEKENDS.holidays(2025)).isEmpty();
    assertThat(HolidayCalendars.WEEKENDS.isBusinessDay(LocalDate.parse("2025-12-25"))).isTrue();
    assertThat(HolidayCalendars.WEEKENDS.isBusinessDay(LocalDate.parse("2025-12-27"))).isFalse();
  }

  @Test
  void test_of_lookupAndAlias() {
    assertThat(HolidayCalendars.of("fr")).isSameAs(HolidayCalendars.FR);
    assertThat(HolidayCalendars.of("GB")).isSameAs(HolidayCalendars.UK);
    assertThat(HolidayCalendars.of(HolidayCalendarId.of("fr-alsace-moselle"))).isSameAs(HolidayCalendars.FR_ALSACE_MOSELLE);
    assertThat(HolidayCalendars.US.name()).isEqualTo("United States (federal)");
    assertThatIllegalArgumentException().isThrownBy(() -> HolidayCalendars.of("XX"))
        .withMessageContaining("'XX'").withMessageContaining("FR, FR-ALSACE-MOSELLE, GB, UK, US, WEEKENDS");
  }

  @Test
  void test_nextAndPrevious_skipWeekendsAndHolidays() {
    HolidayCalendar fr = HolidayCalendars.FR;
    // Friday 2025-05-30 -> Monday 2025-06-02; Ascension Thursday 2025-05-29 in between
    assertThat(fr.next(LocalDate.parse("2025-05-28"))).isEqualTo(LocalDate.parse("2025-05-30"));
    assertThat(fr.previous(LocalDate.parse("2025-05-30"))).isEqualTo(LocalDate.parse("2025-05-28"));
    assertThat(fr.nextOrSame(LocalDate.parse("2025-05-30"))).isEqualTo(LocalDate.parse("2025-05-30"));
    assertThat(fr.nextOrSame(LocalDate.parse("2025-05-31"))).isEqualTo(LocalDate.parse("2025-06-02"));
    assertThat(fr.previousOrSame(LocalDate.parse("2025-06-01"))).isEqualTo(LocalDate.parse("2025-05-30"));
    // across the end of the precomputed range
    assertThat(fr.next(LocalDate.parse("2199-12-31"))).isEqualTo(LocalDate.parse("2200-01-02"));
    assertThat(fr.previous(LocalDate.parse("1900-01-01"))).isEqualTo(LocalDate.parse("1899-12-29"));
  }

  @Test
  void test_outOfRangeYears_computedFromRules() {
    assertThat(HolidayCalendars.FR.isHoliday(LocalDate.parse("2300-07-14"))).isTrue();
    assertThat(HolidayCalendars.FR.isHoliday(LocalDate.parse("2300-07-15"))).isFalse();
    assertThat(HolidayCalendars.FR.isBusinessDay(LocalDate.parse("2300-07-14"))).isFalse();
  }
}
