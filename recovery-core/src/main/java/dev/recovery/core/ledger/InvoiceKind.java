package dev.recovery.core.ledger;

import java.util.Locale;

/** Whether a ledger document is an invoice (a claim) or a credit note (reduces a claim). */
public enum InvoiceKind {
  /** An invoice: the debtor owes its amount. */
  INVOICE,
  /** A credit note: it reduces what the debtor owes. */
  CREDIT_NOTE;

  /** Parses {@code invoice} or {@code credit_note} (also {@code credit-note}, {@code credit}), case-insensitively. */
  public static InvoiceKind parse(String text) {
    String t = text == null ? "" : text.strip().toLowerCase(Locale.ROOT).replace('-', '_');
    switch (t) {
      case "invoice":
      case "facture":
        return INVOICE;
      case "credit_note":
      case "credit":
      case "avoir":
        return CREDIT_NOTE;
      default:
        throw new IllegalArgumentException("kind '" + text + "' is not one of invoice, credit_note");
    }
  }

  private final String code = name().toLowerCase(Locale.ROOT);

  /** The lower-case name used in files and JSON. */
  public String code() {
    return code;
  }
}
