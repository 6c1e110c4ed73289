package dev.recovery.scenarios.run;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer of an {@link ActionGate}: allowed, or blocked with reasons; a block that only depends on
 * the time of day or the day gives the next instant at which the contact would be allowed.
 *
 * <p>Immutable and thread-safe.
 *
 * @param allowed whether the contact may be made as proposed
 * @param reasons the rules that decided (for a block: the blocking ones)
 * @param nextAllowedAt for a time-only block, when it would be allowed
 */
public record GateVerdict(boolean allowed, List<Reason> reasons, Optional<ZonedDateTime> nextAllowedAt) {

  /** Validates and copies. */
  public GateVerdict {
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(nextAllowedAt, "nextAllowedAt");
  }

  /** Allowed, with no reasons. */
  public static GateVerdict allow() {
    return new GateVerdict(true, List.of(), Optional.empty());
  }

  /** Blocked for these reasons. */
  public static GateVerdict block(List<Reason> reasons, Optional<ZonedDateTime> nextAllowedAt) {
    return new GateVerdict(false, reasons, nextAllowedAt);
  }
}
