package dev.recovery.legal.contact;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The compliance gate's answer: allowed when no rule blocks, with every rule's decision.
 *
 * <p>Immutable and thread-safe.
 *
 * @param allowed whether the contact may take place
 * @param decisions the decision of every rule, in the policy's order
 * @param nextAllowedAt when blocked only by rules that time lifts: the earliest instant at which the
 *     whole policy allows the same contact (found by re-evaluating); empty otherwise
 */
public record GateDecision(boolean allowed, List<RuleDecision> decisions, Optional<OffsetDateTime> nextAllowedAt) {

  /** Validates the decision. */
  public GateDecision {
    decisions = List.copyOf(decisions);
    Objects.requireNonNull(nextAllowedAt, "nextAllowedAt");
    boolean anyBlock = decisions.stream().anyMatch(RuleDecision::isBlock);
    if (allowed == anyBlock) {
      throw new IllegalArgumentException("allowed=" + allowed + " contradicts the rule decisions " + decisions);
    }
    if (allowed && nextAllowedAt.isPresent()) {
      throw new IllegalArgumentException("an allowed contact has no next allowed instant");
    }
  }

  /** The blocking decisions. */
  public List<RuleDecision> blocks() {
    return decisions.stream().filter(RuleDecision::isBlock).toList();
  }
}
