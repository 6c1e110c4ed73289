package dev.recovery.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleBasedHolidayCalendarTest {

  private static final String RULES = String.join("\n",
      "# a host's own calendar",
      "name Test land",
      "weekend FRI SAT",
      "fixed 01-01 New Year",
      "easter +1 from 2000 Easter Monday",
      "nth-weekday 2 TUE 03 except 2025 Second Tuesday of March",
      "last-weekday WED 06 until 2024 Last Wednesday of June",
      "fixed 07-04 observed substitute National Day",
      "date 2025-10-10 One-off day");

  private static final RuleBasedHolidayCalendar CAL =
      RuleBasedHolidayCalendar.parse(HolidayCalendarId.of("TEST"), null, new StringReader(RULES));

  @Test
  void test_parse_readsEveryDirective() {
    assertThat(CAL.name()).isEqualTo("Test land");
    assertThat(CAL.weekend()).containsExactlyInAnyOrder(DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
    assertThat(CAL.isHoliday(LocalDate.parse("2025-01-01"))).isTrue();
    assertThat(CAL.isHoliday(LocalDate.parse("2025-04-21"))).isTrue();
    assertThat(CAL.isHoliday(LocalDate.parse("1999-04-05"))).isFalse(); // Easter Monday only from 2000
    assertThat(CAL.isHoliday(LocalDate.parse("2024-03-12"))).isTrue();
    assertThat(CAL.isHoliday(LocalDate.parse("2025-03-11"))).isFalse(); // except 2025
    assertThat(CAL.isHoliday(LocalDate.parse("2024-06-26"))).isTrue();
    assertThat(CAL.isHoliday(LocalDate.parse("2025-06-25"))).isFalse(); // until 2024
    assertThat(CAL.isHoliday(LocalDate.parse("2025-10-10"))).isTrue();
    // Friday 4 July 2025 is a weekend day here: substitute Sunday 6 July
    assertThat(CAL.isHoliday(LocalDate.parse("2025-07-06"))).isTrue();
    assertThat(CAL.holidayName(LocalDate.parse("2025-07-06"))).contains("National Day (substitute day)");
    assertThat(CAL.isBusinessDay(LocalDate.parse("2025-07-05"))).isFalse(); // Saturday
    assertThat(CAL.isBusinessDay(LocalDate.parse("2025-07-07"))).isTrue();
  }

  @Test
  void test_parse_explicitNameWins() {
    assertThat(RuleBasedHolidayCalendar.parse(HolidayCalendarId.of("T"), "Given", RULES).name()).isEqualTo("Given");
  }

  @Test
  void test_parse_errorsNameTheLine() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleBasedHolidayCalendar.parse("BAD", null, new StringReader("# x\nfixed 13-01 Nope")))
        .withMessageContaining("line 2").withMessageContaining("BAD");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleBasedHolidayCalendar.parse("BAD", null, new StringReader("easter +1")))
        .withMessageContaining("missing holiday name");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleBasedHolidayCalendar.parse("BAD", null, new StringReader("weekly MON Nope")))
        .withMessageContaining("unknown directive 'weekly'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleBasedHolidayCalendar.parse("BAD", null,
            new StringReader("fixed 01-01 observed sometimes New Year")))
        .withMessageContaining("sometimes");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleBasedHolidayCalendar.parse("BAD", null,
            new StringReader("weekend MON TUE WED THU FRI SAT SUN")))
        .withMessageContaining("at least one working day");
  }
}
