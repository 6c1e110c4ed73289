package dev.recovery.core.risk;

import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The practice's segmentation: the first rule that applies gives the segment, and the clean-payer
 * flag is added on its own.
 *
 * <ol>
 *   <li>{@code key-account}: the debtor's share of the creditor's revenue over the short window is at
 *       least {@link Builder#keyAccountShare} (default 10 %); called to preserve the relationship.
 *   <li>{@code public-or-large}: a public body, or a debtor invoiced at least {@link
 *       Builder#largeRevenue} over the short window in one of the threshold currencies (default
 *       100,000 in EUR, GBP, USD or CHF, as round figures, not converted); long invoice circuits, so
 *       the call finds the right contact and procedure.
 *   <li>{@code risky}: risk score at least {@link Builder#riskyScore} (default 60); called to get paid
 *       first.
 *   <li>{@code new}: tenure under the new-customer months of the features (default 12); recent
 *       clients are not spared.
 *   <li>{@code low-risk}: risk score at most {@link Builder#lowRiskScore} (default 20); written
 *       reminders.
 *   <li>{@code standard}: everyone else.
 * </ol>
 * Flag {@code clean-payer}: at least {@link Builder#cleanPayerYears} (default 3) clean years and not a
 * new customer; spared repeated reminders.
 *
 * <p>Immutable and thread-safe. Source of the segments: French B2B collection practice (see the
 * project's domain notes, "Segment the portfolio").
 */
public final class DefaultSegmenter implements Segmenter {

  private static final DefaultSegmenter DEFAULT = builder().build();
  private static final int MAIN_FACTORS = 3;

  private final BigDecimal keyAccountShare;
  private final Map<Currency, Money> largeRevenue;
  private final int riskyScore;
  private final int lowRiskScore;
  private final int cleanPayerYears;

  private DefaultSegmenter(Builder b) {
    this.keyAccountShare = b.keyAccountShare;
    TreeMap<Currency, Money> thresholds = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    thresholds.putAll(b.largeRevenue);
    this.largeRevenue = java.util.Collections.unmodifiableMap(thresholds);
    this.riskyScore = b.riskyScore;
    this.lowRiskScore = b.lowRiskScore;
    this.cleanPayerYears = b.cleanPayerYears;
  }

  /** The segmenter with the documented defaults. */
  public static DefaultSegmenter defaults() {
    return DEFAULT;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The revenue share from which a debtor is a key account (0.10 is 10 %). */
  public BigDecimal keyAccountShare() {
    return keyAccountShare;
  }

  /** The revenue over the short window from which a debtor is large, per currency. */
  public Map<Currency, Money> largeRevenue() {
    return largeRevenue;
  }

  /** The score from which a debtor is risky. */
  public int riskyScore() {
    return riskyScore;
  }

  /** The score up to which a debtor is low-risk. */
  public int lowRiskScore() {
    return lowRiskScore;
  }

  /** The clean years from which a debtor (not new) is a clean payer. */
  public int cleanPayerYears() {
    return cleanPayerYears;
  }

  @Override
  public SegmentAssignment assign(DebtorFeatures f, RiskScore score) {
    Objects.requireNonNull(f, "features");
    Objects.requireNonNull(score, "score");
    // the reasons are written when read: a run assigns every debtor, a person reads a few
    List<Supplier<String>> reasons = new ArrayList<>(3);
    String segment = decide(f, score.value(), reasons);
    List<String> flags = new ArrayList<>(1);
    if (isCleanPayer(f)) {
      flags.add(Segments.CLEAN_PAYER);
      reasons.add(() -> WeightedRiskScorer.plural(f.cleanYears(), "year") + " without an invoice paid late, customer for "
          + WeightedRiskScorer.plural(f.tenureMonths() / 12, "year") + " -> clean payer (spare repeated reminders)");
    }
    reasons.add(() -> scoreSummary(score));
    return SegmentAssignment.of(f, score, segment, flags, DeferredReasons.of(reasons));
  }

  /** The segment {@link #assign} gives a debtor with that score, without writing why. */
  String segmentOf(DebtorFeatures f, int score) {
    return decide(f, score, null);
  }

  /** Whether {@link #assign} flags the debtor {@code clean-payer}. */
  boolean isCleanPayer(DebtorFeatures f) {
    return !f.newCustomer() && f.cleanYears() >= cleanPayerYears;
  }

  /** The first rule that applies gives the segment; its reason goes to {@code reasons} unless null. */
  private String decide(DebtorFeatures f, int score, List<Supplier<String>> reasons) {
    int months = f.shortWindow().windowMonths();
    if (f.revenueShare().compareTo(keyAccountShare) >= 0) {
      if (reasons != null) {
        reasons.add(() -> WeightedRiskScorer.percent(f.revenueShare()) + " % of revenue over " + months
            + " months (at least " + WeightedRiskScorer.percent(keyAccountShare)
            + " %) -> key account (call to preserve the relationship)");
      }
      return Segments.KEY_ACCOUNT;
    }
    if (f.debtorType() == DebtorType.PUBLIC) {
      if (reasons != null) {
        reasons.add(() -> "public body -> public or large (long invoice circuits: find the right contact and procedure)");
      }
      return Segments.PUBLIC_OR_LARGE;
    }
    for (Map.Entry<Currency, Money> e : f.revenue().entrySet()) {
      Money threshold = largeRevenue.get(e.getKey());
      if (threshold != null && e.getValue().compareTo(threshold) >= 0) {
        Money invoiced = e.getValue();
        if (reasons != null) {
          reasons.add(() -> invoiced.currencyCode() + " " + invoiced.toPlainString() + " invoiced over " + months
              + " months (at least " + threshold.toPlainString()
              + ") -> public or large (long invoice circuits: find the right contact and procedure)");
        }
        return Segments.PUBLIC_OR_LARGE;
      }
    }
    if (score >= riskyScore) {
      if (reasons != null) {
        reasons.add(() -> "risk score " + score + " (at least " + riskyScore + ") -> risky (call to get paid first)");
      }
      return Segments.RISKY;
    }
    if (f.newCustomer()) {
      if (reasons != null) {
        reasons.add(() -> (f.relationshipStart().isEmpty() ? "no customer-since date and no invoice yet"
            : "customer for " + WeightedRiskScorer.plural(f.tenureMonths(), "month"))
            + " -> new (recent clients are not spared reminders)");
      }
      return Segments.NEW;
    }
    if (score <= lowRiskScore) {
      if (reasons != null) {
        reasons.add(() -> "risk score " + score + " (at most " + lowRiskScore + ") -> low risk (written reminders)");
      }
      return Segments.LOW_RISK;
    }
    if (reasons != null) {
      reasons.add(() -> "risk score " + score + " (between " + lowRiskScore + " and " + riskyScore
          + "), revenue share " + WeightedRiskScorer.percent(f.revenueShare()) + " %, customer for "
          + WeightedRiskScorer.plural(f.tenureMonths() / 12, "year") + " -> standard");
    }
    return Segments.STANDARD;
  }

  private static String scoreSummary(RiskScore score) {
    List<RiskFactor> main = score.mainFactors(MAIN_FACTORS);
    StringBuilder sb = new StringBuilder(256).append("risk score ").append(score.value());
    if (main.isEmpty()) {
      return sb.append(": no risk signal").toString();
    }
    sb.append(": ");
    for (int i = 0; i < main.size(); i++) {
      RiskFactor f = main.get(i);
      if (i > 0) {
        sb.append("; ");
      }
      sb.append(f.explanation()).append(" (").append(f.contribution().signum() >= 0 ? "+" : "")
          .append(f.contribution().toPlainString()).append(')');
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "DefaultSegmenter[keyAccountShare=" + keyAccountShare.toPlainString() + ", largeRevenue="
        + largeRevenue.values() + ", riskyScore=" + riskyScore + ", lowRiskScore=" + lowRiskScore
        + ", cleanPayerYears=" + cleanPayerYears + "]";
  }

  /** Builds a {@link DefaultSegmenter}; starts from the defaults; not thread-safe. */
  public static final class Builder {
    private BigDecimal keyAccountShare = new BigDecimal("0.10");
    private final Map<Currency, Money> largeRevenue = new TreeMap<>(Comparator.comparing(Currency::getCurrencyCode));
    private int riskyScore = 60;
    private int lowRiskScore = 20;
    private int cleanPayerYears = 3;

    private Builder() {
      for (String code : List.of("EUR", "GBP", "USD", "CHF")) {
        largeRevenue.put(Money.currency(code), Money.of(code, "100000"));
      }
    }

    /** The revenue share from which a debtor is a key account, between 0 and 1 (default 0.10). */
    public Builder keyAccountShare(BigDecimal share) {
      Objects.requireNonNull(share, "keyAccountShare");
      if (share.signum() <= 0 || share.compareTo(BigDecimal.ONE) > 0) {
        throw new IllegalArgumentException("keyAccountShare must be above 0 and at most 1, was "
            + share.toPlainString());
      }
      this.keyAccountShare = share;
      return this;
    }

    /** Sets the large-revenue threshold for the threshold's currency (replacing the default for it). */
    public Builder largeRevenue(Money threshold) {
      Objects.requireNonNull(threshold, "largeRevenue");
      if (!threshold.isPositive()) {
        throw new IllegalArgumentException("largeRevenue must be positive, was " + threshold);
      }
      largeRevenue.put(threshold.currency(), threshold);
      return this;
    }

    /** Removes every large-revenue threshold (only public bodies are then public-or-large). */
    public Builder noLargeRevenue() {
      largeRevenue.clear();
      return this;
    }

    /** The score from which a debtor is risky (default 60). */
    public Builder riskyScore(int score) {
      this.riskyScore = score;
      return this;
    }

    /** The score up to which a debtor is low-risk (default 20). */
    public Builder lowRiskScore(int score) {
      this.lowRiskScore = score;
      return this;
    }

    /** The clean years from which a debtor is a clean payer (default 3). */
    public Builder cleanPayerYears(int years) {
      if (years < 1) {
        throw new IllegalArgumentException("cleanPayerYears must be at least 1, was " + years);
      }
      this.cleanPayerYears = years;
      return this;
    }

    /**
     * Builds the segmenter.
     *
     * @throws IllegalArgumentException if the scores are outside 0-100 or low-risk is not below risky
     */
    public DefaultSegmenter build() {
      if (lowRiskScore < RiskScore.MIN || riskyScore > RiskScore.MAX || lowRiskScore >= riskyScore) {
        throw new IllegalArgumentException("need 0 <= lowRiskScore < riskyScore <= 100, was lowRiskScore="
            + lowRiskScore + ", riskyScore=" + riskyScore);
      }
      return new DefaultSegmenter(this);
    }
  }
}
