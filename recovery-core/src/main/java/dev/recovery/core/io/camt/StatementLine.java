package dev.recovery.core.io.camt;

import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of a camt.053 statement: an entry ({@code Ntry}), or one transaction of a batch entry
 * when the transactions carry their own amounts.
 *
 * <p>Immutable and thread-safe. Only booked, non-reversed credit lines are payments ({@link
 * #isPayment()}); the others carry the reason they are left out ({@link #exclusion()}).
 *
 * @param id the payment id given to the line: the bank's reference when unique, else statement id,
 *     entry number and transaction number
 * @param statementId the statement ({@code Stmt/Id})
 * @param entryNumber the entry's position in the statement, from 1
 * @param transactionNumber the transaction's position in the entry, from 1; 0 for a whole entry
 * @param line the line of the {@code Ntry} element in the file
 * @param credit whether money came in ({@code CRDT}) rather than out ({@code DBIT})
 * @param reversal whether the entry is a reversal ({@code RvslInd} true)
 * @param status the entry status ({@code BOOK}, {@code PDNG}, {@code INFO})
 * @param amount the amount and currency
 * @param bookingDate the booking date, if given
 * @param valueDate the value date, if given
 * @param partyName the counterparty's name: the debtor of a credit, the creditor of a debit
 * @param partyIban the counterparty's IBAN
 * @param endToEndId the end-to-end id, if given and not {@code NOTPROVIDED}
 * @param unstructured the unstructured remittance texts ({@code Ustrd})
 * @param structured the structured references ({@code Strd/CdtrRefInf/Ref}, {@code Strd/RfrdDocInf/Nb})
 * @param notes remarks made while reading (an amount in the transaction details that differs)
 * @param exclusion why the line is not a payment to reconcile; empty when it is one
 */
public record StatementLine(PaymentId id, String statementId, int entryNumber, int transactionNumber, int line,
    boolean credit, boolean reversal, String status, Money amount, Optional<LocalDate> bookingDate,
    Optional<LocalDate> valueDate, Optional<String> partyName, Optional<String> partyIban,
    Optional<String> endToEndId, List<String> unstructured, List<String> structured, List<String> notes,
    Optional<String> exclusion) {

  /** Validates and copies the fields. */
  public StatementLine {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(bookingDate, "bookingDate");
    Objects.requireNonNull(valueDate, "valueDate");
    Objects.requireNonNull(partyName, "partyName");
    Objects.requireNonNull(partyIban, "partyIban");
    Objects.requireNonNull(endToEndId, "endToEndId");
    unstructured = List.copyOf(unstructured);
    structured = List.copyOf(structured);
    notes = List.copyOf(notes);
    Objects.requireNonNull(exclusion, "exclusion");
    if (bookingDate.isEmpty() && valueDate.isEmpty()) {
      throw new IllegalArgumentException("statement line " + id + " has neither a booking nor a value date");
    }
  }

  /** Whether the line is a payment received: booked, a credit, not a reversal. */
  public boolean isPayment() {
    return exclusion.isEmpty();
  }

  /** The date the money counts from: the booking date, else the value date. */
  public LocalDate date() {
    return bookingDate.orElseGet(valueDate::orElseThrow);
  }

  /** The remittance as one text: structured references first, then the unstructured texts. */
  public Optional<String> remittance() {
    List<String> parts = new ArrayList<>(structured);
    parts.addAll(unstructured);
    return parts.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", parts));
  }

  /**
   * The payment to reconcile.
   *
   * @throws IllegalStateException if the line is not a payment (see {@link #exclusion()})
   */
  public Payment toPayment() {
    if (!isPayment()) {
      throw new IllegalStateException("statement line " + id + " is not a payment: " + exclusion.get());
    }
    return new Payment(id, date(), amount, Optional.empty(), remittance(), partyName, partyIban);
  }
}
