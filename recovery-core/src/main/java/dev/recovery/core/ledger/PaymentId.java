package dev.recovery.core.ledger;

import java.util.Objects;

/**
 * Identifies a payment or a bank statement line.
 *
 * <p>Immutable and thread-safe; compared by value.
 *
 * @param value the identifier as the host knows it, trimmed and never blank
 */
public record PaymentId(String value) implements Comparable<PaymentId> {

  /** Validates the identifier. */
  public PaymentId {
    Objects.requireNonNull(value, "paymentId");
    if (value.isBlank()) {
      throw new IllegalArgumentException("paymentId must not be blank");
    }
    value = value.strip();
  }

  /** The identifier with that text. */
  public static PaymentId of(String value) {
    return new PaymentId(value);
  }

  @Override
  public int compareTo(PaymentId other) {
    return value.compareTo(other.value);
  }

  /**
   * Equal when the texts are: what the record's own {@code equals} gives, written out (ids are
   * compared and hashed millions of times a run, and the generated method goes through a method
   * handle).
   */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof PaymentId other && value.equals(other.value);
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
