package dev.recovery.core.calendar;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * How a date that falls on a weekend or holiday is moved to a business day.
 *
 * <p>Note that no French text moves a contractual due date that falls on a holiday; rolling is an
 * option for scheduling, not for deciding lateness.
 */
public enum BusinessDayConvention {

  /** The date is kept as is. */
  NONE("none"),
  /** The next business day. */
  FOLLOWING("following"),
  /** The next business day, unless it is in the next month, then the previous business day. */
  MODIFIED_FOLLOWING("modified-following"),
  /** The previous business day. */
  PRECEDING("preceding");

  private final String label;

  BusinessDayConvention(String label) {
    this.label = label;
  }

  /** The date adjusted to a business day of the calendar under this convention. */
  public LocalDate adjust(LocalDate date, HolidayCalendar calendar) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(calendar, "calendar");
    switch (this) {
      case NONE:
        return date;
      case FOLLOWING:
        return calendar.nextOrSame(date);
      case PRECEDING:
        return calendar.previousOrSame(date);
      case MODIFIED_FOLLOWING:
        LocalDate following = calendar.nextOrSame(date);
        return following.getMonthValue() == date.getMonthValue() ? following : calendar.previousOrSame(date);
      default:
        throw new AssertionError(this);
    }
  }

  /** The lower-case, hyphenated label ({@code "modified-following"}), which {@link #parse(String)} reads. */
  public String label() {
    return label;
  }

  /**
   * Parses {@code "none"}, {@code "following"}, {@code "modified-following"} or {@code "preceding"}
   * (case-insensitive, '-' or '_').
   *
   * @throws IllegalArgumentException naming the text and the accepted values
   */
  public static BusinessDayConvention parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    for (BusinessDayConvention c : values()) {
      if (c.label.equals(t)) {
        return c;
      }
    }
    throw new IllegalArgumentException("unknown business day convention '" + text
        + "'; expected one of none, following, modified-following, preceding");
  }
}
