package dev.recovery.legal.letters;

import java.util.Locale;

/** The kinds of collection letters whose mandatory mentions are listed. */
public enum LetterKind {
  /** A payment reminder (relance). */
  REMINDER,
  /** A formal notice (mise en demeure, C. civ. 1344). */
  FORMAL_NOTICE,
  /** A collection agency's first letter to the debtor (France: CPCE R124-4). */
  AGENCY_FIRST_LETTER,
  /** A collection agency's later letters. */
  AGENCY_FOLLOW_UP,
  /** A letter of claim before court action (England and Wales: Pre-Action Protocol for Debt Claims). */
  LETTER_OF_CLAIM,
  /** A validation notice (US: 12 CFR 1006.34). */
  VALIDATION_NOTICE;

  /** Reads {@code reminder}, {@code formal-notice}, ... */
  public static LetterKind parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (LetterKind k : values()) {
      if (k.name().equals(t)) {
        return k;
      }
    }
    throw new IllegalArgumentException("letter kind '" + text + "' is not one of reminder, formal-notice, "
        + "agency-first-letter, agency-follow-up, letter-of-claim, validation-notice");
  }

  private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The lower-case code, such as {@code formal-notice}. */
  public String code() {
    return code;
  }
}
