package dev.recovery.scenarios.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Who a file is handed over to at the end of a scenario. */
public enum HandOverTarget {
  /** A collection agency (in France, its first letter carries the CPCE R124-4 mentions). */
  AGENCY,
  /** Court proceedings (injonction de payer, small claims), through counsel. */
  COURT,
  /** An internal reviewer (for example the account manager of a key account). */
  INTERNAL_REVIEW;

  private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The code used in files: {@code agency}, {@code court}, {@code internal-review}. */
  public String code() {
    return code;
  }

  /** Parses a code, case-insensitive, '-' or '_'. */
  public static HandOverTarget parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (HandOverTarget c : values()) {
      if (c.name().equals(t)) {
        return c;
      }
    }
    throw new IllegalArgumentException("hand-over target '" + text + "' is not one of " + codes());
  }

  /** The accepted codes, comma-separated. */
  public static String codes() {
    return Arrays.stream(values()).map(HandOverTarget::code).collect(Collectors.joining(", "));
  }
}
