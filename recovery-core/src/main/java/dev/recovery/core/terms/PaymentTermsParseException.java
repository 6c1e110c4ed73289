package dev.recovery.core.terms;

/**
 * Payment terms text that could not be read, with the position where it stopped making sense.
 *
 * <p>The message quotes the text and says what was found and what was expected, for example
 * {@code cannot parse payment terms '30 jours fin de moiss': unexpected 'moiss' at position 16; expected 'mois'}.
 */
public final class PaymentTermsParseException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String text;
  private final int index;

  /** An exception for {@code text} failing at {@code index} (0-based) with the given reason. */
  public PaymentTermsParseException(String text, int index, String reason) {
    super("cannot parse payment terms '" + text + "': " + reason);
    this.text = text;
    this.index = index;
  }

  /** The text that was being parsed. */
  public String text() {
    return text;
  }

  /** The 0-based position in the text where parsing failed. */
  public int index() {
    return index;
  }
}
