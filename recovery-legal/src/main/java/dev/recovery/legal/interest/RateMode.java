package dev.recovery.legal.interest;

import java.util.Locale;

/** Whether a rate that is set per half-year changes at each boundary or stays at the due-date rate. */
public enum RateMode {
  /** The rate of each half-year applies to the days of that half-year (default). */
  BY_PERIOD,
  /** The rate of the half-year containing the due date applies to the whole delay. */
  FROZEN;

  /** Reads {@code by-period} or {@code frozen}. */
  public static RateMode parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (RateMode m : values()) {
      if (m.name().equals(t)) {
        return m;
      }
    }
    throw new IllegalArgumentException("rate mode '" + text + "' is not one of by-period, frozen");
  }

  private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The lower-case code, {@code by-period} or {@code frozen}. */
  public String code() {
    return code;
  }
}
