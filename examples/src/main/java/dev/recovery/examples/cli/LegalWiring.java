package dev.recovery.examples.cli;

import dev.recovery.scenarios.run.ActionGate;
import dev.recovery.scenarios.run.PenaltyQuoter;

/** The legal gate and penalty quoter the command line plans with. */
final class LegalWiring {

  private LegalWiring() {}

  static ActionGate gate() {
    return ActionGate.allowAll();
  }

  static PenaltyQuoter penalties() {
    return PenaltyQuoter.none();
  }
}
