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

  /** The identifier text. */
  @Override
  public String toString() {
    return value;
  }
}
