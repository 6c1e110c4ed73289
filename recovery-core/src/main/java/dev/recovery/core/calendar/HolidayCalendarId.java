package dev.recovery.core.calendar;

import java.util.Locale;
import java.util.Objects;

/**
 * The identifier of a holiday calendar, such as {@code FR} or {@code FR-ALSACE-MOSELLE}.
 *
 * <p>Immutable and thread-safe. Names are trimmed and normalised to upper case, so
 * {@code of("fr")} equals {@code of("FR")}. {@link #toString()} is the name.
 */
public final class HolidayCalendarId implements Comparable<HolidayCalendarId> {

  private final String name;

  private HolidayCalendarId(String name) {
    this.name = name;
  }

  /**
   * The id with that name (case-insensitive; letters, digits, '-', '_' and '.').
   *
   * @throws IllegalArgumentException if the name is blank or has other characters
   */
  public static HolidayCalendarId of(String name) {
    Objects.requireNonNull(name, "name");
    String n = name.trim().toUpperCase(Locale.ROOT);
    if (n.isEmpty()) {
      throw new IllegalArgumentException("holiday calendar id must not be blank");
    }
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      boolean ok = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.';
      if (!ok) {
        throw new IllegalArgumentException("holiday calendar id '" + name + "' has an invalid character '" + c
            + "' at position " + i + "; expected letters, digits, '-', '_' or '.'");
      }
    }
    return new HolidayCalendarId(n);
  }

  /** The normalised (upper-case) name. */
  public String name() {
    return name;
  }

  @Override
  public int compareTo(HolidayCalendarId other) {
    return name.compareTo(other.name);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HolidayCalendarId other && name.equals(other.name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /** The name, which {@link #of(String)} reads back. */
  @Override
  public String toString() {
    return name;
  }
}
