package dev.recovery.scenarios.scenario;

import dev.recovery.core.ledger.DebtorType;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered set of scenarios; a debtor follows the first one that applies to its segment and type.
 *
 * <p>Immutable and thread-safe.
 */
public final class ScenarioBook {

  private final List<Scenario> scenarios;

  private ScenarioBook(List<Scenario> scenarios) {
    this.scenarios = List.copyOf(scenarios);
    Set<String> ids = new HashSet<>();
    for (Scenario s : this.scenarios) {
      if (!ids.add(s.id())) {
        throw new IllegalArgumentException("scenario id '" + s.id() + "' is repeated");
      }
    }
  }

  /** A book of these scenarios, in priority order. */
  public static ScenarioBook of(List<Scenario> scenarios) {
    return new ScenarioBook(Objects.requireNonNull(scenarios, "scenarios"));
  }

  /** A book of these scenarios, in priority order. */
  public static ScenarioBook of(Scenario... scenarios) {
    return new ScenarioBook(List.of(scenarios));
  }

  /** The scenarios, in priority order. */
  public List<Scenario> scenarios() {
    return scenarios;
  }

  /** The scenario with that id. */
  public Optional<Scenario> get(String id) {
    return scenarios.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  /** The first scenario that applies to a debtor of this segment and type. */
  public Optional<Scenario> select(String segment, DebtorType type) {
    for (Scenario s : scenarios) {
      if (s.appliesTo().matches(segment, type)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ScenarioBook b && scenarios.equals(b.scenarios);
  }

  @Override
  public int hashCode() {
    return scenarios.hashCode();
  }

  @Override
  public String toString() {
    return "ScenarioBook" + scenarios.stream().map(Scenario::id).toList();
  }
}
