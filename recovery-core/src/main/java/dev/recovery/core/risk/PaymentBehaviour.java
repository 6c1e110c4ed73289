package dev.recovery.core.risk;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * How a debtor paid over a window of months before the as-of date.
 *
 * <p>Immutable and thread-safe. The invoices considered are the debtor's invoices (not credit notes)
 * whose final due date falls in the window (after {@code asOf.minusMonths(windowMonths)}, up to and
 * including {@code asOf}). An invoice's <em>days late</em> is the number of days from its final due
 * date to the day it was fully settled when that is on or before the as-of date, otherwise to the
 * as-of date (it is still open), and never below zero: an unpaid invoice counts with its lateness so
 * far, so that not paying never looks better than paying late. Settlement counts every allocation
 * (payments, credit notes, write-offs). Amount weights are taken within each currency; when the debtor
 * is invoiced in several currencies the weighted figure of the worst currency is reported (no
 * exchange rates are used).
 *
 * @param windowMonths the window in months
 * @param invoicesDue the number of invoices due in the window
 * @param lateInvoices how many of them were (or still are) late: days late above zero
 * @param lateShare lateInvoices / invoicesDue, 4 decimals (HALF_UP); empty when none was due
 * @param averageDaysLate the mean of the days late, 1 decimal (HALF_UP); empty when none was due
 * @param weightedDaysLate the amount-weighted mean of the days late, 1 decimal (HALF_UP), of the
 *     worst currency; empty when none was due
 */
public record PaymentBehaviour(int windowMonths, int invoicesDue, int lateInvoices, Optional<BigDecimal> lateShare,
    Optional<BigDecimal> averageDaysLate, Optional<BigDecimal> weightedDaysLate) {

  /** Validates the fields. */
  public PaymentBehaviour {
    Objects.requireNonNull(lateShare, "lateShare");
    Objects.requireNonNull(averageDaysLate, "averageDaysLate");
    Objects.requireNonNull(weightedDaysLate, "weightedDaysLate");
    if (windowMonths < 1) {
      throw new IllegalArgumentException("windowMonths must be at least 1, was " + windowMonths);
    }
    if (invoicesDue < 0 || lateInvoices < 0 || lateInvoices > invoicesDue) {
      throw new IllegalArgumentException("lateInvoices (" + lateInvoices + ") must be between 0 and invoicesDue ("
          + invoicesDue + ")");
    }
    if (invoicesDue == 0 && (lateShare.isPresent() || averageDaysLate.isPresent() || weightedDaysLate.isPresent())) {
      throw new IllegalArgumentException("no invoice was due in the window, so there can be no ratio or average");
    }
  }

  /** Whether at least one invoice was due in the window. */
  public boolean hasHistory() {
    return invoicesDue > 0;
  }
}
