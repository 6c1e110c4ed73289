package dev.recovery.scenarios.simulate;

import dev.recovery.core.casefile.Channel;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What each action costs the creditor, in euros. Defaults from practice (the project's domain
 * notes): a phone call 12.50 (10 to 15 EUR, about ten times a written reminder), a letter 1.30, a
 * registered letter with acknowledgement 7.50, an e-mail 0.02, an SMS 0.06, a WhatsApp message 0.05, a
 * voicemail (part of a call) 2.00; an agency takes a 15 % commission on what it recovers, charged when
 * the recovered amount arrives. Costs in another currency than EUR are not added to the totals.
 *
 * <p>Immutable and thread-safe.
 *
 * @param perContact the cost of one contact per channel
 * @param agencyCommission the agency's share of what it recovers
 */
public record CostModel(Map<Channel, Money> perContact, BigDecimal agencyCommission) {

  /** Validates and copies. */
  public CostModel {
    perContact = Map.copyOf(Objects.requireNonNull(perContact, "perContact"));
    perContact.forEach((c, m) -> {
      if (m.isNegative()) {
        throw new IllegalArgumentException("cost of " + c.code() + " must not be negative, was " + m);
      }
    });
    Objects.requireNonNull(agencyCommission, "agencyCommission");
    if (agencyCommission.signum() < 0 || agencyCommission.compareTo(BigDecimal.ONE) > 0) {
      throw new IllegalArgumentException("agencyCommission must be within 0..1, was " + agencyCommission);
    }
  }

  /** The documented defaults. */
  public static CostModel defaults() {
    Map<Channel, Money> m = new EnumMap<>(Channel.class);
    m.put(Channel.PHONE, Money.parse("EUR 12.50"));
    m.put(Channel.LETTER, Money.parse("EUR 1.30"));
    m.put(Channel.REGISTERED_LETTER, Money.parse("EUR 7.50"));
    m.put(Channel.EMAIL, Money.parse("EUR 0.02"));
    m.put(Channel.SMS, Money.parse("EUR 0.06"));
    m.put(Channel.WHATSAPP, Money.parse("EUR 0.05"));
    m.put(Channel.VOICEMAIL, Money.parse("EUR 2.00"));
    return new CostModel(m, new BigDecimal("0.15"));
  }

  /** This model with another cost for a contact through {@code channel}: the calibration hook. */
  public CostModel withCost(Channel channel, Money cost) {
    Map<Channel, Money> m = new EnumMap<>(Channel.class);
    m.putAll(perContact);
    m.put(Objects.requireNonNull(channel, "channel"), Objects.requireNonNull(cost, "cost"));
    return new CostModel(m, agencyCommission);
  }

  /** This model with another agency commission (a share of what the agency recovers, 0..1). */
  public CostModel withAgencyCommission(BigDecimal commission) {
    return new CostModel(perContact, commission);
  }

  /** The cost of a contact through {@code channel}. */
  public Money cost(Channel channel) {
    return perContact.getOrDefault(channel, Money.zero("EUR"));
  }

  /** The agency's commission on {@code recovered}. */
  public Money commission(Money recovered) {
    return recovered.multipliedBy(agencyCommission, RoundingMode.HALF_UP);
  }
}
