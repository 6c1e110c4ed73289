package dev.recovery.core.reconcile;

import java.util.Arrays;

/**
 * A set of ints in insertion order, in primitive arrays: what a {@code LinkedHashSet<Integer>} of
 * a payment's referenced invoices does, without boxing. Small sets (the common case: one or two
 * invoices) are searched linearly; larger ones through an open-addressing table built on demand.
 * Not thread-safe.
 */
final class IntSet {

  private static final int[] EMPTY = new int[0];
  private static final int LINEAR = 16;

  private int[] values = EMPTY;
  private int size;
  /**
   * Positions + 1 of the values by hash slot, 0 for a free slot; null when not built (small set, or
   * after a removal).
   */
  private int[] table;

  int size() {
    return size;
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** The value at position {@code k} in insertion order. */
  int get(int k) {
    return values[k];
  }

  boolean contains(int v) {
    if (size <= LINEAR) {
      for (int k = 0; k < size; k++) {
        if (values[k] == v) {
          return true;
        }
      }
      return false;
    }
    if (table == null) {
      rebuild();
    }
    int mask = table.length - 1;
    for (int s = slot(v, mask); table[s] != 0; s = (s + 1) & mask) {
      if (values[table[s] - 1] == v) {
        return true;
      }
    }
    return false;
  }

  /** Adds the value at the end unless present; whether it was added. */
  boolean add(int v) {
    if (contains(v)) {
      return false;
    }
    if (size == values.length) {
      values = Arrays.copyOf(values, Math.max(4, size * 2));
    }
    values[size++] = v;
    if (table != null) {
      if (size * 2 > table.length) {
        rebuild();
      } else {
        insert(size - 1);
      }
    }
    return true;
  }

  void addAll(int[] vs, int from, int to) {
    for (int k = from; k < to; k++) {
      add(vs[k]);
    }
  }

  /** Removes the value at position {@code k}, keeping the order of the others. */
  void removeAt(int k) {
    System.arraycopy(values, k + 1, values, k, size - k - 1);
    size--;
    table = null;
  }

  /** Removes every value of {@code other}. */
  void removeAll(IntSet other) {
    if (other.size == 0 || size == 0) {
      return;
    }
    int j = 0;
    for (int k = 0; k < size; k++) {
      if (!other.contains(values[k])) {
        values[j++] = values[k];
      }
    }
    if (j != size) {
      size = j;
      table = null;
    }
  }

  int[] toArray() {
    return Arrays.copyOf(values, size);
  }

  private void rebuild() {
    int cap = Integer.highestOneBit(Math.max(LINEAR, size) * 4);
    table = new int[cap];
    for (int k = 0; k < size; k++) {
      insert(k);
    }
  }

  /** Puts the value at position {@code k} in the table. */
  private void insert(int k) {
    int mask = table.length - 1;
    int s = slot(values[k], mask);
    while (table[s] != 0) {
      s = (s + 1) & mask;
    }
    table[s] = k + 1;
  }

  private static int slot(int v, int mask) {
    int h = v * 0x9E3779B9;
    return (h ^ (h >>> 16)) & mask;
  }
}
