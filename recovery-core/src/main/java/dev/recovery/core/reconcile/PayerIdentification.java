package dev.recovery.core.reconcile;

import java.util.Locale;

/** How the debtor who paid was identified. */
public enum PayerIdentification {
  /** The host gave the debtor id with the payment. */
  DEBTOR_ID,
  /** The payer's IBAN is one of the debtor's known IBANs. */
  IBAN,
  /** The payer's name, normalised, is the debtor's (see {@link PayerNames#normalise(String)}). */
  NAME,
  /** The invoices named in the remittance all belong to one debtor. */
  REFERENCE;

  private final String code = name().toLowerCase(Locale.ROOT).replace('_', '-');

  /** The lower-case, hyphenated name used in JSON. */
  public String code() {
    return code;
  }
}
