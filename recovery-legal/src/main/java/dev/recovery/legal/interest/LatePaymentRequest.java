package dev.recovery.legal.interest;

import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts a {@link LatePaymentCalculator} needs: amount, due date, payment date (or the as-of date
 * of a still unpaid debt), debtor type and the optional contractual terms.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(Money, LocalDate)}; exactly one of
 * {@code paidDate} and {@code asOf} must be given. Rates are annual percentages ({@code 12.5} means
 * 12.5 %).
 *
 * @param amount the late amount (for France: including VAT, C. com. L441-10 II); positive
 * @param dueDate the due date
 * @param paidDate the payment date, if paid
 * @param asOf the computation date of an unpaid debt, if not paid
 * @param debtorType business, consumer or public
 * @param contractualRate an agreed annual late-payment rate in percent, if any
 * @param rateMode whether half-yearly rates change at each boundary (default) or stay frozen
 * @param referenceRate a reference rate supplied by the host (EU member states), fixed for the debt
 * @param formalNoticeDate the date of a formal notice (starts legal-rate interest for consumers, C. civ. 1231-6)
 * @param dayCount the day count (default ACT/365)
 */
public record LatePaymentRequest(Money amount, LocalDate dueDate, Optional<LocalDate> paidDate,
    Optional<LocalDate> asOf, DebtorType debtorType, Optional<BigDecimal> contractualRate, RateMode rateMode,
    Optional<BigDecimal> referenceRate, Optional<LocalDate> formalNoticeDate, DayCount dayCount) {

  /** Validates the request. */
  public LatePaymentRequest {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(paidDate, "paidDate");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(debtorType, "debtorType");
    Objects.requireNonNull(contractualRate, "contractualRate");
    Objects.requireNonNull(rateMode, "rateMode");
    Objects.requireNonNull(referenceRate, "referenceRate");
    Objects.requireNonNull(formalNoticeDate, "formalNoticeDate");
    Objects.requireNonNull(dayCount, "dayCount");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("amount must be positive: " + amount);
    }
    if (paidDate.isPresent() == asOf.isPresent()) {
      throw new IllegalArgumentException("exactly one of paidDate and asOf must be given (paidDate=" + paidDate.orElse(null)
          + ", asOf=" + asOf.orElse(null) + ")");
    }
    contractualRate.ifPresent(r -> requireRate("contractualRate", r));
    referenceRate.ifPresent(r -> {
      if (r.abs().compareTo(BigDecimal.valueOf(100)) > 0) {
        throw new IllegalArgumentException("referenceRate must be a percentage between -100 and 100: " + r);
      }
    });
  }

  private static void requireRate(String field, BigDecimal r) {
    if (r.signum() < 0 || r.compareTo(BigDecimal.valueOf(1000)) > 0) {
      throw new IllegalArgumentException(field + " must be a percentage between 0 and 1000: " + r);
    }
  }

  /** A builder for the amount and due date; set the payment or as-of date. */
  public static Builder builder(Money amount, LocalDate dueDate) {
    return new Builder(amount, dueDate);
  }

  /** A request for a business debt paid on {@code paidDate}. */
  public static LatePaymentRequest paid(Money amount, LocalDate dueDate, LocalDate paidDate) {
    return builder(amount, dueDate).paidDate(paidDate).build();
  }

  /** The last day interest runs to: the payment date or the as-of date. */
  public LocalDate endDate() {
    return paidDate.orElseGet(asOf::orElseThrow);
  }

  /** Whether the debt is paid (a payment date was given). */
  public boolean isPaid() {
    return paidDate.isPresent();
  }

  /** A builder of {@link LatePaymentRequest}; not thread-safe. */
  public static final class Builder {
    private final Money amount;
    private final LocalDate dueDate;
    private LocalDate paidDate;
    private LocalDate asOf;
    private DebtorType debtorType = DebtorType.BUSINESS;
    private BigDecimal contractualRate;
    private RateMode rateMode = RateMode.BY_PERIOD;
    private BigDecimal referenceRate;
    private LocalDate formalNoticeDate;
    private DayCount dayCount = DayCount.ACT_365F;

    private Builder(Money amount, LocalDate dueDate) {
      this.amount = amount;
      this.dueDate = dueDate;
    }

    /** The payment date. */
    public Builder paidDate(LocalDate date) {
      this.paidDate = date;
      return this;
    }

    /** The as-of date of an unpaid debt. */
    public Builder asOf(LocalDate date) {
      this.asOf = date;
      return this;
    }

    /** The debtor type (default business). */
    public Builder debtorType(DebtorType type) {
      this.debtorType = type;
      return this;
    }

    /** An agreed late-payment rate in percent; null for none. */
    public Builder contractualRate(BigDecimal rate) {
      this.contractualRate = rate;
      return this;
    }

    /** The rate mode (default by period). */
    public Builder rateMode(RateMode mode) {
      this.rateMode = mode;
      return this;
    }

    /** A host-supplied reference rate in percent (EU); null for the standard one. */
    public Builder referenceRate(BigDecimal rate) {
      this.referenceRate = rate;
      return this;
    }

    /** The date of a formal notice; null for none. */
    public Builder formalNoticeDate(LocalDate date) {
      this.formalNoticeDate = date;
      return this;
    }

    /** The day count (default ACT/365). */
    public Builder dayCount(DayCount count) {
      this.dayCount = count;
      return this;
    }

    /** Builds and validates the request. */
    public LatePaymentRequest build() {
      return new LatePaymentRequest(amount, dueDate, Optional.ofNullable(paidDate), Optional.ofNullable(asOf),
          debtorType, Optional.ofNullable(contractualRate), rateMode, Optional.ofNullable(referenceRate),
          Optional.ofNullable(formalNoticeDate), dayCount);
    }
  }
}
