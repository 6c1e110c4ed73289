package dev.recovery.core.casefile;

import java.util.Locale;
import java.util.Optional;

/**
 * The four families of reasons for a late payment that practitioners distinguish, each calling for
 * a different next step.
 */
public enum ReasonFamily {
  /** An acceptable dispute (late delivery, wrong invoice): fix and re-issue. */
  DISPUTE,
  /** A cash problem, temporary or serious: a payment plan. */
  CASH,
  /** Negligence (forgotten, lost invoice): a plain reminder. */
  NEGLIGENCE,
  /** Bad faith: firm escalation. */
  BAD_FAITH;

  /** The family with that code ({@code bad_faith}, ...), or empty for a free-text reason. */
  public static Optional<ReasonFamily> find(String code) {
    if (code == null) {
      return Optional.empty();
    }
    String t = code.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    for (ReasonFamily f : values()) {
      if (f.name().equals(t)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }

  private final String code = name().toLowerCase(Locale.ROOT);

  /** The code used in files. */
  public String code() {
    return code;
  }
}
