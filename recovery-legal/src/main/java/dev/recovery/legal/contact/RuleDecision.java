package dev.recovery.legal.contact;

import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What one contact rule decided, with its legal reference and reason.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule name, such as {@code "contact-hours"}
 * @param reference the legal reference (article, regulation) or "library default" with its basis
 * @param outcome allow or block
 * @param reason why, in words, with the numbers that decided
 * @param nextAllowedAt for a block that passes with time, the earliest instant this rule allows
 */
public record RuleDecision(String rule, String reference, Outcome outcome, String reason,
    Optional<OffsetDateTime> nextAllowedAt) {

  /** Allow or block. */
  public enum Outcome {
    /** The rule allows the contact. */
    ALLOW,
    /** The rule blocks the contact. */
    BLOCK;

    private final String code = name().toLowerCase(Locale.ROOT);

    /** The lower-case code, {@code allow} or {@code block}. */
    public String code() {
      return code;
    }
  }

  /** Validates the decision. */
  public RuleDecision {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(nextAllowedAt, "nextAllowedAt");
    if (outcome == Outcome.ALLOW && nextAllowedAt.isPresent()) {
      throw new IllegalArgumentException("an allowing decision has no next allowed instant (rule " + rule + ")");
    }
  }

  /** An allowing decision. */
  public static RuleDecision allow(String rule, String reference, String reason) {
    return new RuleDecision(rule, reference, Outcome.ALLOW, reason, Optional.empty());
  }

  /** A blocking decision that time does not lift. */
  public static RuleDecision block(String rule, String reference, String reason) {
    return new RuleDecision(rule, reference, Outcome.BLOCK, reason, Optional.empty());
  }

  /** A blocking decision lifted at {@code next}. */
  public static RuleDecision blockUntil(String rule, String reference, String reason, OffsetDateTime next) {
    return new RuleDecision(rule, reference, Outcome.BLOCK, reason, Optional.of(next));
  }

  /** Whether the rule blocks. */
  public boolean isBlock() {
    return outcome == Outcome.BLOCK;
  }
}
