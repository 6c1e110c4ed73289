package dev.recovery.core.risk;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.LedgerColumns;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The segmentation of a portfolio as of a date: one assignment per debtor, by debtor id, and the count
 * per segment.
 *
 * <p>Immutable and thread-safe.
 */
public final class SegmentationResult {

  private final LocalDate asOf;
  private final List<SegmentAssignment> assignments;
  /** Finds a debtor's assignment: a hash map, or for a whole ledger its columns' debtor index. */
  private final Function<DebtorId, SegmentAssignment> byDebtor;
  private final Map<String, Integer> summary;

  private SegmentationResult(LocalDate asOf, List<SegmentAssignment> assignments) {
    this.asOf = asOf;
    this.assignments = List.copyOf(assignments);
    Map<DebtorId, SegmentAssignment> index = new HashMap<>(this.assignments.size() * 2);
    DebtorId previous = null;
    for (SegmentAssignment a : this.assignments) {
      if (previous != null && previous.compareTo(a.debtorId()) >= 0) {
        throw new IllegalArgumentException("assignments must be in strictly increasing debtor-id order, found "
            + a.debtorId().value() + " after " + previous.value());
      }
      previous = a.debtorId();
      index.put(a.debtorId(), a);
    }
    this.byDebtor = index::get;
    this.summary = count(this.assignments);
  }

  private SegmentationResult(LocalDate asOf, LedgerColumns columns, SegmentAssignment[] inLedgerOrder) {
    this.asOf = asOf;
    SegmentAssignment[] byId = new SegmentAssignment[inLedgerOrder.length];
    for (int k = 0; k < byId.length; k++) {
      byId[k] = inLedgerOrder[columns.debtorByIdRank(k)];
    }
    this.assignments = Collections.unmodifiableList(Arrays.asList(byId));
    this.byDebtor = id -> {
      int d = columns.debtorIndexOf(id);
      return d < 0 ? null : inLedgerOrder[d];
    };
    this.summary = count(Arrays.asList(inLedgerOrder)); // the same counts, read in the order they were made
  }

  /**
   * The number of assignments per segment, by segment name: a handful of names, counted in an array
   * (the same name as the previous one, usually the same instance, found first), then sorted once.
   */
  private static Map<String, Integer> count(Iterable<SegmentAssignment> assignments) {
    String[] names = new String[8];
    int[] counts = new int[8];
    int distinct = 0;
    int last = -1;
    for (SegmentAssignment a : assignments) {
      String segment = a.segment();
      int k = last >= 0 && names[last] == segment ? last : -1;
      for (int j = 0; k < 0 && j < distinct; j++) {
        if (names[j].equals(segment)) {
          k = j;
        }
      }
      if (k < 0) {
        if (distinct == names.length) {
          names = Arrays.copyOf(names, 2 * distinct);
          counts = Arrays.copyOf(counts, 2 * distinct);
        }
        names[distinct] = segment;
        k = distinct++;
      }
      counts[k]++;
      last = k;
    }
    Map<String, Integer> sorted = new TreeMap<>();
    for (int k = 0; k < distinct; k++) {
      sorted.put(names[k], counts[k]);
    }
    return Collections.unmodifiableMap(sorted);
  }

  /**
   * A result of these assignments.
   *
   * @throws IllegalArgumentException if they are not in strictly increasing debtor-id order
   */
  public static SegmentationResult of(LocalDate asOf, List<SegmentAssignment> assignments) {
    return new SegmentationResult(Objects.requireNonNull(asOf, "asOf"),
        Objects.requireNonNull(assignments, "assignments"));
  }

  /**
   * The result of one assignment per debtor of a ledger, given in the columns' debtor order ({@link
   * LedgerColumns#debtor(int)}): listed in debtor-id order by the columns' own id order, and found by
   * the columns' debtor index (no map of its own).
   */
  static SegmentationResult ofLedger(LocalDate asOf, LedgerColumns columns, SegmentAssignment[] inLedgerOrder) {
    if (inLedgerOrder.length != columns.debtorCount()) {
      throw new IllegalArgumentException(inLedgerOrder.length + " assignments for " + columns.debtorCount()
          + " debtors");
    }
    return new SegmentationResult(asOf, columns, inLedgerOrder);
  }

  /** The as-of date. */
  public LocalDate asOf() {
    return asOf;
  }

  /** Every assignment, by debtor id. */
  public List<SegmentAssignment> assignments() {
    return assignments;
  }

  /** The assignment of one debtor. */
  public Optional<SegmentAssignment> assignment(DebtorId debtor) {
    return Optional.ofNullable(byDebtor.apply(Objects.requireNonNull(debtor, "debtor")));
  }

  /** The number of debtors per segment, by segment name. */
  public Map<String, Integer> summary() {
    return summary;
  }

  /** The number of debtors carrying a flag. */
  public int flagged(String flag) {
    String f = Segments.normalise(flag);
    int n = 0;
    for (SegmentAssignment a : assignments) {
      if (a.flags().contains(f)) {
        n++;
      }
    }
    return n;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SegmentationResult r && asOf.equals(r.asOf) && assignments.equals(r.assignments);
  }

  @Override
  public int hashCode() {
    return Objects.hash(asOf, assignments);
  }

  @Override
  public String toString() {
    return "SegmentationResult[" + asOf + ", " + assignments.size() + " debtors, " + summary + "]";
  }
}
