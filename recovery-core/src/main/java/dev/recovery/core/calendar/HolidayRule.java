package dev.recovery.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;

/**
 * One line of a holiday rule file: how to find the holiday's date in a year, when it applies, and
 * how a weekend occurrence is observed. Immutable and thread-safe.
 */
record HolidayRule(
    Type type,
    int month,
    int day,
    int nth,
    DayOfWeek dayOfWeek,
    int easterOffset,
    LocalDate date,
    Observance observance,
    int fromYear,
    int untilYear,
    Set<Integer> exceptYears,
    String name) {

  /** The kinds of rule. */
  enum Type { FIXED, EASTER, NTH_WEEKDAY, LAST_WEEKDAY, DATE }

  /** How a holiday falling on a weekend is observed. */
  enum Observance {
    /** Not moved. */
    NONE,
    /** Sunday moves to Monday. */
    SUNDAY_TO_MONDAY,
    /** Saturday moves to Friday, Sunday to Monday (US federal). */
    NEAREST_WEEKDAY,
    /** A weekend holiday gets the next weekday that is not already a holiday (UK substitute day). */
    SUBSTITUTE
  }

  /** The holiday's own date in the year, or null if the rule does not apply that year. */
  LocalDate natural(int year) {
    if (year < fromYear || year > untilYear || exceptYears.contains(year)) {
      return null;
    }
    switch (type) {
      case FIXED:
        return LocalDate.of(year, month, day);
      case EASTER:
        return Easter.sunday(year).plusDays(easterOffset);
      case NTH_WEEKDAY: {
        LocalDate d = LocalDate.of(year, month, 1).with(TemporalAdjusters.dayOfWeekInMonth(nth, dayOfWeek));
        return d.getMonthValue() == month ? d : null;
      }
      case LAST_WEEKDAY:
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastInMonth(dayOfWeek));
      case DATE:
        return date.getYear() == year ? date : null;
      default:
        throw new AssertionError(type);
    }
  }
}
