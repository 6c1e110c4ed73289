package dev.recovery.core.risk;

/**
 * Turns a debtor's features into a risk score. Implementations must be deterministic and
 * thread-safe: a segmentation run may call them from several threads.
 *
 * <p>The default is {@link WeightedRiskScorer}; a host plugs its own, for example one that maps its
 * credit insurer's grade to 0-100 and returns that grade as a factor.
 */
@FunctionalInterface
public interface RiskScorer {

  /** The score of the debtor described by {@code features}. */
  RiskScore score(DebtorFeatures features);
}
