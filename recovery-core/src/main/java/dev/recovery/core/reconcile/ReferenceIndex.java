package dev.recovery.core.reconcile;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * A multimap from 64-bit keys to invoice indexes in primitive arrays: entries are appended, then
 * {@link #build()} groups them by the top bits of the key with a counting sort (compressed buckets,
 * about one entry per bucket), which builds in two sequential passes and looks up in one or two
 * cache lines. Built once per reconciliation.
 */
final class ReferenceIndex {

  /** Entry kinds: which text of the invoice gave the key. */
  static final byte ID = 0;
  static final byte REFERENCE = 2;
  static final byte REFERENCE_RF = 3;
  /** No entry: the text is not indexed. */
  static final byte NONE = -1;

  private long[] keys;
  private int[] invoice;
  private byte[] kind;
  private long[] strict;
  private long[] loose;
  private int count;

  private int shift;
  private int[] bucketStart;
  /**
   * The entries grouped by bucket, four longs each (so that a look-up reads one or two cache lines,
   * not one per field): the key, the strict key, the loose key, and the invoice shifted left 8 bits
   * with the kind in the low byte.
   */
  private long[] sorted;

  ReferenceIndex(int expectedEntries) {
    int e = Math.max(16, expectedEntries);
    keys = new long[e];
    invoice = new int[e];
    kind = new byte[e];
    strict = new long[e];
    loose = new long[e];
  }

  /**
   * Adds an entry: the text's keys (its lookup key, and its strict and loose keys, kept so that a
   * lookup can tell the candidates apart without reading their texts again; 0 for a text without
   * a loose key) for an invoice.
   */
  void add(long lookupKey, long strictKey, long looseKey, int invoiceIndex, byte entryKind) {
    if (count == keys.length) {
      int n = keys.length * 2;
      keys = Arrays.copyOf(keys, n);
      invoice = Arrays.copyOf(invoice, n);
      kind = Arrays.copyOf(kind, n);
      strict = Arrays.copyOf(strict, n);
      loose = Arrays.copyOf(loose, n);
    }
    keys[count] = lookupKey;
    invoice[count] = invoiceIndex;
    kind[count] = entryKind;
    strict[count] = strictKey;
    loose[count] = looseKey;
    count++;
  }

  private ReferenceIndex() {}

  /**
   * The index of two texts per row, built in bulk: row {@code r}'s id text has the keys {@code
   * idKeys[3r .. 3r + 2]} (lookup, strict, loose) and the kind {@code idKinds[r]}, its reference
   * {@code refKeys[3r ..]} and {@code refKinds[r]} ({@link #NONE} for a text not indexed), both for
   * invoice {@code invoiceOf[r]}. The entries of one key come in the order of their invoices, the id
   * before the reference of the same invoice: what {@link #add}ing them in that order and {@link
   * #build()}ing gives. Counted and placed in parallel when {@code parallel}, by fixed ranges of
   * rows, each bucket then put in that order, so the result does not depend on the split.
   */
  static ReferenceIndex of(long[] idKeys, byte[] idKinds, long[] refKeys, byte[] refKinds, int[] invoiceOf,
      boolean parallel) {
    int rows = idKinds.length;
    int chunks = parallel && rows >= 50_000 ? Math.max(1, Runtime.getRuntime().availableProcessors()) : 1;
    int[] chunkFrom = new int[chunks + 1];
    for (int c = 0; c <= chunks; c++) {
      chunkFrom[c] = (int) ((long) rows * c / chunks);
    }
    int[] entries = new int[chunks];
    forEach(chunks, c -> {
      int k = 0;
      for (int r = chunkFrom[c]; r < chunkFrom[c + 1]; r++) {
        k += (idKinds[r] != NONE ? 1 : 0) + (refKinds[r] != NONE ? 1 : 0);
      }
      entries[c] = k;
    });
    int count = 0;
    for (int k : entries) {
      count += k;
    }
    ReferenceIndex x = new ReferenceIndex();
    x.count = count;
    int bits = Math.max(4, 32 - Integer.numberOfLeadingZeros(Math.max(1, count)));
    x.shift = 64 - bits;
    int buckets = 1 << bits;
    // per range of rows, how many entries fall in each bucket; then where each range's entries of a
    // bucket start
    int[][] fill = new int[chunks][];
    forEach(chunks, c -> {
      int[] f = new int[buckets];
      for (int r = chunkFrom[c]; r < chunkFrom[c + 1]; r++) {
        if (idKinds[r] != NONE) {
          f[x.bucket(idKeys[3 * r])]++;
        }
        if (refKinds[r] != NONE) {
          f[x.bucket(refKeys[3 * r])]++;
        }
      }
      fill[c] = f;
    });
    x.bucketStart = new int[buckets + 1];
    int at = 0;
    for (int b = 0; b < buckets; b++) {
      x.bucketStart[b] = at;
      for (int c = 0; c < chunks; c++) {
        int k = fill[c][b];
        fill[c][b] = at;
        at += k;
      }
    }
    x.bucketStart[buckets] = at;
    x.sorted = new long[4 * count];
    forEach(chunks, c -> {
      int[] f = fill[c];
      for (int r = chunkFrom[c]; r < chunkFrom[c + 1]; r++) {
        if (idKinds[r] != NONE) {
          x.place(f, idKeys, r, invoiceOf[r], idKinds[r]);
        }
        if (refKinds[r] != NONE) {
          x.place(f, refKeys, r, invoiceOf[r], refKinds[r]);
        }
      }
    });
    // each bucket (about one entry) in invoice order, the id first
    int[] bucketFrom = new int[chunks + 1];
    for (int c = 0; c <= chunks; c++) {
      bucketFrom[c] = (int) ((long) buckets * c / chunks);
    }
    forEach(chunks, c -> {
      for (int b = bucketFrom[c]; b < bucketFrom[c + 1]; b++) {
        if (x.bucketStart[b + 1] - x.bucketStart[b] > 1) {
          x.sortBucket(x.bucketStart[b], x.bucketStart[b + 1]);
        }
      }
    });
    return x;
  }

