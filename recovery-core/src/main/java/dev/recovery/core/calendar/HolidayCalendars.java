package dev.recovery.core.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The standard holiday calendars, loaded from the rule files in {@code dev/recovery/core/calendar}.
 *
 * <p>Each rule file cites its legal source. For calendars of their own, hosts use a {@link
 * HolidayCalendarRegistry}; this class holds no mutable state.
 */
public final class HolidayCalendars {

  /** France (metropolitan), Code du travail L3133-1. */
  public static final HolidayCalendar FR = load("FR", "FR.txt");
  /** Alsace-Moselle: France plus Good Friday and 26 December (Code du travail L3134-13). */
  public static final HolidayCalendar FR_ALSACE_MOSELLE = load("FR-ALSACE-MOSELLE", "FR-ALSACE-MOSELLE.txt");
  /** England and Wales bank holidays with substitute days (Banking and Financial Dealings Act 1971); alias {@code GB}. */
  public static final HolidayCalendar UK = load("UK", "UK.txt");
  /** United States federal holidays with Saturday/Sunday observance (5 U.S.C. 6103). */
  public static final HolidayCalendar US = load("US", "US.txt");
  /** Saturdays and Sundays only, no holidays. */
  public static final HolidayCalendar WEEKENDS = load("WEEKENDS", "WEEKENDS.txt");

  private HolidayCalendars() {
  }

  /**
   * The standard calendar with that id (case-insensitive), including the alias {@code GB}.
   *
   * @throws IllegalArgumentException listing the known ids when there is none
   */
  public static HolidayCalendar of(String id) {
    return HolidayCalendarRegistry.standard().get(id);
  }

  /**
   * The standard calendar with that id.
   *
   * @throws IllegalArgumentException listing the known ids when there is none
   */
  public static HolidayCalendar of(HolidayCalendarId id) {
    return HolidayCalendarRegistry.standard().get(id);
  }

  private static HolidayCalendar load(String id, String resource) {
    try (InputStream in = HolidayCalendars.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing holiday rule file " + resource + " for calendar " + id);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return RuleBasedHolidayCalendar.parse(HolidayCalendarId.of(id), null, reader);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read holiday rule file " + resource, e);
    }
  }
}
