package dev.recovery.core.terms;

import java.util.Locale;
import java.util.Objects;

/**
 * The two accepted readings of "N jours fin de mois" (DGCCRF / CEPC guidance; Code de commerce L441-10).
 */
public enum EomMethod {

  /** End of month of (invoice date + N days): the default reading. */
  ADD_THEN_EOM("add-then-eom"),
  /** (End of month of the invoice date) + N days. */
  EOM_THEN_ADD("eom-then-add");

  private final String label;

  EomMethod(String label) {
    this.label = label;
  }

  /** The label {@code "add-then-eom"} or {@code "eom-then-add"}, which {@link #parse(String)} reads. */
  public String label() {
    return label;
  }

  /**
   * Parses {@code "add-then-eom"} or {@code "eom-then-add"} (case-insensitive, '-' or '_').
   *
   * @throws IllegalArgumentException naming the text and the accepted values
   */
  public static EomMethod parse(String text) {
    Objects.requireNonNull(text, "text");
    String t = text.trim().toLowerCase(Locale.ROOT).replace('_', '-');
    for (EomMethod m : values()) {
      if (m.label.equals(t)) {
        return m;
      }
    }
    throw new IllegalArgumentException("unknown end-of-month method '" + text + "'; expected add-then-eom or eom-then-add");
  }
}
