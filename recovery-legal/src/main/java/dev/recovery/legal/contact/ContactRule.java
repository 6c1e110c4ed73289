package dev.recovery.legal.contact;

import dev.recovery.core.casefile.CaseFile;

/**
 * One named rule of a {@link ContactPolicy}: decides whether a proposed contact is allowed.
 *
 * <p>Implementations are immutable and thread-safe, look only at case-file events at or before the
 * proposed instant, and explain every decision.
 */
public interface ContactRule {

  /** The rule name, such as {@code "call-frequency"}. */
  String name();

  /** The legal reference of the rule. */
  String reference();

  /** Decides on the request given the debtor's case file. */
  RuleDecision evaluate(ContactRequest request, CaseFile caseFile);
}
