package dev.recovery.legal.contact;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A daily window of local time, both ends inclusive ("not before 08:00 or after 21:00").
 *
 * <p>Immutable and thread-safe.
 *
 * @param start the first allowed time
 * @param end the last allowed time
 */
public record TimeWindow(LocalTime start, LocalTime end) {

  /** Validates the window. */
  public TimeWindow {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("time window end " + end + " is before start " + start);
    }
  }

  /** The window from {@code start} to {@code end}, such as {@code of("08:00", "21:00")}. */
  public static TimeWindow of(String start, String end) {
    return new TimeWindow(LocalTime.parse(start), LocalTime.parse(end));
  }

  /** Whether the time is within the window. */
  public boolean contains(LocalTime t) {
    return !t.isBefore(start) && !t.isAfter(end);
  }

  @Override
  public String toString() {
    return start + "-" + end;
  }
}
