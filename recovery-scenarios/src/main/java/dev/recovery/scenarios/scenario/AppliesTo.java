package dev.recovery.scenarios.scenario;

import dev.recovery.core.ledger.DebtorType;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which debtors a scenario applies to: by segment and debtor type. An empty set matches any.
 *
 * <p>Immutable and thread-safe.
 *
 * @param segments segment names ({@code standard}, {@code key-account}, ...)
 * @param debtorTypes debtor types
 */
public record AppliesTo(Set<String> segments, Set<DebtorType> debtorTypes) {

  /** Copies the sets. */
  public AppliesTo {
    segments = Set.copyOf(new TreeSet<>(Objects.requireNonNull(segments, "segments")));
    debtorTypes = debtorTypes == null || debtorTypes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(debtorTypes));
  }

  /** Matches every debtor. */
  public static AppliesTo any() {
    return new AppliesTo(Set.of(), Set.of());
  }

  /** Whether a debtor of this segment and type is covered. */
  public boolean matches(String segment, DebtorType type) {
    return (segments.isEmpty() || segments.contains(segment)) && (debtorTypes.isEmpty() || debtorTypes.contains(type));
  }
}
