package dev.recovery.scenarios.simulate;

import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.ReasonFamily;
import dev.recovery.core.risk.Segments;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * How simulated debtors behave: when they pay without being chased (per segment), why the late ones
 * are late (a reason family drawn per debtor from its segment), whether a contact gets through (per
 * channel) and how they react to it (per family and channel). Hosts calibrate it on their own
 * history with the {@code with...} methods; the defaults come from practice as reported in the
 * project's domain notes (DOMAIN.md, "Channels and cost", "Find the reason for the delay").
 *
 * <p>Default segments ({@link Segments}): {@code key-account} 65 % on time, 20 % late unprompted;
 * {@code public-or-large} 30 % / 45 % (long invoice circuits, delays up to 90 days); {@code risky}
 * 35 % / 20 %, mostly cash problems and bad faith; {@code low-risk} 75 % / 15 %; {@code new} 50 % /
 * 20 %; {@code standard} and any other segment 55 % / 25 %, delays up to 60 days (the average French
 * payment delay was 11 days in 2017). Default chance that a contact gets through: phone 70 % (the
 * call reaches the debtor), letter 50 % (about one paper reminder in two is never read), registered
 * letter 95 %, e-mail 80 %, SMS and WhatsApp 90 %, voicemail 60 %. Reactions per family: {@link
 * FamilyBehaviour#defaults}. A dispute lasts {@code disputeDays} (20) and is followed by payment
 * {@code paidAfterDispute} (85 %) of the time; payments come 1 to {@code responseLagDays} (5) days
 * after the contact that prompted them; an agency pays what it recovers after {@code agencyDays} (30).
 * Immutable and thread-safe.
 *
 * @param segments behaviour per segment name
 * @param otherSegments behaviour of any segment not in {@code segments}
 * @param families reaction per reason family
 * @param getsThrough probability that a contact through the channel gets through (reached, read)
 * @param disputeDays how long a dispute takes to resolve
 * @param paidAfterDispute probability that a resolved dispute is followed by payment
 * @param responseLagDays the longest delay between a contact and the payment it prompts
 * @param agencyDays how long an agency takes to pay what it recovers
 */
public record BehaviourModel(Map<String, SegmentBehaviour> segments, SegmentBehaviour otherSegments,
    Map<ReasonFamily, FamilyBehaviour> families, Map<Channel, Double> getsThrough, int disputeDays,
    double paidAfterDispute, int responseLagDays, int agencyDays) {

  /** Validates and copies. */
  public BehaviourModel {
    segments = Map.copyOf(Objects.requireNonNull(segments, "segments"));
    Objects.requireNonNull(otherSegments, "otherSegments");
    families = Map.copyOf(Objects.requireNonNull(families, "families"));
    for (ReasonFamily f : ReasonFamily.values()) {
      if (!families.containsKey(f)) {
        throw new IllegalArgumentException("families must give a behaviour for every reason family, missing "
            + f.code());
      }
    }
    getsThrough.forEach((c, p) -> checkProbability("getsThrough." + c.code(), p));
    getsThrough = Map.copyOf(getsThrough);
    checkProbability("paidAfterDispute", paidAfterDispute);
    if (disputeDays < 1 || responseLagDays < 1 || agencyDays < 1) {
      throw new IllegalArgumentException("disputeDays, responseLagDays and agencyDays must be at least 1, were "
          + disputeDays + ", " + responseLagDays + " and " + agencyDays);
    }
  }

  /** The documented defaults. */
  public static BehaviourModel defaults() {
    Map<String, SegmentBehaviour> s = new HashMap<>();
    s.put(Segments.KEY_ACCOUNT, SegmentBehaviour.of(0.65, 0.20, 45, 0.60, 0.20, 0.15, 0.05));
    s.put(Segments.PUBLIC_OR_LARGE, SegmentBehaviour.of(0.30, 0.45, 90, 0.70, 0.05, 0.20, 0.05));
    s.put(Segments.RISKY, SegmentBehaviour.of(0.35, 0.20, 60, 0.25, 0.45, 0.10, 0.20));
    s.put(Segments.LOW_RISK, SegmentBehaviour.of(0.75, 0.15, 30, 0.75, 0.10, 0.10, 0.05));
    s.put(Segments.NEW, SegmentBehaviour.of(0.50, 0.20, 60, 0.50, 0.25, 0.10, 0.15));
    SegmentBehaviour standard = SegmentBehaviour.of(0.55, 0.25, 60, 0.55, 0.25, 0.10, 0.10);
    s.put(Segments.STANDARD, standard);
    Map<ReasonFamily, FamilyBehaviour> f = new EnumMap<>(ReasonFamily.class);
    for (ReasonFamily family : ReasonFamily.values()) {
      f.put(family, FamilyBehaviour.defaults(family));
    }
    Map<Channel, Double> through = new EnumMap<>(Channel.class);
    through.put(Channel.PHONE, 0.70);
    through.put(Channel.LETTER, 0.50);
    through.put(Channel.REGISTERED_LETTER, 0.95);
    through.put(Channel.EMAIL, 0.80);
    through.put(Channel.SMS, 0.90);
    through.put(Channel.WHATSAPP, 0.90);
    through.put(Channel.VOICEMAIL, 0.60);
    return new BehaviourModel(s, standard, f, through, 20, 0.85, 5, 30);
  }

  /** The behaviour of {@code segment} (the default one for a segment the model does not know). */
  public SegmentBehaviour segment(String segment) {
    return segment == null ? otherSegments : segments.getOrDefault(segment, otherSegments);
  }

  /** The reaction of debtors late for {@code family}. */
  public FamilyBehaviour family(ReasonFamily family) {
    return families.get(family);
  }

  /** The probability that a contact through {@code channel} gets through. */
  public double getsThrough(Channel channel) {
    return getsThrough.getOrDefault(channel, 0.0);
  }

  /** This model with {@code segment} behaving as {@code behaviour}. */
  public BehaviourModel withSegment(String segment, SegmentBehaviour behaviour) {
    Map<String, SegmentBehaviour> s = new HashMap<>(segments);
    s.put(Objects.requireNonNull(segment, "segment"), Objects.requireNonNull(behaviour, "behaviour"));
    return new BehaviourModel(s, otherSegments, families, getsThrough, disputeDays, paidAfterDispute, responseLagDays,
        agencyDays);
  }

  /** This model with debtors late for {@code family} reacting as {@code behaviour}. */
  public BehaviourModel withFamily(ReasonFamily family, FamilyBehaviour behaviour) {
    Map<ReasonFamily, FamilyBehaviour> f = new EnumMap<>(ReasonFamily.class);
    f.putAll(families);
    f.put(Objects.requireNonNull(family, "family"), Objects.requireNonNull(behaviour, "behaviour"));
    return new BehaviourModel(segments, otherSegments, f, getsThrough, disputeDays, paidAfterDispute, responseLagDays,
        agencyDays);
  }

  /** This model with another probability that a contact through {@code channel} gets through. */
  public BehaviourModel withGetsThrough(Channel channel, double probability) {
    Map<Channel, Double> g = new EnumMap<>(Channel.class);
    g.putAll(getsThrough);
    g.put(Objects.requireNonNull(channel, "channel"), probability);
    return new BehaviourModel(segments, otherSegments, families, g, disputeDays, paidAfterDispute, responseLagDays,
        agencyDays);
  }

  static void checkProbability(String name, double p) {
    if (!(p >= 0 && p <= 1)) {
      throw new IllegalArgumentException(name + " must be a probability within 0..1, was " + p);
    }
  }
}
