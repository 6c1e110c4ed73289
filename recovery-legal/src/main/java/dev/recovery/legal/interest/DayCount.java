package dev.recovery.legal.interest;

import java.util.Locale;

/**
 * How a number of days converts into a fraction of a year for simple interest.
 *
 * <p>French practice and the UK Act use ACT/365 (a year of 365 days, also in leap years): {@link
 * #ACT_365F} is the default everywhere in this library.
 */
public enum DayCount {
  /** Actual days over 365 (ACT/365 fixed). */
  ACT_365F(365),
  /** Actual days over 360. */
  ACT_360(360);

  private final int denominator;

  DayCount(int denominator) {
    this.denominator = denominator;
  }

  /** The number of days in a year for this convention. */
  public int denominator() {
    return denominator;
  }

  /** Reads {@code ACT/365}, {@code ACT/365F}, {@code act-360}, ... */
  public static DayCount parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('/', '_').replace('-', '_');
    switch (t) {
      case "ACT_365":
      case "ACT_365F":
      case "ACT_365_FIXED":
        return ACT_365F;
      case "ACT_360":
        return ACT_360;
      default:
        throw new IllegalArgumentException("day count '" + text + "' is not one of ACT/365F, ACT/360");
    }
  }
}
