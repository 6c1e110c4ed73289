package dev.recovery.core.risk;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A debtor's risk score: 0 (no concern) to 100 (highest risk), with the factors that made it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param value the score, 0 to 100, higher is riskier
 * @param factors every factor considered, with its contribution, in the scorer's order
 * @param source who computed it: {@code default} for {@link WeightedRiskScorer}, or the host's name
 *     for a plugged score (for example a credit insurer's grade)
 */
public record RiskScore(int value, List<RiskFactor> factors, String source) {

  /** The lowest score. */
  public static final int MIN = 0;
  /** The highest score. */
  public static final int MAX = 100;

  private static final Comparator<RiskFactor> MAIN_ORDER =
      Comparator.comparing((RiskFactor f) -> f.contribution().abs()).reversed().thenComparing(RiskFactor::name);

  /** Validates and copies. */
  public RiskScore {
    Objects.requireNonNull(factors, "factors");
    Objects.requireNonNull(source, "source");
    if (value < MIN || value > MAX) {
      throw new IllegalArgumentException("risk score must be between 0 and 100, was " + value);
    }
    factors = List.copyOf(factors);
  }

  /** A score with its factors and source. */
  public static RiskScore of(int value, List<RiskFactor> factors, String source) {
    return new RiskScore(value, factors, source);
  }

  /**
   * The factors that moved the score, largest absolute contribution first (ties by name), at most
   * {@code limit}.
   */
  public List<RiskFactor> mainFactors(int limit) {
    List<RiskFactor> chosen = new ArrayList<>(Math.min(Math.max(limit, 0), factors.size()));
    for (RiskFactor f : factors) {
      if (f.contribution().signum() == 0) {
        continue;
      }
      int at = chosen.size();
      while (at > 0 && MAIN_ORDER.compare(f, chosen.get(at - 1)) < 0) {
        at--;
      }
      if (at < limit) {
        chosen.add(at, f);
        if (chosen.size() > limit) {
          chosen.remove(chosen.size() - 1);
        }
      }
    }
    return List.copyOf(chosen);
  }
}
