package dev.recovery.core.io;

import java.util.Arrays;

/** A growable list of line numbers without boxing. Not thread-safe. */
final class LineList {

  private long[] values = new long[64];
  private int size;

  /** Appends a line number. */
  void add(long line) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size * 2);
    }
    values[size++] = line;
  }

  /** The line numbers added, in order. */
  long[] toArray() {
    return Arrays.copyOf(values, size);
  }
}
