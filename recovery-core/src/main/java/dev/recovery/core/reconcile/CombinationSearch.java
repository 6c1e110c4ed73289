package dev.recovery.core.reconcile;

import java.util.ArrayList;
import java.util.List;

/**
 * Bounded subset-sum: combinations of 2 to k items whose amounts (minor units) sum exactly to a
 * target, found by depth-first search over the amounts sorted from largest to smallest, pruned when
 * the largest items left cannot reach the target, and stopped after a node budget.
 */
final class CombinationSearch {

  private final long[] values;
  private final int[] ids;
  private final long[] prefix;
  private final long target;
  private final int maxSize;
  private final int budget;
  private final int limit;
  private final int[] chosen;
  private final List<int[]> solutions = new ArrayList<>();
  private int nodes;
  private boolean exhausted;

  /**
   * Prepares a search.
   *
   * @param values amounts, sorted from largest to smallest, all below the target and positive
   * @param ids the item behind each amount
   */
  CombinationSearch(long[] values, int[] ids, long target, int maxSize, int budget, int limit) {
    this.values = values;
    this.ids = ids;
    this.target = target;
    this.maxSize = maxSize;
    this.budget = budget;
    this.limit = limit;
    this.chosen = new int[Math.max(1, maxSize)];
    this.prefix = new long[values.length + 1];
    for (int i = 0; i < values.length; i++) {
      prefix[i + 1] = prefix[i] + values[i];
    }
  }

  /** Runs the search; returns the combinations found (item ids), at most {@code limit}. */
  List<int[]> run() {
    if (maxSize >= 2 && values.length >= 2) {
      search(0, 0, 0);
    }
    return solutions;
  }

  /** Whether the budget ran out before the search space was covered. */
  boolean exhausted() {
    return exhausted;
  }

  /** The nodes visited. */
  int nodes() {
    return nodes;
  }

  private void search(int from, int size, long sum) {
    for (int j = from; j < values.length; j++) {
      if (solutions.size() >= limit || exhausted) {
        return;
      }
      if (++nodes > budget) {
        exhausted = true;
        return;
      }
      long s = sum + values[j];
      if (s > target) {
        continue;
      }
      int room = maxSize - size - 1;
      long best = s + prefix[Math.min(values.length, j + 1 + room)] - prefix[j + 1];
      if (best < target) {
        return; // later items are smaller: no combination from here on reaches the target
      }
      chosen[size] = ids[j];
      if (s == target) {
        if (size + 1 >= 2) {
          solutions.add(java.util.Arrays.copyOf(chosen, size + 1));
        }
        continue;
      }
      if (room > 0) {
        search(j + 1, size + 1, s);
      }
    }
  }
}
