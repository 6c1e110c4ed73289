package dev.recovery.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

class HolidayCalendarProperties {

  /** Code du travail L3133-1 Easter-based holidays, checked for every year 1900-2199. */
  @Property(generation = GenerationMode.EXHAUSTIVE)
  void easterBasedFrenchHolidaysFallOnTheirWeekday(@ForAll @IntRange(min = 1900, max = 2199) int year) {
    LocalDate easter = Easter.sunday(year);
    assertThat(easter.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
    assertThat(easter).isBetween(LocalDate.of(year, 3, 22), LocalDate.of(year, 4, 25));
    var fr = (RuleBasedHolidayCalendar) HolidayCalendars.FR;
    long mondays = fr.holidaysWithNames(year).entrySet().stream()
        .filter(e -> e.getValue().contains("Lundi")).peek(e ->
            assertThat(e.getKey().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY)).count();
    assertThat(mondays).isEqualTo(2); // Lundi de Pâques, Lundi de Pentecôte
    LocalDate ascension = fr.holidaysWithNames(year).entrySet().stream()
        .filter(e -> e.getValue().contains("Ascension")).findFirst().orElseThrow().getKey();
    assertThat(ascension.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    assertThat(fr.isHoliday(easter.plusDays(1))).isTrue();
    assertThat(fr.isHoliday(easter.plusDays(39))).isTrue();
    assertThat(fr.isHoliday(easter.plusDays(50))).isTrue();
  }

  @Property(generation = GenerationMode.EXHAUSTIVE)
  void ukHasEightToElevenWeekdayBankHolidaysSince1978(@ForAll @IntRange(min = 1978, max = 2199) int year) {
    long weekdays = HolidayCalendars.UK.holidays(year).stream()
        .filter(d -> d.getDayOfWeek().getValue() <= 5).count();
    assertThat(weekdays).isBetween(8L, 11L);
  }

  @Property(tries = 2000)
  void bitsetAgreesWithTheRules(@ForAll("dates") LocalDate date, @ForAll("calendars") HolidayCalendar cal) {
    RuleBasedHolidayCalendar rules = (RuleBasedHolidayCalendar) cal;
    boolean holiday = rules.holidaysWithNames(date.getYear()).containsKey(date);
    assertThat(cal.isHoliday(date)).isEqualTo(holiday);
    assertThat(cal.isBusinessDay(date)).isEqualTo(!holiday && !cal.isWeekend(date));
  }

  @Property(tries = 1000)
  void nextAndPreviousAreTheNearestBusinessDays(@ForAll("dates") LocalDate date,
      @ForAll("calendars") HolidayCalendar cal) {
    LocalDate next = cal.next(date);
    assertThat(next).isAfter(date);
    assertThat(cal.isBusinessDay(next)).isTrue();
    for (LocalDate d = date.plusDays(1); d.isBefore(next); d = d.plusDays(1)) {
      assertThat(cal.isBusinessDay(d)).isFalse();
    }
    LocalDate previous = cal.previous(date);
    assertThat(previous).isBefore(date);
    assertThat(cal.isBusinessDay(previous)).isTrue();
    for (LocalDate d = date.minusDays(1); d.isAfter(previous); d = d.minusDays(1)) {
      assertThat(cal.isBusinessDay(d)).isFalse();
    }
    for (BusinessDayConvention c : BusinessDayConvention.values()) {
      LocalDate adjusted = c.adjust(date, cal);
      assertThat(c == BusinessDayConvention.NONE || cal.isBusinessDay(adjusted)).isTrue();
      if (c == BusinessDayConvention.MODIFIED_FOLLOWING) {
        assertThat(adjusted.getMonth()).isEqualTo(date.getMonth());
      }
    }
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return Arbitraries.longs()
        .between(LocalDate.of(1895, 1, 1).toEpochDay(), LocalDate.of(2205, 12, 31).toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<HolidayCalendar> calendars() {
    return Arbitraries.of(HolidayCalendars.FR, HolidayCalendars.FR_ALSACE_MOSELLE, HolidayCalendars.UK,
        HolidayCalendars.US, HolidayCalendars.WEEKENDS);
  }
}
