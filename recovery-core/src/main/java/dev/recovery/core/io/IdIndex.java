package dev.recovery.core.io;

/**
 * The first line on which each id was seen: an open-addressing hash table of strings to line numbers
 * without boxing, because a million-row import would otherwise allocate a map node and a {@code Long}
 * per row. Not thread-safe.
 */
final class IdIndex {

  private String[] keys = new String[1 << 10];
  private int[] hashes = new int[1 << 10];
  private long[] lines = new long[1 << 10];
  private int size;

  /**
   * Records {@code id} as seen on {@code line} unless it was seen before.
   *
   * @return the line it was first seen on, or -1 if it is new
   */
  long putIfAbsent(String id, long line) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int h = mix(id.hashCode());
    int i = h & mask;
    while (true) {
      String k = keys[i];
      if (k == null) {
        keys[i] = id;
        hashes[i] = h;
        lines[i] = line;
        size++;
        return -1;
      }
      // compare the stored hash first: it avoids touching the other string in the common case
      if (hashes[i] == h && k.equals(id)) {
        return lines[i];
      }
      i = (i + 1) & mask;
    }
  }

  private static int mix(int h) {
    int x = h * 0x9E3779B9;
    return x ^ (x >>> 16);
  }

  private void grow() {
    String[] oldKeys = keys;
    int[] oldHashes = hashes;
    long[] oldLines = lines;
    keys = new String[oldKeys.length * 2];
    hashes = new int[oldKeys.length * 2];
    lines = new long[oldKeys.length * 2];
    int mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      String k = oldKeys[j];
      if (k != null) {
        int i = oldHashes[j] & mask;
        while (keys[i] != null) {
          i = (i + 1) & mask;
        }
        keys[i] = k;
        hashes[i] = oldHashes[j];
        lines[i] = oldLines[j];
      }
    }
  }
}
