package dev.recovery.legal.letters;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A mention a letter must carry (or must not carry), with its legal reference and the simple check
 * used to find it.
 *
 * <p>Immutable and thread-safe. The check: the text is folded (lower case, accents removed) and every
 * pattern of {@link #allOf()} must be found in it (each pattern may list alternatives with {@code |}).
 * This is a keyword check for template validation, not a legal review.
 *
 * @param id a short id, such as {@code penalty-rate}
 * @param description what the mention is, in words
 * @param reference the legal reference
 * @param allOf the regular expressions (on folded text) that must all be found
 */
public record Mention(String id, String description, String reference, List<String> allOf) {

  /** Validates the mention and its patterns. */
  public Mention {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(reference, "reference");
    allOf = List.copyOf(allOf);
    if (allOf.isEmpty()) {
      throw new IllegalArgumentException("mention " + id + " has no pattern");
    }
    allOf.forEach(Pattern::compile);
  }

  /** A mention with its patterns. */
  public static Mention of(String id, String description, String reference, String... allOf) {
    return new Mention(id, description, reference, List.of(allOf));
  }

  /** Whether the text carries the mention. */
  public boolean isIn(String text) {
    String folded = fold(text);
    for (String p : allOf) {
      if (!Pattern.compile(p).matcher(folded).find()) {
        return false;
      }
    }
    return true;
  }

  /** Lower case without accents, whitespace collapsed. */
  static String fold(String text) {
    return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "")
        .toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("\\s+", " ");
  }
}
