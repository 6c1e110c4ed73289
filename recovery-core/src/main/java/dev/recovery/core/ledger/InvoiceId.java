package dev.recovery.core.ledger;

import java.util.Objects;

/**
 * Identifies an invoice or a credit note, as numbered by the host ("F-2025-001").
 *
 * <p>Immutable and thread-safe; compared by value.
 *
 * @param value the identifier as the host knows it, trimmed and never blank
 */
public record InvoiceId(String value) implements Comparable<InvoiceId> {

  /** Validates the identifier. */
  public InvoiceId {
    Objects.requireNonNull(value, "invoiceId");
    if (value.isBlank()) {
      throw new IllegalArgumentException("invoiceId must not be blank");
    }
    value = value.strip();
  }

  /** The identifier with that text. */
  public static InvoiceId of(String value) {
    return new InvoiceId(value);
  }

  @Override
  public int compareTo(InvoiceId other) {
    return value.compareTo(other.value);
  }

  /**
   * Equal when the texts are: what the record's own {@code equals} gives, written out (ids are
   * compared and hashed millions of times a run, and the generated method goes through a method
   * handle).
   */
  @Override
  public boolean equals(Object o) {
    return this == o || o instanceof InvoiceId other && value.equals(other.value);
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
