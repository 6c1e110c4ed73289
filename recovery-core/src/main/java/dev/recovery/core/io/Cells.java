package dev.recovery.core.io;

import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;

/**
 * Parsing of single cells (dates, amounts, currencies, codes) without regular expressions, for the
 * per-row hot path. Each method throws {@link IllegalArgumentException} whose message is the reason
 * only (the caller adds file, line, column and value).
 */
final class Cells {

  /** The reason used for a malformed amount. */
  static final String NOT_A_DECIMAL =
      "not a plain decimal number (expected digits with an optional '.' and decimals, e.g. 3000.00)";

  private static final long[] POWERS = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
      100_000_000L, 1_000_000_000L};

  private Cells() {}

  /**
   * A per-read cache of parsed dates: a ledger has a few hundred distinct dates for millions of rows,
   * so rows share one {@link LocalDate} per day instead of holding a copy each (24 bytes a row). Not
   * thread-safe; one per reader call.
   */
  static final class Dates {
    private final LocalDate[] slots = new LocalDate[2048];

    /** Parses an ISO date {@code yyyy-MM-dd}, returning the instance already made for that day if any. */
    LocalDate parse(String s) {
      if (s.length() == 10) {
        int packed = digits(s, 0, 4) * 10_000 + digits(s, 5, 7) * 100 + digits(s, 8, 10);
        if (packed > 0) {
          int slot = Math.floorMod(packed * 31 + (packed >>> 9), slots.length);
          LocalDate cached = slots[slot];
          if (cached != null && cached.getYear() * 10_000 + cached.getMonthValue() * 100 + cached.getDayOfMonth()
              == packed && s.charAt(4) == '-' && s.charAt(7) == '-') {
            return cached;
          }
          LocalDate parsed = date(s);
          slots[slot] = parsed;
          return parsed;
        }
      }
      return date(s);
    }
  }

  /** Parses an ISO date {@code yyyy-MM-dd}. */
  static LocalDate date(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      throw new IllegalArgumentException("not an ISO date (expected yyyy-MM-dd, e.g. 2025-03-31)");
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 0 || day < 0) {
      throw new IllegalArgumentException("not an ISO date (expected yyyy-MM-dd, e.g. 2025-03-31)");
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("not a valid date: " + e.getMessage(), e);
    }
  }

  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /**
   * Parses a plain decimal amount ({@code 3000.00}, {@code 12.5}, {@code -4}) in the currency; it may
   * have fewer decimals than the currency's scale, or more only if the extra ones are zeros.
   */
  static Money amount(String s, Currency currency) {
    int n = s.length();
    int i = 0;
    boolean negative = false;
    if (n > 0 && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      negative = s.charAt(0) == '-';
      i = 1;
    }
    int scale = Money.scaleOf(currency);
    long unscaled = 0;
    int digitCount = 0;
    int decimals = -1;
    int extraNonZero = 0;
    for (; i < n; i++) {
      char c = s.charAt(i);
      if (c == '.') {
        if (decimals >= 0) {
          throw new IllegalArgumentException(NOT_A_DECIMAL);
        }
        decimals = 0;
        continue;
      }
      if (c < '0' || c > '9') {
        throw new IllegalArgumentException(NOT_A_DECIMAL);
      }
      digitCount++;
      if (decimals >= 0) {
        decimals++;
        if (decimals > scale) {
          if (c != '0') {
            extraNonZero++;
          }
          continue;
        }
      }
      if (digitCount > 18) {
        return slowAmount(s, currency);
      }
      unscaled = unscaled * 10 + (c - '0');
    }
    if (digitCount == 0) {
      throw new IllegalArgumentException(NOT_A_DECIMAL);
    }
    if (extraNonZero > 0) {
      throw new IllegalArgumentException("has " + decimals + " decimals, more than the " + scale + " of "
          + currency.getCurrencyCode());
    }
    int have = Math.max(decimals, 0);
    if (have < scale && digitCount + scale - have > 18) {
      // scaling up would overflow a long: rare enough to take the exact slow path
      return slowAmount(s, currency);
    }
    if (have < scale) {
      unscaled *= POWERS[scale - have];
    }
    return Money.ofMinor(currency, negative ? -unscaled : unscaled);
  }

  private static Money slowAmount(String s, Currency currency) {
    BigDecimal value = new BigDecimal(s);
    try {
      return Money.of(currency, value);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("has " + Math.max(value.scale(), 0) + " decimals, more than the "
          + Money.scaleOf(currency) + " of " + currency.getCurrencyCode(), e);
    }
  }

  /** Parses an ISO 4217 currency code (case-insensitive), remembering it in {@code cache}. */
  static Currency currency(String s, Map<String, Currency> cache) {
    Currency c = cache.get(s);
    if (c == null) {
      if (s.length() != 3) {
        throw new IllegalArgumentException("not an ISO 4217 currency code (three letters, e.g. EUR)");
      }
      try {
        c = Currency.getInstance(s.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("not a known ISO 4217 currency code", e);
      }
      cache.put(s, c);
    }
    return c;
  }

  /** Whether the text is two ASCII letters. */
  static boolean twoLetters(String s) {
    return s.length() == 2 && isAsciiLetter(s.charAt(0)) && isAsciiLetter(s.charAt(1));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  /**
   * Checks the shape of an IBAN (spaces allowed): two letters, two check digits, then 11 to 30
   * letters or digits. The mod-97 checksum is not verified: hosts use test accounts.
   */
  static String iban(String s) {
    String t = s.replace(" ", "").toUpperCase(Locale.ROOT);
    boolean ok = t.length() >= 15 && t.length() <= 34 && isAsciiLetter(t.charAt(0)) && isAsciiLetter(t.charAt(1))
        && Character.isDigit(t.charAt(2)) && Character.isDigit(t.charAt(3));
    for (int i = 4; ok && i < t.length(); i++) {
      char c = t.charAt(i);
      ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z');
    }
    if (!ok) {
      throw new IllegalArgumentException("not an IBAN (two letters, two check digits, then 11 to 30 letters or digits)");
    }
    return t;
  }
}
