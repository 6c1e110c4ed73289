package dev.recovery.core.risk;

import com.google.common.base.Suppliers;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.LedgerColumns;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.IntStream;

/**
 * Runs features, score and segmenter over every debtor of a ledger, as of a date.
 *
 * <p>Immutable and thread-safe. For each debtor: {@link FeatureCalculator} computes the features from
 * the ledger and the debtor's case file, the {@link RiskScorer} scores them, the {@link Segmenter}
 * assigns a segment; then a segment forced by the debtor file ({@link
 * dev.recovery.core.ledger.Debtor#segment()}) replaces the computed one, whichever segmenter is
 * plugged, with a reason saying so. The output is in debtor-id order; the parallel run (the default,
 * over the common fork-join pool) gives exactly the sequential result, since every debtor is computed
 * independently from immutable inputs.
 *
 * <p>With the library's own scorer and segmenter, each assignment keeps its segment, flags and score
 * and computes its features, factors and reasons again when they are first read (the same values;
 * see {@link Builder#keepDetails(boolean)}): a daily run over 200,000 debtors then keeps about 15 MB
 * of assignments rather than 250 MB.
 */
public final class Segmentation {

  private static final Segmentation DEFAULT = builder().build();

  private final FeatureConfig features;
  private final RiskScorer scorer;
  private final Segmenter segmenter;
  private final boolean parallel;
  private final boolean keepDetails;

  private Segmentation(Builder b) {
    this.features = b.features;
    this.scorer = b.scorer;
    this.segmenter = b.segmenter;
    this.parallel = b.parallel;
    this.keepDetails = b.keepDetails;
  }

  /** Default features, the default scorer and segmenter, parallel. */
  public static Segmentation defaults() {
    return DEFAULT;
  }

  /** A builder starting from the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Segments the portfolio with the default features and scorer and the given segmenter.
   *
   * @param caseFiles the case files by debtor; a debtor without one has no event
   * @throws IllegalArgumentException if a case file belongs to a debtor the ledger does not know
   */
  public static SegmentationResult run(Ledger ledger, Map<DebtorId, CaseFile> caseFiles, LocalDate asOf,
      Segmenter segmenter) {
    return builder().segmenter(segmenter).build().segment(ledger, caseFiles, asOf);
  }

  /**
   * Segments the portfolio with the default features and the given segmenter and scorer (for example
   * a scorer mapping the host's credit-insurer grade to 0-100).
   *
   * @param caseFiles the case files by debtor; a debtor without one has no event
   * @throws IllegalArgumentException if a case file belongs to a debtor the ledger does not know
   */
  public static SegmentationResult run(Ledger ledger, Map<DebtorId, CaseFile> caseFiles, LocalDate asOf,
      Segmenter segmenter, RiskScorer scorer) {
    return builder().segmenter(segmenter).scorer(scorer).build().segment(ledger, caseFiles, asOf);
  }

  /**
   * Segments every debtor of the ledger as of {@code asOf}.
   *
   * @param caseFiles the case files by debtor; a debtor without one has no event
   * @throws IllegalArgumentException if a case file belongs to a debtor the ledger does not know
   */
  public SegmentationResult segment(Ledger ledger, Map<DebtorId, CaseFile> caseFiles, LocalDate asOf) {
    Objects.requireNonNull(ledger, "ledger");
    Objects.requireNonNull(caseFiles, "caseFiles");
    Objects.requireNonNull(asOf, "asOf");
    for (DebtorId id : caseFiles.keySet()) {
      if (ledger.debtor(id).isEmpty()) {
        throw new IllegalArgumentException("case file of unknown debtor " + id.value());
      }
    }
    FeatureCalculator calculator = FeatureCalculator.of(ledger, asOf, features);
    // debtors in the ledger's order, which is the order of the columnar view's rows (each debtor
    // reads the memory after the previous one's), then the assignments put in debtor-id order with
    // the ledger's own id order (sorted once per ledger)
    LedgerColumns cols = ledger.columns();
    Debtor[] debtors = ledger.debtorList().toArray(new Debtor[0]);
    IntStream stream = parallel ? IntStream.range(0, debtors.length).parallel() : IntStream.range(0, debtors.length);
    // with the library's own scorer and segmenter (pure functions), each assignment keeps its
    // segment, flags and score, and makes its details again when they are read
    // (with a calculator made again once, on the first read, rather than kept: it holds arrays over
    // every invoice)
    boolean compact = !keepDetails && scorer instanceof WeightedRiskScorer && segmenter instanceof DefaultSegmenter;
    Supplier<FeatureCalculator> again = compact ? Suppliers.memoize(() -> FeatureCalculator.of(ledger, asOf, features))
        : null;
    SegmentAssignment[] inLedgerOrder = stream
        .mapToObj(d -> {
          Debtor debtor = debtors[d];
          CaseFile caseFile = caseFiles.get(debtor.id());
          return compact ? compactAt(calculator, d, debtor, caseFile, () -> assignAt(again.get(), d, debtor, caseFile))
              : assignAt(calculator, d, debtor, caseFile);
        })
        .toArray(SegmentAssignment[]::new);
    return SegmentationResult.ofLedger(asOf, cols, inLedgerOrder);
  }

