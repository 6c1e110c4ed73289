package dev.recovery.core.risk;

/**
 * Places a debtor in a segment, from its features and risk score, saying why. Implementations must be
 * deterministic and thread-safe: a segmentation run may call them from several threads.
 *
 * <p>The default is {@link DefaultSegmenter}. A segment forced by the debtor file overrides whatever
 * the segmenter decides (see {@link Segmentation}).
 */
@FunctionalInterface
public interface Segmenter {

  /** The assignment of the debtor described by {@code features}, scored {@code score}. */
  SegmentAssignment assign(DebtorFeatures features, RiskScore score);
}
