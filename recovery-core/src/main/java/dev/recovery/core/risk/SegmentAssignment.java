package dev.recovery.core.risk;

import dev.recovery.core.ledger.DebtorId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The segment a debtor is placed in, its flags, its risk score, and why, in a collector's words.
 *
 * <p>Immutable and thread-safe.
 *
 * @param debtorId the debtor
 * @param segment the segment name (see {@link Segments})
 * @param flags the flags, in alphabetical order ({@code clean-payer})
 * @param risk the risk score with its factors
 * @param reasons why, one sentence each ("42 % of revenue over 12 months -> key account"); the default
 *     segmenter writes them when they are first read
 * @param features the features the decision was made on
 */
public record SegmentAssignment(DebtorId debtorId, String segment, List<String> flags, RiskScore risk,
    List<String> reasons, DebtorFeatures features) {

  /** Validates, normalises and copies. */
  public SegmentAssignment {
    Objects.requireNonNull(debtorId, "debtorId");
    segment = Segments.normalise(segment);
    Objects.requireNonNull(flags, "flags");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(reasons, "reasons");
    Objects.requireNonNull(features, "features");
    if (!features.debtorId().equals(debtorId)) {
      throw new IllegalArgumentException("assignment of " + debtorId.value() + " made on the features of "
          + features.debtorId().value());
    }
    if (flags.isEmpty()) {
      flags = List.of();
    } else {
      TreeSet<String> sorted = new TreeSet<>();
      for (String flag : flags) {
        sorted.add(Segments.normalise(flag));
      }
      flags = List.copyOf(sorted);
    }
    reasons = reasons instanceof DeferredReasons ? reasons : List.copyOf(reasons);
    if (reasons.isEmpty()) {
      throw new IllegalArgumentException("assignment of " + debtorId.value() + " to " + segment
          + " must say why (no reason given)");
    }
  }

  /** An assignment of the debtor of {@code features}. */
  public static SegmentAssignment of(DebtorFeatures features, RiskScore risk, String segment, List<String> flags,
      List<String> reasons) {
    return new SegmentAssignment(features.debtorId(), segment, flags, risk, reasons, features);
  }

  /** The risk score, 0-100. */
  public int score() {
    return risk.value();
  }

  /** The factors of the risk score. */
  public List<RiskFactor> factors() {
    return risk.factors();
  }

  /** Whether the assignment carries the flag. */
  public boolean hasFlag(String flag) {
    return flags.contains(Segments.normalise(flag));
  }

  /** This assignment in another segment, with one more reason placed first (an override). */
  public SegmentAssignment withSegment(String newSegment, String reason) {
    List<String> more = new ArrayList<>(reasons.size() + 1);
    more.add(Objects.requireNonNull(reason, "reason"));
    more.addAll(reasons);
    return new SegmentAssignment(debtorId, newSegment, flags, risk, more, features);
  }
}
