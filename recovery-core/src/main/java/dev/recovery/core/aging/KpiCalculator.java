package dev.recovery.core.aging;

import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.LedgerColumns;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
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
 * ending on the as-of date, and "receivables at start" are those at the end of the day before it).
 * Sources: Credit Research Foundation (CRF), "Performance Measures for Credit, Collections and Accounts
 * Receivable" (DSO, best possible DSO, ADD, CEI; the CEI was developed by V. Srinivasan with the CRF);
 * Credit Today, "Why You Should Switch to the Countback Method to Calculate DSO" (countback). The CRF
 * writes the CEI with average monthly sales (credit sales / N months) for a one-month window; over a
 * window of any length we use the whole period's credit sales (N = 1), so that the numerator is exactly
 * what was collected (or credited) during the period out of what was collectible:
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
    LedgerColumns cols = ledger.columns();
    int asOfDay = (int) asOf.toEpochDay();
    int startDay = (int) start.toEpochDay();
    int dayBefore = startDay - 1;
    YearMonth lastMonth = YearMonth.from(asOf);
    // month index (0 = the as-of month) of each epoch day, by the first day of each month walked back
    int[] monthFirstDay = new int[MAX_COUNTBACK_MONTHS];
    for (int m = 0; m < MAX_COUNTBACK_MONTHS; m++) {
      monthFirstDay[m] = (int) lastMonth.minusMonths(m).atDay(1).toEpochDay();
    }
    Acc[] accs = new Acc[cols.currencyCount()];
    for (int row = 0, n = cols.size(); row < n; row++) {
      int issue = cols.issueDay(row);
      if (issue > asOfDay) {
        continue;
      }
      int c = cols.currencyIndex(row);
      Acc acc = accs[c] == null ? (accs[c] = new Acc()) : accs[c];
      long amount = cols.amount(row);
      boolean inPeriod = issue >= startDay;
      int monthIndex = monthIndex(monthFirstDay, issue);
      long sign = cols.isCreditNote(row) ? -1 : 1;
      if (inPeriod) {
        acc.sales += sign * amount;
      }
      if (monthIndex >= 0) {
        acc.monthSales[monthIndex] += sign * amount;
      }
      if (sign < 0) {
        continue;
      }
      long paidByEnd = cols.paid(row, asOfDay);
      long openEnd = amount - paidByEnd;
      if (openEnd > 0) {
        acc.arEnd += openEnd;
        long covered = paidByEnd;
        for (int k = cols.installmentStart(row), end = cols.installmentStart(row + 1); k < end; k++) {
          long part = cols.installmentAmount(k);
          long used = Math.min(covered, part);
          covered -= used;
          if (asOfDay > cols.installmentDueDay(k)) {
            acc.overdueEnd += part - used;
          } else {
            acc.currentEnd += part - used;
          }
        }
      }
      if (issue <= dayBefore) {
        acc.arStart += amount - cols.paid(row, dayBefore);
      }
      int settled = cols.settledDay(row);
      if (settled >= startDay && settled <= asOfDay) {
        acc.paidWeight += amount;
        acc.daysToPay = acc.daysToPay.add(BigDecimal.valueOf(amount).multiply(BigDecimal.valueOf(settled - issue)));
        acc.daysLate = acc.daysLate.add(BigDecimal.valueOf(amount)
            .multiply(BigDecimal.valueOf(Math.max(0, settled - cols.finalDueDay(row)))));
      }
    }
    Map<Currency, Acc> byCurrency = new HashMap<>();
    for (int c = 0; c < accs.length; c++) {
      if (accs[c] != null) {
        byCurrency.put(cols.currency(c), accs[c]);
      }
    }
    Map<Currency, Kpis> result = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    byCurrency.forEach((currency, acc) -> result.put(currency, acc.toKpis(currency, start, asOf, periodDays)));
    return Collections.unmodifiableMap(result);
  }

  /** The index (0 = the as-of month) of the month containing {@code day}, or -1 beyond the countback window. */
  private static int monthIndex(int[] monthFirstDay, int day) {
    for (int m = 0; m < monthFirstDay.length; m++) {
      if (day >= monthFirstDay[m]) {
        return m;
      }
    }
    return -1;
  }

  private static final class Acc {
    long sales;
    long arStart;
    long arEnd;
    long currentEnd;
    long overdueEnd;
    final long[] monthSales = new long[MAX_COUNTBACK_MONTHS];
    long paidWeight;
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
      if (paidWeight > 0) {
        BigDecimal weight = BigDecimal.valueOf(paidWeight);
        toPay = Optional.of(daysToPay.divide(weight, 1, RoundingMode.HALF_UP));
        late = Optional.of(daysLate.divide(weight, 1, RoundingMode.HALF_UP));
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
