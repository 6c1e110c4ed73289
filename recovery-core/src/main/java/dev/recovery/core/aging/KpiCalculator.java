package dev.recovery.core.aging;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Computes receivables KPIs per currency, as of a date, over a period of days ending on it.
 *
 * <p>Definitions (all amounts in one currency; "receivables at D" is the sum of the open amounts of
 * invoices issued on or before D, after allocations dated on or before D; "credit sales" is the sum of
 * invoices issued in the period less credit notes issued in it; the period is the {@code days} days
 * ending on the as-of date; sources: Credit Research Foundation, "Measuring the performance of the
 * credit department"; Association of Financial Professionals glossary):
 * <ul>
 *   <li><b>DSO, standard</b> = receivables at end / credit sales × days in period.
 *   <li><b>DSO, countback</b> (exhaustion method): starting from the receivables at end, subtract the
 *       credit sales of each calendar month walking back from the as-of date (the month containing the
 *       as-of date counts up to it); add the days of each month fully consumed, and for the month that
 *       exhausts the balance the fraction (remaining / that month's sales) of its days. Bounded to 24
 *       months (noted when reached).
 *   <li><b>Best possible DSO</b> = current (not yet due) receivables at end / credit sales × days.
 *   <li><b>ADD</b> (average days delinquent) = DSO standard - best possible DSO.
 *   <li><b>CEI</b> (collection effectiveness index) = (receivables at start + credit sales -
 *       receivables at end) / (receivables at start + credit sales - current receivables at end) × 100.
 *   <li><b>Weighted average days to pay</b> = Σ(amount × days from issue date to settlement date) / Σ
 *       amount, over invoices settled in the period; <b>weighted average days late</b> likewise with
 *       max(0, settlement date - final due date).
 *   <li><b>Percentage overdue</b> = past-due receivables at end / receivables at end × 100.
 * </ul>
 * Days are rounded HALF_UP to 1 decimal, percentages to 2.
 */
public final class KpiCalculator {

  /** The default period: 90 days ending on the as-of date. */
  public static final int DEFAULT_PERIOD_DAYS = 90;

  private static final int MAX_COUNTBACK_MONTHS = 24;

  private KpiCalculator() {}

  /** The KPIs per currency over the {@value #DEFAULT_PERIOD_DAYS} days ending on {@code asOf}. */
  public static Map<Currency, Kpis> compute(Ledger ledger, LocalDate asOf) {
    return compute(ledger, asOf, DEFAULT_PERIOD_DAYS);
  }

  /** The KPIs per currency over the {@code periodDays} days ending on {@code asOf}. */
  public static Map<Currency, Kpis> compute(Ledger ledger, LocalDate asOf, int periodDays) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(asOf, "asOf");
    if (periodDays <= 0) {
      throw new IllegalArgumentException("period must be at least one day, was " + periodDays);
    }
    LocalDate start = asOf.minusDays(periodDays - 1L);
    LocalDate dayBefore = start.minusDays(1);
    YearMonth lastMonth = YearMonth.from(asOf);
    Map<Currency, Acc> accs = new HashMap<>();
    for (Invoice invoice : ledger.invoices()) {
      if (invoice.issueDate().isAfter(asOf)) {
        continue;
      }
      Acc acc = accs.computeIfAbsent(invoice.amount().currency(), c -> new Acc());
      long amount = invoice.amount().toMinorUnits();
      boolean inPeriod = !invoice.issueDate().isBefore(start);
      long monthIndex = ChronoUnit.MONTHS.between(YearMonth.from(invoice.issueDate()), lastMonth);
      if (invoice.isCreditNote()) {
        if (inPeriod) {
          acc.sales -= amount;
        }
        if (monthIndex < MAX_COUNTBACK_MONTHS) {
          acc.monthSales[(int) monthIndex] -= amount;
        }
        continue;
      }
      if (inPeriod) {
        acc.sales += amount;
      }
      if (monthIndex < MAX_COUNTBACK_MONTHS) {
        acc.monthSales[(int) monthIndex] += amount;
      }
      long paidByEnd = 0;
      long paidByStart = 0;
      long cumulative = 0;
      LocalDate settled = null;
      for (Allocation a : ledger.allocationsTo(invoice.id())) {
        long v = a.amount().toMinorUnits();
        cumulative += v;
        if (settled == null && cumulative >= amount) {
          settled = a.date();
        }
        if (!a.date().isAfter(asOf)) {
          paidByEnd += v;
        }
        if (!a.date().isAfter(dayBefore)) {
          paidByStart += v;
        }
      }
      long openEnd = amount - paidByEnd;
      if (openEnd > 0) {
        acc.arEnd += openEnd;
        if (asOf.isAfter(invoice.finalDueDate()) && invoice.installments().size() == 1) {
          acc.overdueEnd += openEnd;
        } else if (invoice.installments().size() > 1) {
          long overdue = ledger.openItems(invoice, asOf).stream()
              .filter(i -> i.isOverdue(asOf)).mapToLong(i -> i.open().toMinorUnits()).sum();
          acc.overdueEnd += overdue;
          acc.currentEnd += openEnd - overdue;
        } else {
          acc.currentEnd += openEnd;
        }
      }
      if (!invoice.issueDate().isAfter(dayBefore)) {
        acc.arStart += amount - paidByStart;
      }
      if (settled != null && !settled.isBefore(start) && !settled.isAfter(asOf)) {
        BigDecimal weight = BigDecimal.valueOf(amount);
        acc.paidWeight = acc.paidWeight.add(weight);
        acc.daysToPay = acc.daysToPay.add(weight.multiply(
            BigDecimal.valueOf(ChronoUnit.DAYS.between(invoice.issueDate(), settled))));
        acc.daysLate = acc.daysLate.add(weight.multiply(
            BigDecimal.valueOf(Math.max(0, ChronoUnit.DAYS.between(invoice.finalDueDate(), settled)))));
      }
    }
    Map<Currency, Kpis> result = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    accs.forEach((currency, acc) -> result.put(currency, acc.toKpis(currency, start, asOf, periodDays)));
    return Collections.unmodifiableMap(result);
  }

  private static final class Acc {
    long sales;
    long arStart;
    long arEnd;
    long currentEnd;
    long overdueEnd;
    final long[] monthSales = new long[MAX_COUNTBACK_MONTHS];
    BigDecimal paidWeight = BigDecimal.ZERO;
    BigDecimal daysToPay = BigDecimal.ZERO;
    BigDecimal daysLate = BigDecimal.ZERO;

    Kpis toKpis(Currency currency, LocalDate start, LocalDate asOf, int days) {
      List<String> notes = new ArrayList<>();
      BigDecimal d = BigDecimal.valueOf(days);
      Optional<BigDecimal> dso = Optional.empty();
      Optional<BigDecimal> bpdso = Optional.empty();
      Optional<BigDecimal> add = Optional.empty();
      if (sales > 0) {
        BigDecimal s = BigDecimal.valueOf(sales);
        BigDecimal rawDso = BigDecimal.valueOf(arEnd).multiply(d).divide(s, 10, RoundingMode.HALF_UP);
        BigDecimal rawBp = BigDecimal.valueOf(currentEnd).multiply(d).divide(s, 10, RoundingMode.HALF_UP);
        dso = Optional.of(days(rawDso));
        bpdso = Optional.of(days(rawBp));
        add = Optional.of(days(rawDso.subtract(rawBp)));
      } else {
        notes.add("DSO, best possible DSO and ADD: no credit sales in the period");
      }
      Optional<BigDecimal> countback = countback(asOf, notes);
      Optional<BigDecimal> cei = Optional.empty();
      long denominator = arStart + sales - currentEnd;
      if (denominator > 0) {
        cei = Optional.of(BigDecimal.valueOf(arStart + sales - arEnd).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP));
      } else {
        notes.add("CEI: receivables at start + credit sales - current receivables at end is not positive");
      }
      Optional<BigDecimal> toPay = Optional.empty();
      Optional<BigDecimal> late = Optional.empty();
      if (paidWeight.signum() > 0) {
        toPay = Optional.of(daysToPay.divide(paidWeight, 1, RoundingMode.HALF_UP));
        late = Optional.of(daysLate.divide(paidWeight, 1, RoundingMode.HALF_UP));
      } else {
        notes.add("days to pay and days late: no invoice settled in the period");
      }
      Optional<BigDecimal> pctOverdue = Optional.empty();
      if (arEnd > 0) {
        pctOverdue = Optional.of(BigDecimal.valueOf(overdueEnd).multiply(BigDecimal.valueOf(100))
            .divide(BigDecimal.valueOf(arEnd), 2, RoundingMode.HALF_UP));
      } else {
        notes.add("percentage overdue: nothing open");
      }
      return new Kpis(currency, start, asOf, Money.ofMinor(currency, arStart), Money.ofMinor(currency, arEnd),
          Money.ofMinor(currency, currentEnd), Money.ofMinor(currency, overdueEnd), Money.ofMinor(currency, sales),
          dso, countback, bpdso, add, cei, toPay, late, pctOverdue, notes);
    }

    private Optional<BigDecimal> countback(LocalDate asOf, List<String> notes) {
      if (arEnd <= 0) {
        return Optional.of(BigDecimal.ZERO.setScale(1));
      }
      long remaining = arEnd;
      BigDecimal total = BigDecimal.ZERO;
      YearMonth month = YearMonth.from(asOf);
      for (int i = 0; i < MAX_COUNTBACK_MONTHS; i++, month = month.minusMonths(1)) {
        int monthDays = i == 0 ? asOf.getDayOfMonth() : month.lengthOfMonth();
        long s = monthSales[i];
        if (s <= 0) {
          total = total.add(BigDecimal.valueOf(monthDays));
          continue;
        }
        if (remaining >= s) {
          remaining -= s;
          total = total.add(BigDecimal.valueOf(monthDays));
          if (remaining == 0) {
            return Optional.of(days(total));
          }
        } else {
          total = total.add(BigDecimal.valueOf(remaining).multiply(BigDecimal.valueOf(monthDays))
              .divide(BigDecimal.valueOf(s), 10, RoundingMode.HALF_UP));
          return Optional.of(days(total));
        }
      }
      notes.add("DSO countback: receivables exceed the sales of the last " + MAX_COUNTBACK_MONTHS
          + " months; bounded at that many months");
      return Optional.of(days(total));
    }

    private static BigDecimal days(BigDecimal raw) {
      return raw.setScale(1, RoundingMode.HALF_UP);
    }
  }
}
