package dev.recovery.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Precomputed holiday and closed-day bitsets for 1900-2199, shared by the built-in calendars.
 *
 * <p>Immutable and thread-safe once built. Dates outside the range fall back to a predicate.
 */
final class BusinessDayTable {

  static final int FIRST_YEAR = 1900;
  static final int LAST_YEAR = 2199;
  static final long FIRST_EPOCH_DAY = LocalDate.of(FIRST_YEAR, 1, 1).toEpochDay();
  static final long LAST_EPOCH_DAY = LocalDate.of(LAST_YEAR, 12, 31).toEpochDay();
  private static final int SIZE = (int) (LAST_EPOCH_DAY - FIRST_EPOCH_DAY + 1);

  private final long[] holidays = new long[(SIZE + 63) >>> 6];
  // holiday or weekend: one lookup answers isBusinessDay
  private final long[] closed = new long[(SIZE + 63) >>> 6];
  private final int weekendMask;
  private final Predicate<LocalDate> outOfRangeHoliday;

  BusinessDayTable(Set<DayOfWeek> weekend, Iterable<LocalDate> holidayDates, Predicate<LocalDate> outOfRangeHoliday) {
    int mask = 0;
    for (DayOfWeek d : weekend) {
      mask |= 1 << (d.getValue() - 1);
    }
    if (mask == 0x7F) {
      throw new IllegalArgumentException("the weekend must leave at least one working day, was " + weekend);
    }
    this.weekendMask = mask;
    this.outOfRangeHoliday = outOfRangeHoliday;
    for (LocalDate d : holidayDates) {
      long e = d.toEpochDay();
      if (e >= FIRST_EPOCH_DAY && e <= LAST_EPOCH_DAY) {
        int i = (int) (e - FIRST_EPOCH_DAY);
        holidays[i >>> 6] |= 1L << i;
        closed[i >>> 6] |= 1L << i;
      }
    }
    for (int i = 0; i < SIZE; i++) {
      if (isWeekendEpochDay(FIRST_EPOCH_DAY + i)) {
        closed[i >>> 6] |= 1L << i;
      }
    }
  }

  static boolean inRange(long epochDay) {
    return epochDay >= FIRST_EPOCH_DAY && epochDay <= LAST_EPOCH_DAY;
  }

  boolean isWeekendEpochDay(long epochDay) {
    // 1970-01-01 (epoch day 0) was a Thursday: floorMod(e + 3, 7) is 0 for Monday
    int dow = (int) Math.floorMod(epochDay + 3, 7L);
    return (weekendMask & (1 << dow)) != 0;
  }

  boolean isWeekend(LocalDate date) {
    return (weekendMask & (1 << (date.getDayOfWeek().getValue() - 1))) != 0;
  }

  boolean isHoliday(LocalDate date) {
    long e = date.toEpochDay();
    if (inRange(e)) {
      int i = (int) (e - FIRST_EPOCH_DAY);
      return (holidays[i >>> 6] & (1L << i)) != 0;
    }
    return outOfRangeHoliday.test(date);
  }

  boolean isBusinessDay(LocalDate date) {
    long e = date.toEpochDay();
    if (inRange(e)) {
      int i = (int) (e - FIRST_EPOCH_DAY);
      return (closed[i >>> 6] & (1L << i)) == 0;
    }
    return !isWeekend(date) && !outOfRangeHoliday.test(date);
  }

  private boolean isBusinessEpochDay(long e) {
    if (inRange(e)) {
      int i = (int) (e - FIRST_EPOCH_DAY);
      return (closed[i >>> 6] & (1L << i)) == 0;
    }
    return isBusinessDay(LocalDate.ofEpochDay(e));
  }

  LocalDate next(LocalDate date) {
    long e = date.toEpochDay() + 1;
    while (!isBusinessEpochDay(e)) {
      e++;
    }
    return LocalDate.ofEpochDay(e);
  }

  LocalDate previous(LocalDate date) {
    long e = date.toEpochDay() - 1;
    while (!isBusinessEpochDay(e)) {
      e--;
    }
    return LocalDate.ofEpochDay(e);
  }

  LocalDate nextOrSame(LocalDate date) {
    return isBusinessDay(date) ? date : next(date);
  }

  LocalDate previousOrSame(LocalDate date) {
    return isBusinessDay(date) ? date : previous(date);
  }
}
