package dev.recovery.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A calendar of public holidays and weekend days, used to roll dates to business days.
 *
 * <p>Implementations must be immutable and thread-safe. The standard ones live in {@link
 * HolidayCalendars}; hosts build their own with {@link #ofDates(HolidayCalendarId, String, Set)} or
 * {@link RuleBasedHolidayCalendar#parse(HolidayCalendarId, String, java.io.Reader)} and register them in a
 * {@link HolidayCalendarRegistry}. The built-in implementations answer {@link #isBusinessDay(LocalDate)}
 * in constant time without allocating for dates from 1900 to 2199.
 */
public interface HolidayCalendar {

  /** The identifier of this calendar. */
  HolidayCalendarId id();

  /** A human-readable name, such as {@code "France (metropolitan)"}. */
  String name();

  /** Whether the date is a public holiday (or a substitute/observed day); weekends alone are not holidays. */
  boolean isHoliday(LocalDate date);

  /** Whether the date falls on a weekend day; Saturday and Sunday unless the calendar says otherwise. */
  default boolean isWeekend(LocalDate date) {
    DayOfWeek dow = date.getDayOfWeek();
    return dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
  }

  /** Whether the date is a business day: neither a weekend day nor a holiday. */
  default boolean isBusinessDay(LocalDate date) {
    return !isWeekend(date) && !isHoliday(date);
  }

  /** The first business day strictly after the date. */
  default LocalDate next(LocalDate date) {
    LocalDate d = date.plusDays(1);
    while (!isBusinessDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /** The first business day strictly before the date. */
  default LocalDate previous(LocalDate date) {
    LocalDate d = date.minusDays(1);
    while (!isBusinessDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** The date itself if it is a business day, otherwise the next business day. */
  default LocalDate nextOrSame(LocalDate date) {
    return isBusinessDay(date) ? date : next(date);
  }

  /** The date itself if it is a business day, otherwise the previous business day. */
  default LocalDate previousOrSame(LocalDate date) {
    return isBusinessDay(date) ? date : previous(date);
  }

  /** The holidays of the year, in date order (this walks the year; not meant for hot paths). */
  default List<LocalDate> holidays(int year) {
    List<LocalDate> result = new ArrayList<>();
    for (LocalDate d = LocalDate.of(year, 1, 1); d.getYear() == year; d = d.plusDays(1)) {
      if (isHoliday(d)) {
        result.add(d);
      }
    }
    return Collections.unmodifiableList(result);
  }

  /**
   * A calendar whose holidays are exactly the given dates, with Saturday and Sunday as weekend.
   *
   * <p>The dates are copied; the result is immutable and thread-safe.
   */
  static HolidayCalendar ofDates(HolidayCalendarId id, String name, Set<LocalDate> holidays) {
    return new DateSetHolidayCalendar(id, name, holidays);
  }

  /** A calendar whose holidays are exactly the given dates; see {@link #ofDates(HolidayCalendarId, String, Set)}. */
  static HolidayCalendar ofDates(String id, String name, Set<LocalDate> holidays) {
    return ofDates(HolidayCalendarId.of(id), name, holidays);
  }
}
