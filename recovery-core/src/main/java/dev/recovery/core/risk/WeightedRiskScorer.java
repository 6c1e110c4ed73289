package dev.recovery.core.risk;

import dev.recovery.core.casefile.ReasonFamily;
import dev.recovery.core.ledger.DebtorType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

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
    factors.add(factor("oldest-days-past-due", BigDecimal.valueOf(dpd), w.oldestDaysPastDuePoints(),
        w.oldestDaysPastDueSaturation(), dpd == 0 ? "nothing overdue"
            : "oldest unpaid installment " + dpd + " days past due"));
    PaymentBehaviour recent = f.shortWindow();
    BigDecimal weighted = recent.weightedDaysLate().orElse(BigDecimal.ZERO);
    factors.add(factor("weighted-days-late", weighted, w.weightedDaysLatePoints(), w.weightedDaysLateSaturation(),
        recent.hasHistory()
            ? "paid " + weighted.toPlainString() + " days late on average (weighted by amount) over "
                + recent.windowMonths() + " months"
            : "no invoice due over " + recent.windowMonths() + " months"));
    factors.add(factor("overdue-invoices", BigDecimal.valueOf(f.overdueInvoices()), w.overdueInvoicesPoints(),
        w.overdueInvoicesSaturation(), plural(f.overdueInvoices(), "overdue invoice")));
    BigDecimal lateShare = recent.lateShare().orElse(BigDecimal.ZERO);
    factors.add(factor("late-share", lateShare, w.lateSharePoints(), 1,
        recent.hasHistory()
            ? percent(lateShare) + " % of the invoices due over " + recent.windowMonths() + " months paid late"
            : "no invoice due over " + recent.windowMonths() + " months"));
    factors.add(factor("broken-promises", BigDecimal.valueOf(f.promisesBroken()), w.brokenPromisesPoints(),
        w.brokenPromisesSaturation(), plural(f.promisesBroken(), "broken promise") + " out of " + f.promisesMade()
            + " over " + f.longWindow().windowMonths() + " months"));
    int badFaith = f.openDisputesByFamily().get(ReasonFamily.BAD_FAITH);
    factors.add(flag("bad-faith-dispute", badFaith, w.badFaithDisputePoints(),
        plural(badFaith, "open dispute") + " showing bad faith"));
    int cash = f.openDisputesByFamily().get(ReasonFamily.CASH);
    factors.add(flag("cash-dispute", cash, w.cashDisputePoints(),
        plural(cash, "open dispute") + " for a cash problem"));
    factors.add(factor("unanswered-contacts", BigDecimal.valueOf(f.unansweredContacts()),
        w.unansweredContactsPoints(), w.unansweredContactsSaturation(),
        plural(f.unansweredContacts(), "unanswered contact attempt") + " out of " + f.contacts() + " contacts"));
    factors.add(flag("new-customer", f.newCustomer() ? 1 : 0, w.newCustomerPoints(), tenure(f)));
    BigDecimal clean = BigDecimal.valueOf(f.cleanYears());
    factors.add(relief("clean-history", clean, w.cleanHistoryReliefPoints(), w.cleanHistoryReliefSaturationYears(),
        f.cleanSince().isEmpty() ? "no invoice yet, so no payment history"
            : plural(f.cleanYears(), "year") + " without an invoice paid late"));
    boolean isPublic = f.debtorType() == DebtorType.PUBLIC;
    factors.add(relief("public-body", BigDecimal.valueOf(isPublic ? 1 : 0), w.publicBodyReliefPoints(), 1,
        isPublic ? "public body (pays late but rarely fails to pay)" : f.debtorType().code()));
    BigDecimal total = BigDecimal.ZERO;
    for (RiskFactor factor : factors) {
      total = total.add(factor.contribution());
    }
    int score = total.setScale(0, RoundingMode.HALF_UP).intValueExact();
    score = Math.max(RiskScore.MIN, Math.min(RiskScore.MAX, score));
    return RiskScore.of(score, factors, SOURCE);
  }

  private static String tenure(DebtorFeatures f) {
    if (f.relationshipStart().isEmpty()) {
      return "no customer-since date and no invoice yet (treated as new)";
    }
    long months = f.tenureMonths();
    String length = months < 12 ? plural(months, "month") : plural(months / 12, "year");
    return "customer for " + length + (f.newCustomer() ? " (new)" : "");
  }

  private static RiskFactor factor(String name, BigDecimal value, int points, int saturation, String text) {
    BigDecimal capped = value.min(BigDecimal.valueOf(saturation)).max(BigDecimal.ZERO);
    BigDecimal contribution = capped.multiply(BigDecimal.valueOf(points))
        .divide(BigDecimal.valueOf(saturation), 1, RoundingMode.HALF_UP);
    return RiskFactor.of(name, value, contribution, text);
  }

  private static RiskFactor flag(String name, int count, int points, String text) {
    BigDecimal contribution = BigDecimal.valueOf(count > 0 ? points : 0).setScale(1);
    return RiskFactor.of(name, BigDecimal.valueOf(count), contribution, text);
  }

  private static RiskFactor relief(String name, BigDecimal value, int points, int saturation, String text) {
    RiskFactor penalty = factor(name, value, points, saturation, text);
    return RiskFactor.of(name, value, penalty.contribution().negate(), text);
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
