package dev.recovery.scenarios.simulate;

import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.ReasonFamily;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * How a debtor whose delay has a given {@link ReasonFamily} reacts once a contact gets through (the
 * call reached the debtor, the letter or message was read).
 *
 * <p>Immutable and thread-safe.
 *
 * @param payAfter probability of paying the invoices the contact concerns, per channel
 * @param disputeOnContact probability that a contact that gets through opens a dispute on its first invoice
 * @param promiseShare probability that a phone conversation that does not settle ends in a promise to pay
 * @param promiseKept probability that such a promise is kept
 * @param agencyRecovery share of the handed-over files an agency recovers
 * @param unpromptedDelayFactor how much longer than the segment's natural delay this family pays when unprompted
 */
public record FamilyBehaviour(Map<Channel, Double> payAfter, double disputeOnContact, double promiseShare,
    double promiseKept, double agencyRecovery, double unpromptedDelayFactor) {

  /** Validates and copies. */
  public FamilyBehaviour {
    Objects.requireNonNull(payAfter, "payAfter");
    payAfter.forEach((c, p) -> BehaviourModel.checkProbability("payAfter." + c.code(), p));
    payAfter = Map.copyOf(payAfter);
    BehaviourModel.checkProbability("disputeOnContact", disputeOnContact);
    BehaviourModel.checkProbability("promiseShare", promiseShare);
    BehaviourModel.checkProbability("promiseKept", promiseKept);
    BehaviourModel.checkProbability("agencyRecovery", agencyRecovery);
    if (!(unpromptedDelayFactor > 0)) {
      throw new IllegalArgumentException("unpromptedDelayFactor must be positive, was " + unpromptedDelayFactor);
    }
  }

  /** The probability of paying after a contact through {@code channel} that got through. */
  public double payAfter(Channel channel) {
    return payAfter.getOrDefault(channel, 0.0);
  }

  /** This behaviour with another probability of paying after {@code channel}: the calibration hook. */
  public FamilyBehaviour withPayAfter(Channel channel, double probability) {
    Map<Channel, Double> m = new EnumMap<>(Channel.class);
    m.putAll(payAfter);
    m.put(channel, probability);
    return new FamilyBehaviour(m, disputeOnContact, promiseShare, promiseKept, agencyRecovery, unpromptedDelayFactor);
  }

  /**
   * The documented default for a family.
   *
   * <ul>
   *   <li>{@code negligence} (forgotten, lost invoice): any reminder that is read works; a call that
   *       reaches the debtor settles 90 %, an e-mail or SMS 55 % / 50 %, a letter 60 %; promises are
   *       kept (90 %); an agency recovers 85 %.
   *   <li>{@code cash} (cash problem): reminders change little (e-mail 5 %, letter 10 %); a call
   *       settles 45 % and ends in a promise in 60 % of the other cases, kept half of the time; the
   *       formal notice 35 %; an agency recovers 50 %; unprompted payments come twice as late.
   *   <li>{@code dispute} (acceptable dispute): a contact that gets through opens a dispute 80 % of the
   *       time, which takes time to resolve (see {@link BehaviourModel#disputeDays()}); an agency recovers 60 %.
   *   <li>{@code bad_faith}: written reminders are ignored (2-3 %), a call settles 30 %, the formal
   *       notice 40 %; promises are mostly broken (kept 20 %); an agency recovers 35 %; unprompted
   *       payments come three times as late.
   * </ul>
   * Weighted by the standard mix of families, a call that reaches the debtor ends in payment about
   * 80 % of the time once promises kept and disputes resolved are counted, as practice reports.
   */
  public static FamilyBehaviour defaults(ReasonFamily family) {
    Objects.requireNonNull(family, "family");
    return switch (family) {
      case NEGLIGENCE -> new FamilyBehaviour(reactions(0.90, 0.85, 0.60, 0.55, 0.50, 0.50, 0.30), 0.02, 0.50, 0.90,
          0.85, 1.0);
      case CASH -> new FamilyBehaviour(reactions(0.45, 0.35, 0.10, 0.05, 0.05, 0.05, 0.05), 0.02, 0.60, 0.50, 0.50,
          2.0);
      case DISPUTE -> new FamilyBehaviour(reactions(0.10, 0.10, 0.05, 0.05, 0.05, 0.05, 0.02), 0.80, 0.20, 0.70,
          0.60, 1.5);
      case BAD_FAITH -> new FamilyBehaviour(reactions(0.30, 0.40, 0.03, 0.02, 0.02, 0.02, 0.00), 0.05, 0.50, 0.20,
          0.35, 3.0);
    };
  }

  private static Map<Channel, Double> reactions(double phone, double registered, double letter, double email,
      double sms, double whatsapp, double voicemail) {
    Map<Channel, Double> m = new EnumMap<>(Channel.class);
    m.put(Channel.PHONE, phone);
    m.put(Channel.REGISTERED_LETTER, registered);
    m.put(Channel.LETTER, letter);
    m.put(Channel.EMAIL, email);
    m.put(Channel.SMS, sms);
    m.put(Channel.WHATSAPP, whatsapp);
    m.put(Channel.VOICEMAIL, voicemail);
    return m;
  }
}
