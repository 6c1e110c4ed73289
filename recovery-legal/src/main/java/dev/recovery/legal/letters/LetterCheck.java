package dev.recovery.legal.letters;

import java.util.List;

/**
 * The result of validating a letter text: the mandatory mentions missing and the forbidden ones found.
 *
 * <p>Immutable and thread-safe.
 *
 * @param valid whether nothing is missing and nothing forbidden was found
 * @param missing the mandatory mentions not found
 * @param forbiddenFound the forbidden mentions found
 */
public record LetterCheck(boolean valid, List<Mention> missing, List<Mention> forbiddenFound) {

  /** Validates the check. */
  public LetterCheck {
    missing = List.copyOf(missing);
    forbiddenFound = List.copyOf(forbiddenFound);
    if (valid != (missing.isEmpty() && forbiddenFound.isEmpty())) {
      throw new IllegalArgumentException("valid=" + valid + " contradicts missing " + missing + " and forbidden "
          + forbiddenFound);
    }
  }
}
