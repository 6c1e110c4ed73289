package dev.recovery.core.risk;

import dev.recovery.core.casefile.ReasonFamily;
import dev.recovery.core.ledger.DebtorType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The default risk scorer: a fixed sum of weighted, saturating factors, each returned with its value
 * and contribution. Deterministic; needs no training.
 *
 * <p>Immutable and thread-safe. The factors, in this order (the weights and their rationale are on
 * {@link ScoreWeights}):
 * {@code oldest-days-past-due}, {@code weighted-days-late}, {@code overdue-invoices},
 * {@code late-share}, {@code broken-promises}, {@code bad-faith-dispute}, {@code cash-dispute},
 * {@code unanswered-contacts}, {@code new-customer}, {@code clean-history}, {@code public-body}.
 *
 * <p>The trend of days late is a feature but not a factor on purpose: it compares two periods, so a
 * better past would raise it, and a score must never rise because an old invoice got paid.
 */
public final class WeightedRiskScorer implements RiskScorer {

  /** The source name of scores from this scorer. */
  public static final String SOURCE = "default";

  private static final long[] POWERS = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000};

  // Factors that contribute nothing whatever the weights, shared to spare a portfolio run the garbage.
  private static final RiskFactor NOTHING_OVERDUE = zero("oldest-days-past-due", "nothing overdue");
  private static final RiskFactor NO_OVERDUE_INVOICE = zero("overdue-invoices", "0 overdue invoices");
  private static final RiskFactor NO_PROMISE = zero("broken-promises", "no promise to pay");
  private static final RiskFactor NO_BAD_FAITH = zero("bad-faith-dispute", "0 open disputes showing bad faith");
  private static final RiskFactor NO_CASH_PROBLEM = zero("cash-dispute", "0 open disputes for a cash problem");
  private static final RiskFactor NO_CONTACT = zero("unanswered-contacts", "no contact");
  private static final RiskFactor NO_HISTORY = zero("clean-history", "no invoice yet, so no payment history");
  private static final RiskFactor BUSINESS = zero("public-body", DebtorType.BUSINESS.code());
  private static final RiskFactor CONSUMER = zero("public-body", DebtorType.CONSUMER.code());

  private static final WeightedRiskScorer DEFAULT = new WeightedRiskScorer(ScoreWeights.defaults());

  private final ScoreWeights weights;

  private WeightedRiskScorer(ScoreWeights weights) {
    this.weights = weights;
  }

  /** A scorer with the given weights. */
  public static WeightedRiskScorer of(ScoreWeights weights) {
    return new WeightedRiskScorer(Objects.requireNonNull(weights, "weights"));
  }

  /** A scorer with {@link ScoreWeights#defaults()}. */
  public static WeightedRiskScorer defaults() {
    return DEFAULT;
  }

  /** The weights. */
  public ScoreWeights weights() {
    return weights;
  }

  @Override
  public RiskScore score(DebtorFeatures f) {
    Objects.requireNonNull(f, "features");
    ScoreWeights w = weights;
    List<RiskFactor> factors = new ArrayList<>(11);
    long dpd = f.oldestDaysPastDue();
    factors.add(dpd == 0 ? NOTHING_OVERDUE : RiskFactor.ofTenths("oldest-days-past-due", Ratios.decimal(dpd, 0),
        oldestDaysPastDue(f), () -> "oldest unpaid installment " + dpd + " days past due"));
    PaymentBehaviour recent = f.shortWindow();
    BigDecimal weighted = recent.weightedDaysLate().orElse(BigDecimal.ZERO);
    factors.add(RiskFactor.ofTenths("weighted-days-late", weighted, weightedDaysLate(f),
        () -> recent.hasHistory()
            ? "paid " + weighted.toPlainString() + " days late on average (weighted by amount) over "
                + recent.windowMonths() + " months"
            : "no invoice due over " + recent.windowMonths() + " months"));
    factors.add(f.overdueInvoices() == 0 ? NO_OVERDUE_INVOICE : RiskFactor.ofTenths("overdue-invoices",
        Ratios.decimal(f.overdueInvoices(), 0), overdueInvoices(f), () -> plural(f.overdueInvoices(), "overdue invoice")));
    BigDecimal lateShare = recent.lateShare().orElse(BigDecimal.ZERO);
    factors.add(RiskFactor.ofTenths("late-share", lateShare, lateShare(f),
        () -> recent.hasHistory()
            ? percent(lateShare) + " % of the invoices due over " + recent.windowMonths() + " months paid late"
            : "no invoice due over " + recent.windowMonths() + " months"));
    factors.add(f.promisesMade() == 0 ? NO_PROMISE : RiskFactor.ofTenths("broken-promises",
        Ratios.decimal(f.promisesBroken(), 0), brokenPromises(f), () -> plural(f.promisesBroken(), "broken promise")
            + " out of " + f.promisesMade() + " over " + f.longWindow().windowMonths() + " months"));
    int badFaith = f.openDisputesByFamily().get(ReasonFamily.BAD_FAITH);
    factors.add(badFaith == 0 ? NO_BAD_FAITH : RiskFactor.ofTenths("bad-faith-dispute", Ratios.decimal(badFaith, 0),
        badFaithDispute(f), () -> plural(badFaith, "open dispute") + " showing bad faith"));
    int cash = f.openDisputesByFamily().get(ReasonFamily.CASH);
    factors.add(cash == 0 ? NO_CASH_PROBLEM : RiskFactor.ofTenths("cash-dispute", Ratios.decimal(cash, 0),
        cashDispute(f), () -> plural(cash, "open dispute") + " for a cash problem"));
    factors.add(f.contacts() == 0 ? NO_CONTACT : RiskFactor.ofTenths("unanswered-contacts",
        Ratios.decimal(f.unansweredContacts(), 0), unansweredContacts(f),
        () -> plural(f.unansweredContacts(), "unanswered contact attempt") + " out of " + f.contacts() + " contacts"));
    factors.add(RiskFactor.ofTenths("new-customer", Ratios.decimal(f.newCustomer() ? 1 : 0, 0), newCustomer(f),
        () -> tenure(f)));
    factors.add(f.cleanSince().isEmpty() ? NO_HISTORY : RiskFactor.ofTenths("clean-history",
        Ratios.decimal(f.cleanYears(), 0), cleanHistory(f),
        () -> plural(f.cleanYears(), "year") + " without an invoice paid late"));
    factors.add(f.debtorType() == DebtorType.PUBLIC ? RiskFactor.ofTenths("public-body", BigDecimal.ONE,
        publicBody(f), () -> "public body (pays late but rarely fails to pay)")
        : f.debtorType() == DebtorType.CONSUMER ? CONSUMER : BUSINESS);
    long tenths = 0;
    for (RiskFactor factor : factors) {
      tenths += factor.tenths();
    }
    return RiskScore.of(clamp(tenths), factors, SOURCE);
  }

  /**
   * The value of {@link #score(DebtorFeatures)} without its factors: the same contributions, summed,
   * with no object made (what a run that keeps only the score needs).
   */
  int value(DebtorFeatures f) {
    return clamp(oldestDaysPastDue(f) + weightedDaysLate(f) + overdueInvoices(f) + lateShare(f) + brokenPromises(f)
        + badFaithDispute(f) + cashDispute(f) + unansweredContacts(f) + newCustomer(f) + cleanHistory(f)
        + publicBody(f));
  }

  // Each factor's contribution in tenths of a point, defined once for score() and value(). The factors
  // are summed exactly as longs and the total rounded HALF_UP, then clamped to 0-100.

  private static int clamp(long tenths) {
    long rounded = tenths >= 0 ? (tenths + 5) / 10 : -((-tenths + 5) / 10);
    return (int) Math.max(RiskScore.MIN, Math.min(RiskScore.MAX, rounded));
  }

  private long oldestDaysPastDue(DebtorFeatures f) {
    long dpd = f.oldestDaysPastDue();
    return dpd == 0 ? 0 : contributionTenths(dpd, weights.oldestDaysPastDuePoints(),
        weights.oldestDaysPastDueSaturation());
  }

  private long weightedDaysLate(DebtorFeatures f) {
    return contributionTenths(f.shortWindow().weightedDaysLate().orElse(BigDecimal.ZERO),
        weights.weightedDaysLatePoints(), weights.weightedDaysLateSaturation());
  }

  private long overdueInvoices(DebtorFeatures f) {
    return contributionTenths(f.overdueInvoices(), weights.overdueInvoicesPoints(), weights.overdueInvoicesSaturation());
  }

  private long lateShare(DebtorFeatures f) {
    return contributionTenths(f.shortWindow().lateShare().orElse(BigDecimal.ZERO), weights.lateSharePoints(), 1);
  }

  private long brokenPromises(DebtorFeatures f) {
    return f.promisesMade() == 0 ? 0 : contributionTenths(f.promisesBroken(), weights.brokenPromisesPoints(),
        weights.brokenPromisesSaturation());
  }

  private long badFaithDispute(DebtorFeatures f) {
    return f.openDisputesByFamily().get(ReasonFamily.BAD_FAITH) > 0 ? weights.badFaithDisputePoints() * 10L : 0;
  }

  private long cashDispute(DebtorFeatures f) {
    return f.openDisputesByFamily().get(ReasonFamily.CASH) > 0 ? weights.cashDisputePoints() * 10L : 0;
  }

  private long unansweredContacts(DebtorFeatures f) {
    return f.contacts() == 0 ? 0 : contributionTenths(f.unansweredContacts(), weights.unansweredContactsPoints(),
        weights.unansweredContactsSaturation());
  }

  private long newCustomer(DebtorFeatures f) {
    return f.newCustomer() ? weights.newCustomerPoints() * 10L : 0;
  }

  private long cleanHistory(DebtorFeatures f) {
    return f.cleanSince().isEmpty() ? 0 : -contributionTenths(f.cleanYears(), weights.cleanHistoryReliefPoints(),
        weights.cleanHistoryReliefSaturationYears());
  }

  private long publicBody(DebtorFeatures f) {
    return f.debtorType() == DebtorType.PUBLIC ? -contributionTenths(1, weights.publicBodyReliefPoints(), 1) : 0;
  }

  private static String tenure(DebtorFeatures f) {
    if (f.relationshipStart().isEmpty()) {
      return "no customer-since date and no invoice yet (treated as new)";
    }
    long months = f.tenureMonths();
    String length = months < 12 ? plural(months, "month") : plural(months / 12, "year");
    return "customer for " + length + (f.newCustomer() ? " (new)" : "");
  }

  /**
   * {@code points x min(value, saturation) / saturation}, HALF_UP to 1 decimal, in tenths of a point;
   * zero for a value at or below 0.
   */
  static long contributionTenths(long value, int points, int saturation) {
    if (value <= 0 || points == 0) {
      return 0;
    }
    if (value >= saturation) {
      return points * 10L;
    }
    return Ratios.divideUnscaled(value * points, saturation, 1);
  }

  /** {@link #contributionTenths(long, int, int)} of a decimal value. */
  static long contributionTenths(BigDecimal value, int points, int saturation) {
    if (value.signum() <= 0 || points == 0) {
      return 0;
    }
    if (value.compareTo(BigDecimal.valueOf(saturation)) >= 0) {
      return points * 10L;
    }
    int scale = value.scale();
    if (scale >= 0 && scale <= 6 && value.precision() <= 15) {
      // scaleByPowerOfTen keeps the compact long form: no BigInteger is made for the unscaled value
      long unscaled = value.scaleByPowerOfTen(scale).longValueExact();
      return Ratios.divideUnscaled(unscaled * points, saturation * POWERS[scale], 1);
    }
    return value.multiply(BigDecimal.valueOf(points)).divide(BigDecimal.valueOf(saturation), 1, RoundingMode.HALF_UP)
        .unscaledValue().longValueExact();
  }

  private static RiskFactor zero(String name, String text) {
    return RiskFactor.ofTenths(name, BigDecimal.ZERO, 0, () -> text);
  }

  static String percent(BigDecimal share) {
    return share.multiply(BigDecimal.valueOf(100)).setScale(0, RoundingMode.HALF_UP).toPlainString();
  }

  static String plural(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  @Override
  public String toString() {
    return "WeightedRiskScorer[" + weights + "]";
  }
}