  private static void forEach(int chunks, java.util.function.IntConsumer task) {
    IntStream range = IntStream.range(0, chunks);
    (chunks > 1 ? range.parallel() : range).forEach(task);
  }

  private void place(int[] fill, long[] keys3, int r, int invoiceIndex, byte entryKind) {
    long key = keys3[3 * r];
    int e = fill[bucket(key)]++;
    put(e, key, keys3[3 * r + 1], keys3[3 * r + 2], invoiceIndex, entryKind);
  }

  /**
   * Sorts entries {@code [from, to)} by invoice, then kind (the id first; an invoice has at most one
   * id and one reference entry): by insertion when few (the usual bucket holds one or two), else by
   * sorting their positions (a bucket may hold every invoice when they share one key).
   */
  private void sortBucket(int from, int to) {
    if (to - from > 16) {
      int size = to - from;
      long[] order = new long[size];
      for (int k = 0; k < size; k++) {
        long rank = 2L * invoiceOf(from + k) + (kindOf(from + k) == ID ? 0 : 1);
        order[k] = rank << 31 | k;
      }
      Arrays.sort(order);
      long[] entries0 = Arrays.copyOfRange(sorted, 4 * from, 4 * to);
      for (int k = 0; k < size; k++) {
        int src = (int) (order[k] & 0x7FFF_FFFFL);
        System.arraycopy(entries0, 4 * src, sorted, 4 * (from + k), 4);
      }
      return;
    }
    for (int a = from + 1; a < to; a++) {
      long k = sorted[4 * a];
      long st = sorted[4 * a + 1];
      long lo = sorted[4 * a + 2];
      long ik = sorted[4 * a + 3];
      int inv = invoiceOf(a);
      byte kd = kindOf(a);
      int b = a - 1;
      while (b >= from && (invoiceOf(b) > inv || invoiceOf(b) == inv && kindOf(b) > kd)) {
        System.arraycopy(sorted, 4 * b, sorted, 4 * (b + 1), 4);
        b--;
      }
      sorted[4 * (b + 1)] = k;
      sorted[4 * (b + 1) + 1] = st;
      sorted[4 * (b + 1) + 2] = lo;
      sorted[4 * (b + 1) + 3] = ik;
    }
  }

  private void put(int e, long key, long strictKey, long looseKey, int invoiceIndex, byte entryKind) {
    sorted[4 * e] = key;
    sorted[4 * e + 1] = strictKey;
    sorted[4 * e + 2] = looseKey;
    sorted[4 * e + 3] = (long) invoiceIndex << 8 | (entryKind & 0xFF);
  }

  /** Groups the entries; call once, after the last {@link #add}. */
  void build() {
    int bits = Math.max(4, 32 - Integer.numberOfLeadingZeros(Math.max(1, count)));
    shift = 64 - bits;
    bucketStart = new int[(1 << bits) + 1];
    for (int i = 0; i < count; i++) {
      bucketStart[bucket(keys[i]) + 1]++;
    }
    for (int b = 0; b < bucketStart.length - 1; b++) {
      bucketStart[b + 1] += bucketStart[b];
    }
    int[] fill = Arrays.copyOf(bucketStart, bucketStart.length - 1);
    sorted = new long[4 * count];
    for (int i = 0; i < count; i++) {
      int at = fill[bucket(keys[i])]++;
      put(at, keys[i], strict[i], loose[i], invoice[i], kind[i]);
    }
    keys = null;
    invoice = null;
    kind = null;
    strict = null;
    loose = null;
  }

  private int bucket(long key) {
    return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
  }

  /** The first entry for the key, or -1. */
  int first(long key) {
    int b = bucket(key);
    return scan(key, bucketStart[b], bucketStart[b + 1]);
  }

  /** The entry after {@code entry} for the same key, or -1. */
  int next(int entry) {
    long key = sorted[4 * entry];
    return scan(key, entry + 1, bucketStart[bucket(key) + 1]);
  }

  private int scan(long key, int from, int to) {
    for (int e = from; e < to; e++) {
      if (sorted[4 * e] == key) {
        return e;
      }
    }
    return -1;
  }

  int invoiceOf(int entry) {
    return (int) (sorted[4 * entry + 3] >> 8);
  }

  byte kindOf(int entry) {
    return (byte) sorted[4 * entry + 3];
  }

  /** The strict key of the entry's text. */
  long strictOf(int entry) {
    return sorted[4 * entry + 1];
  }

  /** The loose key of the entry's text, or 0 when the text has none ({@link Keys.TextKeys#hasLoose()}). */
  long looseOf(int entry) {
    return sorted[4 * entry + 2];
  }
}
