package dev.recovery.core.reconcile;

import java.util.Arrays;

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

  private long[] keys;
  private int[] invoice;
  private byte[] kind;
  private long[] strict;
  private long[] loose;
  private int count;

  private int shift;
  private int[] bucketStart;
  private long[] sortedKeys;
  private int[] sortedInvoice;
  private byte[] sortedKind;
  private long[] sortedStrict;
  private long[] sortedLoose;

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
    sortedKeys = new long[count];
    sortedInvoice = new int[count];
    sortedKind = new byte[count];
    sortedStrict = new long[count];
    sortedLoose = new long[count];
    for (int i = 0; i < count; i++) {
      int at = fill[bucket(keys[i])]++;
      sortedKeys[at] = keys[i];
      sortedInvoice[at] = invoice[i];
      sortedKind[at] = kind[i];
      sortedStrict[at] = strict[i];
      sortedLoose[at] = loose[i];
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
    long key = sortedKeys[entry];
    return scan(key, entry + 1, bucketStart[bucket(key) + 1]);
  }

  private int scan(long key, int from, int to) {
    for (int e = from; e < to; e++) {
      if (sortedKeys[e] == key) {
        return e;
      }
    }
    return -1;
  }

  int invoiceOf(int entry) {
    return sortedInvoice[entry];
  }

  byte kindOf(int entry) {
    return sortedKind[entry];
  }

  /** The strict key of the entry's text. */
  long strictOf(int entry) {
    return sortedStrict[entry];
  }

  /** The loose key of the entry's text, or 0 when the text has none ({@link Keys.TextKeys#hasLoose()}). */
  long looseOf(int entry) {
    return sortedLoose[entry];
  }
}
