package dev.recovery.core.casefile;

import dev.recovery.core.ledger.DebtorId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * The debtor asked not to be contacted through a channel any more.
 *
 * <p>Immutable and thread-safe.
 *
 * @param debtorId the debtor account
 * @param at when the request was made
 * @param channel the channel refused
 */
public record OptOut(DebtorId debtorId, OffsetDateTime at, Channel channel) implements CaseEvent {

  /** Validates the fields. */
  public OptOut {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channel, "channel");
  }

  @Override
  public LocalDate date() {
    return at.toLocalDate();
  }

  @Override
  public String type() {
    return "opt_out";
  }
}
