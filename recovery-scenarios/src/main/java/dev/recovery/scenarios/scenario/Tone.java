package dev.recovery.scenarios.scenario;

import java.util.Locale;

/** The tone of a scenario's messages: templates adapt their opening and closing to it. */
public enum Tone {
  /** Relationship first (key accounts). */
  COURTEOUS,
  /** The default. */
  STANDARD,
  /** Earlier and firmer (risky debtors). */
  FIRM;

  private final String code = name().toLowerCase(Locale.ROOT);

  /** The code used in files. */
  public String code() {
    return code;
  }

  /** Parses {@code courteous}, {@code standard} or {@code firm}, case-insensitive. */
  public static Tone parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (Tone c : values()) {
      if (c.name().equals(t)) {
        return c;
      }
    }
    throw new IllegalArgumentException("tone '" + text + "' is not one of courteous, standard, firm");
  }
}
