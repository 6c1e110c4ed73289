package dev.recovery.examples.report;

import dev.recovery.core.aging.AgingBuckets;
import dev.recovery.core.aging.AgingReport;
import dev.recovery.core.aging.AgingTotals;
import dev.recovery.core.aging.KpiCalculator;
import dev.recovery.core.aging.Kpis;
import dev.recovery.core.io.Portfolio;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.reconcile.ReconciliationResult;
import dev.recovery.core.reconcile.Reconciler;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The receivables of a portfolio month by month: at each month end, the ledger reconciled up to that
 * day, aged, and its KPIs. The series behind the aging demo and report.
 *
 * <p>Immutable and thread-safe.
 *
 * @param currency the currency followed
 * @param points one point per month end, in date order
 */
public record AgingTimeline(Currency currency, List<Point> points) {

  /**
   * The state at one month end.
   *
   * @param date the month end
   * @param aging the aged totals in the currency
   * @param kpis the KPIs over the 90 days ending on the date, if the currency has any activity
   * @param matched payments reconciled automatically up to the date
   * @param suggested payments left as suggestions (ambiguous)
   * @param unmatched payments with no candidate
   */
  public record Point(LocalDate date, AgingTotals aging, Optional<Kpis> kpis, int matched, int suggested,
      int unmatched) {}

  /** Validates and copies. */
  public AgingTimeline {
    Objects.requireNonNull(currency, "currency");
    points = List.copyOf(points);
  }

  /** Computes the timeline at each month end from {@code from} to {@code to} (both month ends included). */
  public static AgingTimeline compute(Portfolio portfolio, Currency currency, LocalDate from, LocalDate to,
      AgingBuckets buckets) {
    Ledger raw = portfolio.ledger();
    List<Point> points = new ArrayList<>();
    for (LocalDate d = from.withDayOfMonth(from.lengthOfMonth()); !d.isAfter(to);
        d = d.plusMonths(1).withDayOfMonth(d.plusMonths(1).lengthOfMonth())) {
      ReconciliationResult rec = Reconciler.builder().asOf(d).build().reconcile(raw);
      Ledger ledger = rec.applyTo(raw);
      AgingReport report = AgingReport.compute(ledger, d, buckets);
      AgingTotals totals = report.byCurrency().get(currency);
      if (totals == null) {
        totals = emptyTotals(currency, buckets);
      }
      Optional<Kpis> kpis = Optional.ofNullable(KpiCalculator.compute(ledger, d, 90).get(currency));
      points.add(new Point(d, totals, kpis, rec.matches().size(), rec.suggestions().size(), rec.unmatched().size()));
    }
    return new AgingTimeline(currency, points);
  }

  private static AgingTotals emptyTotals(Currency currency, AgingBuckets buckets) {
    var zero = dev.recovery.core.money.Money.zero(currency);
    return new AgingTotals(currency, java.util.Collections.nCopies(buckets.size(), zero), zero, zero, 0, 0, zero);
  }

  /** The DSO (standard) at each point, zero where undefined. */
  public List<BigDecimal> dso() {
    return points.stream()
        .map(p -> p.kpis().flatMap(Kpis::dsoStandard).orElse(BigDecimal.ZERO)).toList();
  }
}
