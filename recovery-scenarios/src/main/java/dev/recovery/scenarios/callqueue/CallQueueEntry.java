package dev.recovery.scenarios.callqueue;

import dev.recovery.scenarios.run.PlannedAction;
import java.util.List;
import java.util.Objects;

/**
 * One call in the day's queue: its rank, its priority and why.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rank 1 for the first call to make
 * @param action the planned call
 * @param priority the priority score (higher first), sum of the contributions in {@code reasons}
 * @param reasons each factor of the priority, in words
 */
public record CallQueueEntry(int rank, PlannedAction action, long priority, List<String> reasons) {

  /** Validates and copies. */
  public CallQueueEntry {
    Objects.requireNonNull(action, "action");
    reasons = List.copyOf(reasons);
  }
}
