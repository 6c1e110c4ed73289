package dev.recovery.scenarios.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** A debtor flag under which a step is skipped ({@code skip-if} in files). */
public enum SkipCondition {
  /**
   * The debtor has three or more years without a default and is not new: practice spares such
   * clients repeated reminders (only applies when the scenario's {@code spare-clean-payers} is on).
   */
  CLEAN_PAYER,
  /** The debtor is a key account (relationship first). */
  KEY_ACCOUNT;

  private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The code used in files: {@code clean-payer}, {@code key-account}. */
  public String code() {
    return code;
  }

  /** Parses a code, case-insensitive, '-' or '_'. */
  public static SkipCondition parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (SkipCondition c : values()) {
      if (c.name().equals(t)) {
        return c;
      }
    }
    throw new IllegalArgumentException("skip-if '" + text + "' is not one of " + codes());
  }

  /** The accepted codes, comma-separated. */
  public static String codes() {
    return Arrays.stream(values()).map(SkipCondition::code).collect(Collectors.joining(", "));
  }
}
