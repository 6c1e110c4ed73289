package dev.recovery.core.ledger;

import java.util.Locale;

/** The kind of debtor, which decides which rules of law apply (B2B, B2C, public buyers). */
public enum DebtorType {
  /** A trader or company: B2B rules (Code de commerce, Directive 2011/7/EU, UK Late Payment Act). */
  BUSINESS,
  /** A natural person acting outside a trade: consumer rules. */
  CONSUMER,
  /** A public body or public buyer: public procurement payment terms. */
  PUBLIC;

  /** Parses {@code business}, {@code consumer} or {@code public}, case-insensitively. */
  public static DebtorType parse(String text) {
    String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    for (DebtorType type : values()) {
      if (type.name().equals(t)) {
        return type;
      }
    }
    throw new IllegalArgumentException("debtor type '" + text + "' is not one of business, consumer, public");
  }

  private final String code = name().toLowerCase(Locale.ROOT);

  /** The lower-case name used in files and JSON. */
  public String code() {
    return code;
  }
}
