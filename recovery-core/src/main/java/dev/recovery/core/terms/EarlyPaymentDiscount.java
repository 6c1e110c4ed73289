package dev.recovery.core.terms;

import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An early-payment discount: {@code percent} off when paid within {@code days} of the invoice date
 * ("2/10 net 30", "2% 10 jours").
 *
 * <p>Immutable and thread-safe. The percent is stored without trailing zeros, so {@code 2} and
 * {@code 2.00} give equal discounts. The deadline is not adjusted to business days.
 *
 * @param percent the discount in percent, strictly between 0 and 100
 * @param days the number of calendar days after the invoice date, 0 to 3650
 */
public record EarlyPaymentDiscount(BigDecimal percent, int days) {

  /** Validates the percent and days and normalises the percent. */
  public EarlyPaymentDiscount {
    Objects.requireNonNull(percent, "percent");
    if (percent.signum() <= 0 || percent.compareTo(BigDecimal.valueOf(100)) >= 0) {
      throw new IllegalArgumentException("discount percent must be strictly between 0 and 100, was "
          + percent.toPlainString());
    }
    if (days < 0 || days > PaymentTerms.MAX_DAYS) {
      throw new IllegalArgumentException("discount days must be between 0 and " + PaymentTerms.MAX_DAYS + ", was " + days);
    }
    percent = percent.stripTrailingZeros();
    if (percent.scale() < 0) {
      percent = percent.setScale(0);
    }
  }

  /** The discount of {@code percent} off when paid within {@code days} days. */
  public static EarlyPaymentDiscount of(BigDecimal percent, int days) {
    return new EarlyPaymentDiscount(percent, days);
  }

  /** The discount of {@code percent} (a decimal string such as {@code "1.5"}) off within {@code days} days. */
  public static EarlyPaymentDiscount of(String percent, int days) {
    Objects.requireNonNull(percent, "percent");
    try {
      return new EarlyPaymentDiscount(new BigDecimal(percent.trim()), days);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("discount percent '" + percent + "' is not a decimal number", e);
    }
  }

  /** The last day on which the discount applies: the invoice date plus {@code days} calendar days. */
  public LocalDate deadline(LocalDate invoiceDate) {
    Objects.requireNonNull(invoiceDate, "invoiceDate");
    return invoiceDate.plusDays(days);
  }

  /** The discount on the amount, rounded HALF_UP to the currency's scale. */
  public Money discountAmount(Money invoiceAmount) {
    Objects.requireNonNull(invoiceAmount, "invoiceAmount");
    return invoiceAmount.multipliedBy(percent.movePointLeft(2), RoundingMode.HALF_UP);
  }

  /** The amount to pay when the discount applies: the amount minus {@link #discountAmount(Money)}. */
  public Money discountedAmount(Money invoiceAmount) {
    return invoiceAmount.minus(discountAmount(invoiceAmount));
  }

  /** {@code "2/10"}: percent, slash, days. */
  @Override
  public String toString() {
    return percent.toPlainString() + "/" + days;
  }
}
