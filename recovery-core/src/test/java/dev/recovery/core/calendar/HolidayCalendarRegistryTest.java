package dev.recovery.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HolidayCalendarRegistryTest {

  private static final HolidayCalendar ACME = HolidayCalendar.ofDates("ACME", "Acme closures",
      Set.of(LocalDate.parse("2025-08-14"), LocalDate.parse("2250-01-02")));

  @Test
  void test_with_returnsNewRegistryAndLeavesStandardUnchanged() {
    HolidayCalendarRegistry standard = HolidayCalendarRegistry.standard();
    HolidayCalendarRegistry extended = standard.with(ACME);
    assertThat(extended.get("acme")).isSameAs(ACME);
    assertThat(extended.find(HolidayCalendarId.of("FR"))).containsSame(HolidayCalendars.FR);
    assertThat(standard.find("ACME")).isEmpty();
    assertThat(extended.ids()).hasSize(standard.ids().size() + 1);
  }

  @Test
  void test_with_replacesSameId() {
    HolidayCalendar myFr = HolidayCalendar.ofDates("FR", "My France", Set.of());
    assertThat(HolidayCalendarRegistry.standard().with(myFr).get("FR")).isSameAs(myFr);
    assertThat(HolidayCalendarRegistry.empty().with(HolidayCalendarId.of("X"), myFr).get("x")).isSameAs(myFr);
  }

  @Test
  void test_get_unknownListsKnownIds() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> HolidayCalendarRegistry.standard().with(ACME).get("DE"))
        .withMessage("unknown holiday calendar 'DE'; known calendars: ACME, FR, FR-ALSACE-MOSELLE, GB, UK, US, WEEKENDS");
  }

  @Test
  void test_ofDates_holidaysInAndOutOfPrecomputedRange() {
    assertThat(ACME.isHoliday(LocalDate.parse("2025-08-14"))).isTrue();
    assertThat(ACME.isBusinessDay(LocalDate.parse("2025-08-14"))).isFalse();
    assertThat(ACME.isBusinessDay(LocalDate.parse("2025-08-15"))).isTrue();
    assertThat(ACME.isHoliday(LocalDate.parse("2250-01-02"))).isTrue();
    assertThat(ACME.next(LocalDate.parse("2025-08-13"))).isEqualTo(LocalDate.parse("2025-08-15"));
    assertThat(ACME.id()).isEqualTo(HolidayCalendarId.of("acme"));
    assertThat(ACME.name()).isEqualTo("Acme closures");
  }
}
