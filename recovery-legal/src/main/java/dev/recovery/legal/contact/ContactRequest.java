package dev.recovery.legal.contact;

import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A proposed contact, to be checked by a {@link ContactPolicy} against the debtor's case file.
 *
 * <p>Immutable and thread-safe. The instant is an {@link OffsetDateTime}; local rules (hours, days,
 * holidays) use the debtor's time zone, so a stale offset cannot move a call into the night.
 *
 * @param debtorId the debtor
 * @param debtorType business, consumer or public
 * @param zone the debtor's time zone (the consumer's location for Regulation F)
 * @param person who would be contacted: {@code "debtor"} or a third-party role ({@code "spouse"},
 *     {@code "employer"}, ...), lower case as in {@link Contact#person()}
 * @param channel the channel
 * @param at the instant of the contact
 * @param debt the debt key (as in {@link Contact#debtKey()}); empty for the debtor's whole account
 * @param message the message text to leave or send, if known (voicemail, SMS, ...)
 */
public record ContactRequest(DebtorId debtorId, DebtorType debtorType, ZoneId zone, String person, Channel channel,
    OffsetDateTime at, Optional<String> debt, Optional<String> message) {

  /** Validates and normalises the request. */
  public ContactRequest {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(debtorType, "debtorType");
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(debt, "debt");
    Objects.requireNonNull(message, "message");
    person = person.strip().toLowerCase(Locale.ROOT);
    if (person.isEmpty()) {
      throw new IllegalArgumentException("person must not be blank (use 'debtor' or a third-party role)");
    }
  }

  /** A contact with the debtor about the whole account, without message text. */
  public static ContactRequest of(DebtorId debtorId, DebtorType debtorType, ZoneId zone, Channel channel,
      OffsetDateTime at) {
    return new ContactRequest(debtorId, debtorType, zone, Contact.DEBTOR, channel, at, Optional.empty(),
        Optional.empty());
  }

  /** A contact with the debtor at a zoned date-time. */
  public static ContactRequest of(DebtorId debtorId, DebtorType debtorType, Channel channel, ZonedDateTime at) {
    return of(debtorId, debtorType, at.getZone(), channel, at.toOffsetDateTime());
  }

  /** This request for another person. */
  public ContactRequest withPerson(String person) {
    return new ContactRequest(debtorId, debtorType, zone, person, channel, at, debt, message);
  }

  /** This request about one debt. */
  public ContactRequest withDebt(String debt) {
    return new ContactRequest(debtorId, debtorType, zone, person, channel, at, Optional.ofNullable(debt), message);
  }

  /** This request with a message text. */
  public ContactRequest withMessage(String message) {
    return new ContactRequest(debtorId, debtorType, zone, person, channel, at, debt, Optional.ofNullable(message));
  }

  /** This request at another instant. */
  public ContactRequest withAt(OffsetDateTime at) {
    return new ContactRequest(debtorId, debtorType, zone, person, channel, at, debt, message);
  }

  /** This request on another channel. */
  public ContactRequest withChannel(Channel channel) {
    return new ContactRequest(debtorId, debtorType, zone, person, channel, at, debt, message);
  }

  /** The debt key: the debt, or the debtor id for the whole account (as {@link Contact#debtKey()}). */
  public String debtKey() {
    return debt.orElse(debtorId.value());
  }

  /** Whether the contact is with the debtor. */
  public boolean isWithDebtor() {
    return Contact.DEBTOR.equals(person);
  }

  /** The instant in the debtor's time zone. */
  public ZonedDateTime localTime() {
    return at.atZoneSameInstant(zone);
  }

  /** The debtor's local date. */
  public LocalDate localDate() {
    return localTime().toLocalDate();
  }
}
