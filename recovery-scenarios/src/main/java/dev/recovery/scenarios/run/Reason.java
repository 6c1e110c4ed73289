package dev.recovery.scenarios.run;

import java.util.Objects;

/**
 * Why an action was blocked, paused, moved or changed: the rule, its reference (an article of law or a
 * scenario setting) and a sentence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param rule the rule id ({@code us.regf.7-in-7}, {@code scenario.pause-on-dispute}, ...)
 * @param reference the legal reference or setting ({@code 12 CFR 1006.14(b)(2)})
 * @param message the explanation in words
 */
public record Reason(String rule, String reference, String message) {

  /** Validates the fields. */
  public Reason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reference, "reference");
    Objects.requireNonNull(message, "message");
  }
}
