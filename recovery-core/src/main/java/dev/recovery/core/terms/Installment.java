package dev.recovery.core.terms;

import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One due date of payment terms and the amount due then.
 *
 * <p>Immutable and thread-safe.
 *
 * @param number the 1-based installment number
 * @param dueDate the due date
 * @param amount the amount due on that date
 */
public record Installment(int number, LocalDate dueDate, Money amount) {

  /** Checks the number is positive and nothing is null. */
  public Installment {
    if (number < 1) {
      throw new IllegalArgumentException("installment number must be at least 1, was " + number);
    }
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(amount, "amount");
  }
}
