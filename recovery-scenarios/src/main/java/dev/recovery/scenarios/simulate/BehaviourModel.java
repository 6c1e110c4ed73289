package dev.recovery.scenarios.simulate;

import dev.recovery.core.casefile.Channel;
import dev.recovery.core.ledger.DebtorType;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How simulated debtors behave: when they pay without being chased, and how they react to each
 * channel. Hosts calibrate it on their own history; the defaults come from practice as reported in
 * the project's domain notes.
 *
 * <p>Defaults and their rationale:
 * <ul>
 *   <li>On time without any reminder: 55 % of invoices (businesses), 60 % (consumers), 35 % (public
 *       bodies, long invoice circuits); late but paid unprompted within {@code naturalDelayMaxDays}
 *       (default 60): 25 %; the rest wait for a reminder. French average payment delay was 11 days (2017).
 *   <li>Reaction to a contact (probability the debtor pays the invoices concerned within a few days):
 *       phone 0.55 (the call reaches the debtor about 70 % of the time, and a conversation settles about
 *       80 % of overdue invoices: 0.7 × 0.8), registered letter 0.45, letter 0.20 (about one paper
 *       reminder in two is never read), e-mail 0.12, SMS 0.10, WhatsApp 0.10, voicemail 0.05.
 *   <li>A phone conversation that does not settle ends in a promise to pay (30 % of those), kept 65 %
 *       of the time; a first contact raises a dispute 4 % of the time, resolved after 20 days.
 *   <li>A hand-over to an agency recovers 40 % of what it receives, after 30 days.
 * </ul>
 * Immutable and thread-safe.
 *
 * @param onTimeBusiness share of business invoices paid on time unprompted
 * @param onTimeConsumer share of consumer invoices paid on time unprompted
 * @param onTimePublic share of public-body invoices paid on time unprompted
 * @param lateUnprompted share paid late but unprompted
 * @param naturalDelayMaxDays the longest unprompted delay
 * @param reaction probability of paying after a contact, per channel
 * @param promiseShare share of unsettled phone conversations that end in a promise
 * @param promiseKept probability that a promise is kept
 * @param disputeShare probability that a first contact raises a dispute
 * @param disputeDays how long a dispute lasts
 * @param agencyRecovery share of the handed-over amount the agency recovers
 * @param agencyDays how long the agency takes
 */
public record BehaviourModel(double onTimeBusiness, double onTimeConsumer, double onTimePublic, double lateUnprompted,
    int naturalDelayMaxDays, Map<Channel, Double> reaction, double promiseShare, double promiseKept, double disputeShare,
    int disputeDays, double agencyRecovery, int agencyDays) {

  /** Validates and copies. */
  public BehaviourModel {
    Objects.requireNonNull(reaction, "reaction");
    reaction = Map.copyOf(reaction);
    for (double p : new double[] {onTimeBusiness, onTimeConsumer, onTimePublic, lateUnprompted, promiseShare,
        promiseKept, disputeShare, agencyRecovery}) {
      if (p < 0 || p > 1) {
        throw new IllegalArgumentException("probabilities must be within 0..1, found " + p);
      }
    }
  }

  /** The documented defaults. */
  public static BehaviourModel defaults() {
    Map<Channel, Double> r = new EnumMap<>(Channel.class);
    r.put(Channel.PHONE, 0.55);
    r.put(Channel.REGISTERED_LETTER, 0.45);
    r.put(Channel.LETTER, 0.20);
    r.put(Channel.EMAIL, 0.12);
    r.put(Channel.SMS, 0.10);
    r.put(Channel.WHATSAPP, 0.10);
    r.put(Channel.VOICEMAIL, 0.05);
    return new BehaviourModel(0.55, 0.60, 0.35, 0.25, 60, r, 0.30, 0.65, 0.04, 20, 0.40, 30);
  }

  /** The share of invoices paid on time unprompted for a debtor type. */
  public double onTime(DebtorType type) {
    return switch (type) {
      case BUSINESS -> onTimeBusiness;
      case CONSUMER -> onTimeConsumer;
      case PUBLIC -> onTimePublic;
    };
  }

  /** The probability of paying after a contact through {@code channel}. */
  public double reactionTo(Channel channel) {
    return reaction.getOrDefault(channel, 0.0);
  }
}
