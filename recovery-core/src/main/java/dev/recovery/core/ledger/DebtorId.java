package dev.recovery.core.ledger;

import java.util.Objects;

/**
 * Identifies a debtor account (the customer who owes).
 *
 * <p>Immutable and thread-safe; compared by value.
 *
 * @param value the identifier as the host knows it, trimmed and never blank
 */
public record DebtorId(String value) implements Comparable<DebtorId> {

  /** Validates the identifier. */
  public DebtorId {
    Objects.requireNonNull(value, "debtorId");
    if (value.isBlank()) {
      throw new IllegalArgumentException("debtorId must not be blank");
    }
    value = value.strip();
  }

  /** The identifier with that text. */
  public static DebtorId of(String value) {
    return new DebtorId(value);
  }

  @Override
  public int compareTo(DebtorId other) {
    return value.compareTo(other.value);
  }

  /**
   * Equal when the texts are: what the record's own {@code equals} gives, written out (ids are
   * compared and hashed millions of times a run, and the generated method goes through a method
   * handle).
   */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof DebtorId other && value.equals(other.value);
  }

  /** The text's hash: what the record's own {@code hashCode} gives for its one component. */
  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** The identifier text. */
  @Override
  public String toString() {
    return value;
  }
}
