package dev.recovery.core.aging;

import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Receivables KPIs in one currency as of a date over a period; see {@link KpiCalculator} for the
 * exact definition of each figure.
 *
 * <p>Immutable and thread-safe. A KPI whose denominator is zero is empty, and {@code notes} says why.
 *
 * @param currency the currency
 * @param periodStart the first day of the period
 * @param asOf the last day of the period (the as-of date)
 * @param receivablesAtStart open receivables at the end of the day before the period
 * @param receivablesAtEnd open receivables at the end of the as-of date
 * @param currentAtEnd of which not yet due
 * @param overdueAtEnd of which past due
 * @param creditSales invoices less credit notes issued in the period
 * @param dsoStandard days sales outstanding, standard method (days, 1 decimal)
 * @param dsoCountback days sales outstanding, countback method (days, 1 decimal)
 * @param bestPossibleDso best possible DSO (days, 1 decimal)
 * @param averageDaysDelinquent ADD = DSO - best possible DSO (days, 1 decimal)
 * @param cei collection effectiveness index (percent, 2 decimals)
 * @param weightedDaysToPay amount-weighted average days from issue to settlement (1 decimal)
 * @param weightedDaysLate amount-weighted average days late at settlement (1 decimal)
 * @param percentOverdue overdue share of open receivables (percent, 2 decimals)
 * @param notes why a KPI is empty, or how it was bounded
 */
public record Kpis(
    Currency currency,
    LocalDate periodStart,
    LocalDate asOf,
    Money receivablesAtStart,
    Money receivablesAtEnd,
    Money currentAtEnd,
    Money overdueAtEnd,
    Money creditSales,
    Optional<BigDecimal> dsoStandard,
    Optional<BigDecimal> dsoCountback,
    Optional<BigDecimal> bestPossibleDso,
    Optional<BigDecimal> averageDaysDelinquent,
    Optional<BigDecimal> cei,
    Optional<BigDecimal> weightedDaysToPay,
    Optional<BigDecimal> weightedDaysLate,
    Optional<BigDecimal> percentOverdue,
    List<String> notes) {

  /** Validates and copies. */
  public Kpis {
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(periodStart, "periodStart");
    Objects.requireNonNull(asOf, "asOf");
    notes = List.copyOf(notes);
  }
}
