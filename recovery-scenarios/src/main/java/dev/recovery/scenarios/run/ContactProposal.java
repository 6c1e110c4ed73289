package dev.recovery.scenarios.run;

import dev.recovery.core.casefile.Channel;
import dev.recovery.core.ledger.Debtor;
import java.time.ZonedDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact the run would like to make, submitted to the {@link ActionGate} before it is planned.
 *
 * <p>Immutable and thread-safe.
 *
 * @param debtor the debtor (type, country, time zone)
 * @param person who is addressed: {@code debtor} or a third-party role
 * @param channel the channel
 * @param at when, in the debtor's time zone
 * @param debt the debt key (the debtor account id by default)
 * @param kind the kind of message: the template or script name, or {@code hand-over}
 * @param message the rendered text when known (voicemail and SMS content rules need it)
 */
public record ContactProposal(Debtor debtor, String person, Channel channel, ZonedDateTime at, String debt, String kind,
    Optional<String> message) {

  /** Validates the fields. */
  public ContactProposal {
    Objects.requireNonNull(debtor, "debtor");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(debt, "debt");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
  }
}
