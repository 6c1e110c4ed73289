package dev.recovery.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A calendar with an explicit set of holiday dates; immutable and thread-safe. */
final class DateSetHolidayCalendar implements HolidayCalendar {

  private final HolidayCalendarId id;
  private final String name;
  private final Set<LocalDate> dates;
  private final BusinessDayTable table;

  DateSetHolidayCalendar(HolidayCalendarId id, String name, Set<LocalDate> holidays) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.dates = Set.copyOf(Objects.requireNonNull(holidays, "holidays"));
    this.table = new BusinessDayTable(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), dates, dates::contains);
  }

  @Override
  public HolidayCalendarId id() {
    return id;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public boolean isHoliday(LocalDate date) {
    return table.isHoliday(date);
  }

  @Override
  public boolean isWeekend(LocalDate date) {
    return table.isWeekend(date);
  }

  @Override
  public boolean isBusinessDay(LocalDate date) {
    return table.isBusinessDay(date);
  }

  @Override
  public LocalDate next(LocalDate date) {
    return table.next(date);
  }

  @Override
  public LocalDate previous(LocalDate date) {
    return table.previous(date);
  }

  @Override
  public LocalDate nextOrSame(LocalDate date) {
    return table.nextOrSame(date);
  }

  @Override
  public LocalDate previousOrSame(LocalDate date) {
    return table.previousOrSame(date);
  }

  @Override
  public String toString() {
    return id.name();
  }
}
