package dev.recovery.scenarios.run.law;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.legal.RulePack;
import dev.recovery.legal.RulePacks;
import dev.recovery.legal.contact.ContactPolicy;
import dev.recovery.legal.contact.ContactRequest;
import dev.recovery.legal.contact.GateDecision;
import dev.recovery.legal.contact.RuleDecision;
import dev.recovery.scenarios.run.ActionGate;
import dev.recovery.scenarios.run.ContactProposal;
import dev.recovery.scenarios.run.GateVerdict;
import dev.recovery.scenarios.run.Reason;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The run's {@link ActionGate} backed by the legal module: each proposed contact is evaluated by the
 * contact policy of the rule pack of the debtor's country ({@link RulePacks#forCountry(String)}), with
 * an optional named profile (for example {@code fr-canvassing}). A debtor in a country no pack covers
 * is blocked, never contacted unchecked. Thread-safe.
 *
 * <p>A daily run asks the same question for many debtors: a letter to a business in Paris at 09:00,
 * nothing in the case file. When the policy says its decision then depends only on the debtor type,
 * zone, person, channel, instant and message ({@link ContactPolicy#isAnonymousWithoutHistory}), the
 * gate keeps the verdict for those inputs (never for a debtor's identity) and gives it again: the
 * same verdict, reasons and texts as evaluating anew. The memo is bounded (emptied when full).
 */
public final class RulePackGate implements ActionGate {

  /** Verdicts kept at most; the memo is emptied when it reaches this size. */
  private static final int MEMO_LIMIT = 1 << 12;

  private final RulePacks packs;
  private final Optional<String> profile;
  /** Verdicts by the inputs they depend on, for debtors with an empty case file; null: no memo. */
  private final Map<Key, GateVerdict> memo;

  /** What an anonymous verdict depends on (the policy stands for the pack and profile). */
  private record Key(ContactPolicy policy, DebtorType type, ZoneId zone, String person, Channel channel,
      ZonedDateTime at, Optional<String> message) {

    // written out: a look-up per planned contact, and the generated methods go through method handles
    @Override
    public boolean equals(Object o) {
      return this == o || o instanceof Key k && policy == k.policy && type == k.type && channel == k.channel
          && zone.equals(k.zone) && person.equals(k.person) && at.equals(k.at) && message.equals(k.message);
    }

    @Override
    public int hashCode() {
      int h = System.identityHashCode(policy);
      h = 31 * h + type.hashCode();
      h = 31 * h + zone.hashCode();
      h = 31 * h + person.hashCode();
      h = 31 * h + channel.hashCode();
      h = 31 * h + at.hashCode();
      return 31 * h + message.hashCode();
    }
  }

  private RulePackGate(RulePacks packs, Optional<String> profile, boolean memo) {
    this.packs = packs;
    this.profile = profile;
    this.memo = memo ? new ConcurrentHashMap<>() : null;
  }

  private RulePackGate(RulePacks packs, Optional<String> profile) {
    this(packs, profile, true);
  }

  /** This gate evaluating every proposal anew (to test that the memo changes nothing). */
  RulePackGate withoutMemo() {
    return new RulePackGate(packs, profile, false);
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
    ContactPolicy policy = profile.filter(p -> pack.profiles().contains(p)).map(pack::gate).orElseGet(pack::gate);
    if (memo == null || !caseFile.events().isEmpty() || !caseFile.debtorId().equals(proposal.debtor().id())
        || !policy.isAnonymousWithoutHistory(proposal.channel())) {
      return evaluate(policy, proposal, caseFile);
    }
    Key key = new Key(policy, proposal.debtor().type(), proposal.debtor().timeZone(), proposal.person(),
        proposal.channel(), proposal.at(), proposal.message());
    GateVerdict verdict = memo.get(key);
    if (verdict == null) {
      verdict = evaluate(policy, proposal, caseFile);
      if (memo.size() >= MEMO_LIMIT) {
        memo.clear();
      }
      memo.putIfAbsent(key, verdict);
    }
    return verdict;
  }

  private static GateVerdict evaluate(ContactPolicy policy, ContactProposal proposal, CaseFile caseFile) {
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
