package dev.recovery.core.aging;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The aging buckets: "not due", then ranges of days past due up to an open-ended last bucket.
 *
 * <p>Immutable and thread-safe. The default is not-due, 1-30, 31-60, 61-90, 91-120, 120+. A bucket
 * is found by binary search on its upper bounds, without allocation.
 */
public final class AgingBuckets {

  private static final AgingBuckets STANDARD = of(30, 60, 90, 120);

  private final int[] upperBounds;
  private final List<String> labels;

  private AgingBuckets(int[] upperBounds) {
    this.upperBounds = upperBounds;
    List<String> l = new ArrayList<>(upperBounds.length + 2);
    l.add("not-due");
    int from = 1;
    for (int bound : upperBounds) {
      l.add(from + "-" + bound);
      from = bound + 1;
    }
    l.add(upperBounds[upperBounds.length - 1] + "+");
    this.labels = Collections.unmodifiableList(l);
  }

  /** The default buckets: not-due, 1-30, 31-60, 61-90, 91-120, 120+. */
  public static AgingBuckets standard() {
    return STANDARD;
  }

  /**
   * Buckets with these inclusive upper bounds of days past due, strictly increasing and positive:
   * {@code of(30, 60)} gives not-due, 1-30, 31-60, 60+.
   */
  public static AgingBuckets of(int... upperBounds) {
    Objects.requireNonNull(upperBounds, "upperBounds");
    if (upperBounds.length == 0) {
      throw new IllegalArgumentException("at least one bucket bound is required, for example 30,60,90,120");
    }
    int previous = 0;
    for (int bound : upperBounds) {
      if (bound <= previous) {
        throw new IllegalArgumentException("bucket bounds must be positive and strictly increasing, found "
            + bound + " after " + previous + " in " + Arrays.toString(upperBounds));
      }
      previous = bound;
    }
    return new AgingBuckets(upperBounds.clone());
  }

  /** Parses {@code "30,60,90,120"} (the upper bounds, comma-separated). */
  public static AgingBuckets parse(String text) {
    Objects.requireNonNull(text, "text");
    String[] parts = text.split(",");
    int[] bounds = new int[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        bounds[i] = Integer.parseInt(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("bucket bounds '" + text + "': '" + parts[i].strip()
            + "' is not a whole number of days (expected e.g. 30,60,90,120)", e);
      }
    }
    try {
      return of(bounds);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("bucket bounds '" + text + "': " + e.getMessage(), e);
    }
  }

  /** The number of buckets, "not due" and the open-ended last one included. */
  public int size() {
    return upperBounds.length + 2;
  }

  /** The bucket labels, in order: {@code not-due, 1-30, ..., 120+}. */
  public List<String> labels() {
    return labels;
  }

  /** The index of the bucket for {@code daysPastDue}: 0 when not due (zero or negative days). */
  public int indexOf(long daysPastDue) {
    if (daysPastDue <= 0) {
      return 0;
    }
    int lo = 0;
    int hi = upperBounds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (upperBounds[mid] < daysPastDue) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo + 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AgingBuckets b && Arrays.equals(upperBounds, b.upperBounds);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(upperBounds);
  }

  /** The bounds as {@link #parse(String)} reads them ({@code "30,60,90,120"}). */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < upperBounds.length; i++) {
      sb.append(i == 0 ? "" : ",").append(upperBounds[i]);
    }
    return sb.toString();
  }
}
