package dev.recovery.core.terms;

/** The shape of payment terms, for checks such as the caps of Code de commerce L441-10. */
public enum PaymentTermsKind {
  /** Due on the invoice date ("à réception", "comptant"). */
  ON_RECEIPT,
  /** A number of days after the invoice date ("net 30"). */
  NET,
  /** A number of days combined with end of month ("45 jours fin de mois"). */
  END_OF_MONTH,
  /** End of month, then a given day of the following month ("30 jours fin de mois le 10"). */
  END_OF_MONTH_ON_DAY,
  /** Several due dates with equal parts ("30/60/90 jours"). */
  INSTALLMENTS
}
