package dev.recovery.core.casefile;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact attempt or conversation with the debtor or a third party.
 *
 * <p>Immutable and thread-safe.
 *
 * @param debtorId the debtor account
 * @param at when it happened, with the offset it happened at
 * @param channel the channel used
 * @param direction outbound (we called) or inbound (they called)
 * @param outcome what happened
 * @param person who was reached: {@code debtor} or a third-party role ({@code spouse}, {@code employer},
 *     {@code relative}, {@code attorney}, ...)
 * @param debt the debt concerned; defaults to the debtor account when absent
 * @param invoices the invoices concerned
 * @param note free text
 */
public record Contact(
    DebtorId debtorId,
    OffsetDateTime at,
    Channel channel,
    Direction direction,
    Outcome outcome,
    String person,
    Optional<String> debt,
    List<InvoiceId> invoices,
    Optional<String> note) implements CaseEvent {

  /** The person code for the debtor themself. */
  public static final String DEBTOR = "debtor";

  /** Who initiated the contact. */
  public enum Direction {
    /** We contacted the debtor. */
    OUTBOUND,
    /** The debtor contacted us. */
    INBOUND;

    /** Parses {@code outbound} or {@code inbound}. */
    public static Direction parse(String text) {
      String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
      for (Direction d : values()) {
        if (d.name().equals(t)) {
          return d;
        }
      }
      throw new IllegalArgumentException("direction '" + text + "' is not one of outbound, inbound");
    }

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The code used in files. */
    public String code() {
      return code;
    }
  }

  /** What a contact attempt gave. */
  public enum Outcome {
    /** The person was reached and spoken to (a conversation). */
    REACHED,
    /** Nobody answered. */
    NO_ANSWER,
    /** A voicemail message was left. */
    VOICEMAIL,
    /** Someone other than the intended person answered. */
    WRONG_PARTY,
    /** The person refused to talk or asked not to be contacted again. */
    REFUSED,
    /** A written message was sent (e-mail, SMS, letter). */
    SENT;

    /** Parses the code ({@code no_answer}, ...), case-insensitive, '-' or '_'. */
    public static Outcome parse(String text) {
      String t = text == null ? "" : text.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (Outcome o : values()) {
        if (o.name().equals(t)) {
          return o;
        }
      }
      throw new IllegalArgumentException("outcome '" + text
          + "' is not one of reached, no_answer, voicemail, wrong_party, refused, sent");
    }

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The code used in files. */
    public String code() {
      return code;
    }
  }

  /** Validates the fields. */
  public Contact {
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(person, "person");
    Objects.requireNonNull(debt, "debt");
    Objects.requireNonNull(note, "note");
    person = person.strip().toLowerCase(Locale.ROOT);
    if (person.isEmpty()) {
      throw new IllegalArgumentException("person must not be blank (use 'debtor' or a third-party role)");
    }
    invoices = invoices == null ? List.of() : List.copyOf(invoices);
  }

  /** An outbound contact with the debtor about the debtor account. */
  public static Contact outbound(DebtorId debtorId, OffsetDateTime at, Channel channel, Outcome outcome) {
    return new Contact(debtorId, at, channel, Direction.OUTBOUND, outcome, DEBTOR, Optional.empty(), List.of(),
        Optional.empty());
  }

  /** The debt concerned: the explicit one, else the debtor account id. */
  public String debtKey() {
    return debt.orElse(debtorId.value());
  }

  /** Whether the person reached is the debtor (not a third party). */
  public boolean isWithDebtor() {
    return DEBTOR.equals(person);
  }

  /** Whether this was a telephone conversation with someone (reached on the phone). */
  public boolean isConversation() {
    return channel == Channel.PHONE && outcome == Outcome.REACHED;
  }

  @Override
  public LocalDate date() {
    return at.toLocalDate();
  }

  @Override
  public String type() {
    return "contact";
  }
}
