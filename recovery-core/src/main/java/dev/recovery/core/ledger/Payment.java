package dev.recovery.core.ledger;

import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A payment received (from the host's books or a bank statement line), before or after matching.
 *
 * <p>Immutable and thread-safe.
 *
 * @param id the payment or statement line id
 * @param date the booking (value) date
 * @param amount the amount received, positive
 * @param debtorId the payer's debtor account when the host knows it
 * @param remittance the remittance text (unstructured or structured reference), if any
 * @param payerName the payer's name as the bank reports it, if any
 * @param payerIban the payer's IBAN, if any
 */
public record Payment(
    PaymentId id,
    LocalDate date,
    Money amount,
    Optional<DebtorId> debtorId,
    Optional<String> remittance,
    Optional<String> payerName,
    Optional<String> payerIban) {

  /** Validates the fields. */
  public Payment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(remittance, "remittance");
    Objects.requireNonNull(payerName, "payerName");
    Objects.requireNonNull(payerIban, "payerIban");
    if (!amount.isPositive()) {
      throw new IllegalArgumentException("payment " + id + ": amount must be positive, was " + amount);
    }
    payerIban = payerIban.map(Debtor::normaliseIban);
  }

  /** A payment from a known debtor with an optional remittance text. */
  public static Payment of(PaymentId id, LocalDate date, Money amount, DebtorId debtorId, String remittance) {
    return new Payment(id, date, amount, Optional.ofNullable(debtorId), Optional.ofNullable(remittance),
        Optional.empty(), Optional.empty());
  }
}
