package dev.recovery.examples;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.legal.JurisdictionId;
import dev.recovery.legal.RulePack;
import dev.recovery.legal.RulePacks;
import dev.recovery.legal.contact.ContactPolicy;
import dev.recovery.legal.contact.ContactPolicyConfig;
import dev.recovery.legal.contact.ContactRequest;
import dev.recovery.legal.interest.LatePaymentCalculator;
import dev.recovery.legal.letters.LetterRules;
import dev.recovery.legal.limitation.LimitationRule;
import dev.recovery.legal.rates.RateTables;
import dev.recovery.legal.terms.TermCaps;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;

/**
 * Example: add a rule pack for a jurisdiction the library lacks (here Switzerland, reusing the EU
 * calculators with a stricter contact profile), then check a call against it.
 */
public final class CustomRulePackExample {

  private CustomRulePackExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    RateTables rates = RateTables.standard();
    ContactPolicy strict = ContactPolicy.standard(ContactPolicyConfig.franceCanvassing());
    RulePack swiss = RulePack.of(JurisdictionId.of("CH"), "Switzerland (host pack)", LatePaymentCalculator.eu(rates),
        TermCaps.eu(), LimitationRule.notModelled(JurisdictionId.of("CH"), "CO art. 127-128 (host to model)"),
        LetterRules.eu(), Map.of("default", strict));
    RulePacks packs = RulePacks.standard().with(swiss);
    RulePack pack = packs.forCountry("CH");
    ContactRequest call = ContactRequest.of(DebtorId.of("D1"), DebtorType.BUSINESS, Channel.PHONE,
        ZonedDateTime.of(2025, 3, 1, 9, 0, 0, 0, ZoneId.of("Europe/Zurich")));
    var decision = pack.gate().evaluate(call, CaseFile.empty(DebtorId.of("D1")));
    System.out.println(pack.name() + ": allowed=" + decision.allowed());
    decision.decisions().forEach(d -> System.out.println("  " + d.rule() + " " + d.outcome() + ": " + d.reason()));
    decision.nextAllowedAt().ifPresent(t -> System.out.println("  next allowed at " + t));
  }
}
