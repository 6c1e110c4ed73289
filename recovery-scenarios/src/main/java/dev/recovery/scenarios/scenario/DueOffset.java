package dev.recovery.scenarios.scenario;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a step falls, relative to the due date of an invoice: {@code due - 7 days}, {@code due},
 * {@code due + 30 days}.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints the form {@link #parse(String)} reads.
 *
 * @param days days after the due date (negative: before it)
 */
public record DueOffset(int days) implements Comparable<DueOffset> {

  private static final Pattern FORM =
      Pattern.compile("\\s*due\\s*(?:([+-])\\s*(\\d{1,4})\\s*(days?|d)?)?\\s*", Pattern.CASE_INSENSITIVE);

  /** The expected form, for error messages. */
  public static final String EXPECTED = "'due', 'due + N days' or 'due - N days' (N from 0 to 3650)";

  /** Validates the range: at most ten years either side. */
  public DueOffset {
    if (days < -3650 || days > 3650) {
      throw new IllegalArgumentException("offset " + days + " days is outside -3650..3650");
    }
  }

  /** The due date itself. */
  public static DueOffset due() {
    return new DueOffset(0);
  }

  /** {@code days} after the due date (negative: before). */
  public static DueOffset of(int days) {
    return new DueOffset(days);
  }

  /** {@code days} after the due date. */
  public static DueOffset plusDays(int days) {
    return new DueOffset(days);
  }

  /** {@code days} before the due date. */
  public static DueOffset minusDays(int days) {
    return new DueOffset(-days);
  }

  /**
   * Parses {@code due}, {@code due + 3 days}, {@code due - 7 days} (also {@code day}, {@code d}).
   *
   * @throws IllegalArgumentException naming the text and the expected form
   */
  public static DueOffset parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("offset is missing; expected " + EXPECTED);
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      throw new IllegalArgumentException("offset '" + text + "' is not " + EXPECTED);
    }
    if (m.group(1) == null) {
      return due();
    }
    int n = Integer.parseInt(m.group(2));
    if (n > 3650) {
      throw new IllegalArgumentException("offset '" + text + "' is not " + EXPECTED);
    }
    return new DueOffset("-".equals(m.group(1)) ? -n : n);
  }

  /** The date of this offset for an item due on {@code dueDate}. */
  public LocalDate from(LocalDate dueDate) {
    return dueDate.plusDays(days);
  }

  @Override
  public int compareTo(DueOffset o) {
    return Integer.compare(days, o.days);
  }

  @Override
  public String toString() {
    if (days == 0) {
      return "due";
    }
    int n = Math.abs(days);
    return "due " + (days < 0 ? "-" : "+") + " " + n + (n == 1 ? " day" : " days");
  }
}