  /** Segments one debtor with this run's configuration (same result as in {@link #segment}). */
  public SegmentAssignment assign(FeatureCalculator calculator, DebtorId debtor, CaseFile caseFile) {
    return decide(calculator.features(debtor, caseFile == null ? CaseFile.empty(debtor) : caseFile));
  }

  /** Segments the debtor at {@code index} of the columnar view, whose record is {@code debtor}. */
  private SegmentAssignment assignAt(FeatureCalculator calculator, int index, Debtor debtor, CaseFile caseFile) {
    return decide(calculator.features(index, debtor, caseFile == null ? CaseFile.empty(debtor.id()) : caseFile));
  }

  private static final List<String> CLEAN_PAYER = List.of(Segments.CLEAN_PAYER);

  /**
   * The compact assignment of the debtor at {@code index} with the library's own scorer and segmenter:
   * the segment, flags and score that {@link #assignAt} gives, computed without the score's factors or
   * the reasons, which {@code again} makes when first read.
   */
  private SegmentAssignment compactAt(FeatureCalculator calculator, int index, Debtor debtor, CaseFile caseFile,
      Supplier<SegmentAssignment> again) {
    DebtorFeatures f = calculator.features(index, debtor, caseFile == null ? CaseFile.empty(debtor.id()) : caseFile);
    DefaultSegmenter rules = (DefaultSegmenter) segmenter;
    int score = ((WeightedRiskScorer) scorer).value(f);
    String segment = forcedSegment(f).orElseGet(() -> rules.segmentOf(f, score));
    return SegmentAssignment.compact(f.debtorId(), segment, rules.isCleanPayer(f) ? CLEAN_PAYER : List.of(), score,
        again);
  }

  /** The segment set in the debtor file, if any, normalised. */
  private static Optional<String> forcedSegment(DebtorFeatures f) {
    return f.forcedSegment().filter(s -> !s.isBlank()).map(Segments::normalise);
  }

  /** Scores and segments a debtor from its features, then applies the segment forced by the debtor file. */
  private SegmentAssignment decide(DebtorFeatures f) {
    DebtorId debtor = f.debtorId();
    RiskScore score = Objects.requireNonNull(scorer.score(f), "the risk scorer returned null for " + debtor.value());
    SegmentAssignment a = Objects.requireNonNull(segmenter.assign(f, score),
        "the segmenter returned null for " + debtor.value());
    if (!a.debtorId().equals(debtor)) {
      throw new IllegalStateException("the segmenter assigned " + a.debtorId().value() + " when asked for "
          + debtor.value());
    }
    Optional<String> forced = forcedSegment(f);
    if (forced.isPresent()) {
      String computed = a.segment();
      return a.withSegment(forced.get(), "segment " + forced.get() + " set in the debtor file"
          + (computed.equals(forced.get()) ? " (the computed segment is the same)"
              : " overrides the computed " + computed));
    }
    return a;
  }

  /** The feature configuration. */
  public FeatureConfig features() {
    return features;
  }

  /** The risk scorer. */
  public RiskScorer scorer() {
    return scorer;
  }

  /** The segmenter. */
  public Segmenter segmenter() {
    return segmenter;
  }

  /** Whether debtors are computed in parallel. */
  public boolean parallel() {
    return parallel;
  }

  /** Whether every assignment keeps its features, factors and reasons (see {@link Builder#keepDetails}). */
  public boolean keepDetails() {
    return keepDetails;
  }

  /** Builds a {@link Segmentation}; not thread-safe. */
  public static final class Builder {
    private FeatureConfig features = FeatureConfig.defaults();
    private RiskScorer scorer = WeightedRiskScorer.defaults();
    private Segmenter segmenter = DefaultSegmenter.defaults();
    private boolean parallel = true;
    private boolean keepDetails;

    private Builder() {}

    /** The feature configuration (default {@link FeatureConfig#defaults()}). */
    public Builder features(FeatureConfig value) {
      this.features = Objects.requireNonNull(value, "features");
      return this;
    }

    /** The risk scorer (default {@link WeightedRiskScorer#defaults()}). */
    public Builder scorer(RiskScorer value) {
      this.scorer = Objects.requireNonNull(value, "scorer");
      return this;
    }

    /** The segmenter (default {@link DefaultSegmenter#defaults()}). */
    public Builder segmenter(Segmenter value) {
      this.segmenter = Objects.requireNonNull(value, "segmenter");
      return this;
    }

    /** Whether to compute debtors in parallel (default true; the result is the same). */
    public Builder parallel(boolean value) {
      this.parallel = value;
      return this;
    }

    /**
     * Whether every assignment keeps its features, score factors and reasons (default false). With
     * the library's own scorer and segmenter, an assignment otherwise keeps its segment, flags and
     * score (about 100 bytes a debtor instead of 1.3 KB) and computes the rest again, from the same
     * ledger, case file and date, when first read; the values are the same. A host's scorer or
     * segmenter, which may not be a pure function, always has its assignments kept whole.
     */
    public Builder keepDetails(boolean value) {
      this.keepDetails = value;
      return this;
    }

    /** Builds the run. */
    public Segmentation build() {
      return new Segmentation(this);
    }
  }
}
