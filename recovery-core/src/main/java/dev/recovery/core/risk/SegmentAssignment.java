package dev.recovery.core.risk;

import dev.recovery.core.ledger.DebtorId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;

/**
 * The segment a debtor is placed in, its flags, its risk score, and why, in a collector's words.
 *
 * <p>Immutable and thread-safe; two assignments are equal when all six parts are ({@link #debtorId()},
 * {@link #segment()}, {@link #flags()}, {@link #risk()}, {@link #reasons()}, {@link #features()}).
 *
 * <p>An assignment made by {@link Segmentation} with the library's own scorer and segmenter keeps only
 * the debtor, segment, flags and score: the features, the score's factors and the reasons are
 * computed again, from the same immutable inputs, when first read (then kept). A daily run reads the
 * segment of every debtor and the reasons of a few; this keeps a portfolio's result small (about 100
 * bytes per debtor instead of 1.3 KB). See {@link Segmentation.Builder#keepDetails(boolean)}.
 */
public final class SegmentAssignment {

  private final DebtorId debtorId;
  private final String segment;
  private final List<String> flags;
  private final int score;
  /** The assignment with its details again, for a compact one; null when the details are kept. */
  private final Supplier<SegmentAssignment> again;
  /** The details: set at construction, or when first read for a compact assignment. */
  private volatile Details details;

  /** The parts an assignment may compute again rather than keep. */
  private record Details(RiskScore risk, List<String> reasons, DebtorFeatures features) {}

  /**
   * An assignment; validates, normalises and copies.
   *
   * @param debtorId the debtor
   * @param segment the segment name (see {@link Segments})
   * @param flags the flags, kept in alphabetical order ({@code clean-payer})
   * @param risk the risk score with its factors
   * @param reasons why, one sentence each ("42 % of revenue over 12 months -> key account"); the
   *     default segmenter writes them when they are first read
   * @param features the features the decision was made on
   * @throws IllegalArgumentException if there is no reason, or the features are another debtor's
   */
  public SegmentAssignment(DebtorId debtorId, String segment, List<String> flags, RiskScore risk,
      List<String> reasons, DebtorFeatures features) {
    this.debtorId = Objects.requireNonNull(debtorId, "debtorId");
    this.segment = Segments.normalise(segment);
    Objects.requireNonNull(flags, "flags");
    Objects.requireNonNull(risk, "risk");
    Objects.requireNonNull(reasons, "reasons");
    Objects.requireNonNull(features, "features");
    if (!features.debtorId().equals(debtorId)) {
      throw new IllegalArgumentException("assignment of " + debtorId.value() + " made on the features of "
          + features.debtorId().value());
    }
    if (flags.isEmpty()) {
      this.flags = List.of();
    } else {
      TreeSet<String> sorted = new TreeSet<>();
      for (String flag : flags) {
        sorted.add(Segments.normalise(flag));
      }
      this.flags = List.copyOf(sorted);
    }
    List<String> why = reasons instanceof DeferredReasons ? reasons : List.copyOf(reasons);
    if (why.isEmpty()) {
      throw new IllegalArgumentException("assignment of " + debtorId.value() + " to " + segment
          + " must say why (no reason given)");
    }
    this.score = risk.value();
    this.details = new Details(risk, why, features);
    this.again = null;
  }

  private SegmentAssignment(DebtorId debtorId, String segment, List<String> flags, int score,
      Supplier<SegmentAssignment> again) {
    this.debtorId = debtorId;
    this.segment = segment;
    this.flags = flags;
    this.score = score;
    this.again = again;
  }

  /** An assignment of the debtor of {@code features}. */
  public static SegmentAssignment of(DebtorFeatures features, RiskScore risk, String segment, List<String> flags,
      List<String> reasons) {
    return new SegmentAssignment(features.debtorId(), segment, flags, risk, reasons, features);
  }

  /**
   * An assignment that keeps only its debtor, segment, flags (canonical names, in order) and score;
   * {@code again} makes the same assignment, details included, when they are first read. It must be
   * a pure function: an assignment made again with another segment, flags or score is an {@link
   * IllegalStateException}.
   */
  static SegmentAssignment compact(DebtorId debtorId, String segment, List<String> flags, int score,
      Supplier<SegmentAssignment> again) {
    return new SegmentAssignment(Objects.requireNonNull(debtorId, "debtorId"), Segments.normalise(segment),
        List.copyOf(flags), score, Objects.requireNonNull(again, "again"));
  }

  /** The debtor. */
  public DebtorId debtorId() {
    return debtorId;
  }

  /** The segment name (see {@link Segments}). */
  public String segment() {
    return segment;
  }

  /** The flags, in alphabetical order ({@code clean-payer}). */
  public List<String> flags() {
    return flags;
  }

  /** The risk score with its factors. */
  public RiskScore risk() {
    return details().risk();
  }

  /** Why, one sentence each ("42 % of revenue over 12 months -> key account"). */
  public List<String> reasons() {
    return details().reasons();
  }

  /** The features the decision was made on. */
  public DebtorFeatures features() {
    return details().features();
  }

  /** The risk score, 0-100. */
  public int score() {
    return score;
  }

  /** The factors of the risk score. */
  public List<RiskFactor> factors() {
    return risk().factors();
  }

  /** Whether the assignment carries the flag. */
  public boolean hasFlag(String flag) {
    return flags.contains(Segments.normalise(flag));
  }

  /** This assignment in another segment, with one more reason placed first (an override). */
  public SegmentAssignment withSegment(String newSegment, String reason) {
    Details d = details();
    List<String> more = new ArrayList<>(d.reasons().size() + 1);
    more.add(Objects.requireNonNull(reason, "reason"));
    more.addAll(d.reasons());
    return new SegmentAssignment(debtorId, newSegment, flags, d.risk(), more, d.features());
  }

  private Details details() {
    Details d = details;
    if (d == null) {
      SegmentAssignment full = Objects.requireNonNull(again.get(), "the assignment made again is null");
      if (!full.debtorId.equals(debtorId) || !full.segment.equals(segment) || !full.flags.equals(flags)
          || full.score != score) {
        throw new IllegalStateException("the assignment of " + debtorId.value() + " made again differs ("
            + full.segment + " " + full.flags + " score " + full.score + " instead of " + segment + " " + flags
            + " score " + score + "): the scorer or segmenter is not a pure function");
      }
      d = full.details();
      details = d; // a benign race: every thread computes equal details
    }
    return d;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof SegmentAssignment a)) {
      return false;
    }
    return debtorId.equals(a.debtorId) && segment.equals(a.segment) && flags.equals(a.flags) && score == a.score
        && details().equals(a.details());
  }

  @Override
  public int hashCode() {
    return Objects.hash(debtorId, segment, flags, score);
  }

  @Override
  public String toString() {
    Details d = details();
    return "SegmentAssignment[debtorId=" + debtorId + ", segment=" + segment + ", flags=" + flags + ", risk="
        + d.risk() + ", reasons=" + d.reasons() + ", features=" + d.features() + "]";
  }
}
