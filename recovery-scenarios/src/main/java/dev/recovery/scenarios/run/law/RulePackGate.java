package dev.recovery.scenarios.run.law;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.legal.RulePack;
import dev.recovery.legal.RulePacks;
import dev.recovery.legal.contact.ContactRequest;
import dev.recovery.legal.contact.GateDecision;
import dev.recovery.legal.contact.RuleDecision;
import dev.recovery.scenarios.run.ActionGate;
import dev.recovery.scenarios.run.ContactProposal;
import dev.recovery.scenarios.run.GateVerdict;
import dev.recovery.scenarios.run.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The run's {@link ActionGate} backed by the legal module: each proposed contact is evaluated by the
 * contact policy of the rule pack of the debtor's country ({@link RulePacks#forCountry(String)}), with
 * an optional named profile (for example {@code fr-canvassing}). A debtor in a country no pack covers
 * is blocked, never contacted unchecked. Immutable and thread-safe.
 */
public final class RulePackGate implements ActionGate {

  private final RulePacks packs;
  private final Optional<String> profile;

  private RulePackGate(RulePacks packs, Optional<String> profile) {
    this.packs = packs;
    this.profile = profile;
  }

  /** The gate of the packs' default contact policies. */
  public static RulePackGate of(RulePacks packs) {
    return new RulePackGate(Objects.requireNonNull(packs, "packs"), Optional.empty());
  }

  /** The gate of a named contact profile where a pack offers it (its default policy elsewhere). */
  public static RulePackGate of(RulePacks packs, String profile) {
    return new RulePackGate(Objects.requireNonNull(packs, "packs"), Optional.of(profile));
  }

  @Override
  public GateVerdict check(ContactProposal proposal, CaseFile caseFile) {
    RulePack pack;
    try {
      pack = packs.forCountry(proposal.debtor().country());
    } catch (IllegalArgumentException e) {
      return GateVerdict.block(List.of(new Reason("legal.no-rule-pack", "RulePacks.forCountry", e.getMessage())),
          Optional.empty());
    }
    var policy = profile.filter(p -> pack.profiles().contains(p)).map(pack::gate).orElseGet(pack::gate);
    ContactRequest request = new ContactRequest(proposal.debtor().id(), proposal.debtor().type(),
        proposal.debtor().timeZone(), proposal.person(), proposal.channel(), proposal.at().toOffsetDateTime(),
        Optional.of(proposal.debt()), proposal.message());
    GateDecision decision = policy.evaluate(request, caseFile);
    List<Reason> reasons = new ArrayList<>();
    for (RuleDecision d : decision.decisions()) {
      if (decision.allowed() || d.outcome() == RuleDecision.Outcome.BLOCK) {
        reasons.add(new Reason(d.rule(), d.reference(), d.reason()));
      }
    }
    if (decision.allowed()) {
      return new GateVerdict(true, reasons, Optional.empty());
    }
    return GateVerdict.block(reasons,
        decision.nextAllowedAt().map(t -> t.atZoneSameInstant(proposal.debtor().timeZone())));
  }
}
