package dev.recovery.core.ledger;

import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * An amount of a payment, credit note or write-off applied to one invoice on a date.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source what the amount comes from
 * @param sourceId the payment id, the credit note id or the write-off id
 * @param invoiceId the invoice it settles (in part or in full)
 * @param amount the amount applied, positive, in the invoice's currency
 * @param date the date it takes effect (the payment date)
 */
public record Allocation(Source source, String sourceId, InvoiceId invoiceId, Money amount, LocalDate date) {

  /** What an allocated amount comes from. */
  public enum Source {
    /** A payment received. */
    PAYMENT,
    /** A credit note issued to the debtor. */
    CREDIT_NOTE,
    /** A small shortfall written off (bank fees, rounding) by a tolerance rule. */
    WRITE_OFF;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The lower-case name used in files and JSON. */
    public String code() {
      return code;
    }
  }

  /** Validates the fields. */
  public Allocation {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(invoiceId, "invoiceId");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(date, "date");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("allocation of " + sourceId + " to " + invoiceId
          + ": amount must be positive, was " + amount);
    }
  }

  /** A payment applied to an invoice. */
  public static Allocation ofPayment(PaymentId payment, InvoiceId invoice, Money amount, LocalDate date) {
    return new Allocation(Source.PAYMENT, payment.value(), invoice, amount, date);
  }
}
