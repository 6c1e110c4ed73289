package dev.recovery.scenarios.run;

import dev.recovery.core.casefile.CaseFile;

/**
 * Checks a proposed contact against the law of the debtor's jurisdiction and the case file (contact
 * frequency and hours, third parties, opt-outs, message content). The legal module's rule packs are
 * plugged in through this interface; hosts may add their own checks.
 *
 * <p>Implementations must be thread-safe and pure: same proposal and case file, same verdict.
 */
@FunctionalInterface
public interface ActionGate {

  /** The verdict on {@code proposal} given the debtor's {@code caseFile}. */
  GateVerdict check(ContactProposal proposal, CaseFile caseFile);

  /** A gate that allows everything (for simulations of strategy alone, and tests). */
  static ActionGate allowAll() {
    return (proposal, caseFile) -> GateVerdict.allow();
  }
}
