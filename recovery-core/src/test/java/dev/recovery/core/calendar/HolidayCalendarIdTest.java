package dev.recovery.core.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.api.Test;

class HolidayCalendarIdTest {

  @Test
  void test_of_normalisesToUpperCase() {
    assertThat(HolidayCalendarId.of(" fr-alsace-moselle ")).isEqualTo(HolidayCalendarId.of("FR-ALSACE-MOSELLE"));
    assertThat(HolidayCalendarId.of("fr").toString()).isEqualTo("FR");
    assertThat(HolidayCalendarId.of("uk").name()).isEqualTo("UK");
  }

  @Test
  void test_of_rejectsBlankAndBadCharacters() {
    assertThatIllegalArgumentException().isThrownBy(() -> HolidayCalendarId.of("  "));
    assertThatIllegalArgumentException().isThrownBy(() -> HolidayCalendarId.of("FR US"))
        .withMessageContaining("' '").withMessageContaining("position 2");
  }
}
