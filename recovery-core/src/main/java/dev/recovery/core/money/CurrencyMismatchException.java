package dev.recovery.core.money;

import java.util.Currency;
import java.util.Objects;

/**
 * Thrown when an operation combines amounts of two different currencies.
 *
 * <p>Carries both currencies so that callers can report exactly what was mixed.
 */
public final class CurrencyMismatchException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Currency expected;
  private final transient Currency actual;

  /**
   * Creates the exception.
   *
   * @param expected the currency of the left-hand operand
   * @param actual the currency of the right-hand operand
   */
  public CurrencyMismatchException(Currency expected, Currency actual) {
    super("currency mismatch: cannot combine " + Objects.requireNonNull(expected, "expected").getCurrencyCode()
        + " with " + Objects.requireNonNull(actual, "actual").getCurrencyCode());
    this.expected = expected;
    this.actual = actual;
  }

  /** The currency of the left-hand operand. */
  public Currency expected() {
    return expected;
  }

  /** The currency of the right-hand operand. */
  public Currency actual() {
    return actual;
  }
}
