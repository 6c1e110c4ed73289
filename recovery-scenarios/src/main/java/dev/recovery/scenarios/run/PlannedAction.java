package dev.recovery.scenarios.run;

import dev.recovery.core.casefile.Channel;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An action the run plans for today: one message, call or hand-over covering all the debtor's
 * invoices due for the same step, with its idempotency key and its explanation.
 *
 * <p>Immutable and thread-safe. The id is stable: the same debtor, scenario, step and invoices give
 * the same id on any day and any machine, so a host that records it never sends it twice.
 *
 * @param id the idempotency key
 * @param asOf the run date
 * @param debtorId the debtor
 * @param scenario the scenario id
 * @param step the step id
 * @param stepIndex the step's position in its scenario (0-based)
 * @param channel the channel, empty for a hand-over
 * @param handOver whether the step hands the file over (agency, court, internal review)
 * @param invoices the invoices covered, sorted
 * @param amount the open amount of those invoices
 * @param scheduledAt when to act, in the debtor's time zone (moved to the next allowed instant when needed)
 * @param template the message template or the call script
 * @param language the debtor's language for the message
 * @param requiresApproval whether a person must approve it before it is carried out
 * @param penalties the late-payment penalties the message states, if any
 * @param explanation why this action, in words (the run writes the words when they are first read)
 */
public record PlannedAction(
    String id,
    LocalDate asOf,
    DebtorId debtorId,
    String scenario,
    String step,
    int stepIndex,
    Optional<Channel> channel,
    boolean handOver,
    List<InvoiceId> invoices,
    Money amount,
    ZonedDateTime scheduledAt,
    String template,
    String language,
    boolean requiresApproval,
    Optional<PenaltyQuote> penalties,
    List<String> explanation) {

  /** Validates and copies. */
  public PlannedAction {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(debtorId, "debtorId");
    Objects.requireNonNull(scenario, "scenario");
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(channel, "channel");
    invoices = List.copyOf(invoices);
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(scheduledAt, "scheduledAt");
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(penalties, "penalties");
    explanation = explanation instanceof Explanation ? explanation : List.copyOf(explanation);
  }

  /** The channel code, or {@code hand-over}. */
  public String channelCode() {
    return channel.map(Channel::code).orElse("hand-over");
  }
}
