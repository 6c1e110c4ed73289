package dev.recovery.core.io.camt;

import dev.recovery.core.io.ImportFailure;
import dev.recovery.core.ledger.Payment;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A camt.053 statement file as read: its lines, and one failure per entry that could not be read.
 *
 * <p>Immutable and thread-safe.
 *
 * @param source the file name
 * @param version the message version from the namespace ({@code camt.053.001.02}), or {@code
 *     camt.053} when the namespace does not say
 * @param messageId the group header's message id, if given
 * @param accountIban the statement account's IBAN (of the first statement), if given
 * @param lines every line read, in file order
 * @param failures one per entry left out because it could not be read (no amount, no date, ...)
 */
public record CamtStatement(String source, String version, Optional<String> messageId, Optional<String> accountIban,
    List<StatementLine> lines, List<ImportFailure> failures) {

  /** Validates and copies the fields. */
  public CamtStatement {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(messageId, "messageId");
    Objects.requireNonNull(accountIban, "accountIban");
    lines = List.copyOf(lines);
    failures = List.copyOf(failures);
  }

  /** The payments received: booked credit lines that are not reversals. */
  public List<Payment> payments() {
    return lines.stream().filter(StatementLine::isPayment).map(StatementLine::toPayment).toList();
  }

  /** The lines left out of reconciliation (debits, reversals, not booked), each with its reason. */
  public List<StatementLine> excluded() {
    return lines.stream().filter(l -> !l.isPayment()).toList();
  }
}
