package dev.recovery.examples.cli;

import dev.recovery.legal.RulePacks;
import dev.recovery.scenarios.run.ActionGate;
import dev.recovery.scenarios.run.ClaimCheck;
import dev.recovery.scenarios.run.PenaltyQuoter;
import dev.recovery.scenarios.run.law.RulePackGate;
import dev.recovery.scenarios.run.law.RulePackLimitation;
import dev.recovery.scenarios.run.law.RulePackPenalties;

/** The legal gate and penalty quoter the command line plans with: the standard rule packs (FR, EU, UK, US). */
final class LegalWiring {

  private static final RulePacks PACKS = RulePacks.standard();

  private LegalWiring() {}

  static ActionGate gate() {
    return RulePackGate.of(PACKS);
  }

  static PenaltyQuoter penalties() {
    return RulePackPenalties.of(PACKS);
  }

  static ClaimCheck claims() {
    return RulePackLimitation.of(PACKS);
  }
}
