package dev.recovery.legal;

import dev.recovery.legal.contact.ContactPolicy;
import dev.recovery.legal.interest.LatePaymentCalculator;
import dev.recovery.legal.letters.LetterRules;
import dev.recovery.legal.limitation.LimitationRule;
import dev.recovery.legal.terms.TermCaps;
import java.util.Map;
import java.util.Set;

/**
 * Every legal rule of one jurisdiction: late-payment interest, payment-term caps, limitation, the
 * contact policy (compliance gate) and letter requirements.
 *
 * <p>Implementations are immutable and thread-safe. Typical use:
 * <pre>{@code
 * RulePack fr = RulePacks.standard().get(JurisdictionId.FR);
 * GateDecision d = fr.gate().evaluate(request, caseFile);
 * LatePaymentResult r = fr.latePayment().compute(LatePaymentRequest.paid(amount, due, paid));
 * LimitationResult l = fr.limitation().compute(due, DebtorType.BUSINESS, caseFile);
 * LetterCheck c = fr.letters().requirements(DebtorType.BUSINESS, LetterKind.REMINDER).validate(text);
 * }</pre>
 * Hosts build their own with {@link #of} and register it with {@link RulePacks#with(RulePack)}.
 */
public interface RulePack {

  /** The jurisdiction id. */
  JurisdictionId id();

  /** A human-readable name, such as {@code "France"}. */
  String name();

  /** The late-payment interest and fixed compensation calculator. */
  LatePaymentCalculator latePayment();

  /** The statutory caps on payment terms. */
  TermCaps termCaps();

  /** The limitation rule. */
  LimitationRule limitation();

  /** The letter requirements. */
  LetterRules letters();

  /** The default contact policy (compliance gate). */
  ContactPolicy gate();

  /**
   * The contact policy of a named profile, such as {@code fr-canvassing}.
   *
   * @throws IllegalArgumentException naming the known profiles if there is none with that name
   */
  ContactPolicy gate(String profile);

  /** The names of the contact profiles, the default first. */
  Set<String> profiles();

  /**
   * A rule pack from its parts.
   *
   * @param profiles the contact policies by profile name; the first is the default
   */
  static RulePack of(JurisdictionId id, String name, LatePaymentCalculator latePayment, TermCaps termCaps,
      LimitationRule limitation, LetterRules letters, Map<String, ContactPolicy> profiles) {
    return new SimpleRulePack(id, name, latePayment, termCaps, limitation, letters, profiles);
  }
}
