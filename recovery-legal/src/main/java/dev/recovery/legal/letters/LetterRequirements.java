package dev.recovery.legal.letters;

import dev.recovery.core.ledger.DebtorType;
import dev.recovery.legal.JurisdictionId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The mandatory (and forbidden) mentions of one kind of letter, for one jurisdiction and debtor type,
 * so that templates can be validated.
 *
 * <p>Immutable and thread-safe.
 */
public final class LetterRequirements {

  private final JurisdictionId jurisdiction;
  private final DebtorType debtorType;
  private final LetterKind kind;
  private final List<Mention> required;
  private final List<Mention> forbidden;
  private final String note;

  private LetterRequirements(JurisdictionId jurisdiction, DebtorType debtorType, LetterKind kind,
      List<Mention> required, List<Mention> forbidden, String note) {
    this.jurisdiction = jurisdiction;
    this.debtorType = debtorType;
    this.kind = kind;
    this.required = required;
    this.forbidden = forbidden;
    this.note = note;
  }

  /** Requirements from lists of mentions. */
  public static LetterRequirements of(JurisdictionId jurisdiction, DebtorType debtorType, LetterKind kind,
      List<Mention> required, List<Mention> forbidden, String note) {
    return new LetterRequirements(Objects.requireNonNull(jurisdiction, "jurisdiction"),
        Objects.requireNonNull(debtorType, "debtorType"), Objects.requireNonNull(kind, "kind"), List.copyOf(required),
        List.copyOf(forbidden), Objects.requireNonNull(note, "note"));
  }

  /** The jurisdiction. */
  public JurisdictionId jurisdiction() {
    return jurisdiction;
  }

  /** The debtor type. */
  public DebtorType debtorType() {
    return debtorType;
  }

  /** The letter kind. */
  public LetterKind kind() {
    return kind;
  }

  /** The mandatory mentions. */
  public List<Mention> mentions() {
    return required;
  }

  /** The mentions the letter must not carry. */
  public List<Mention> forbidden() {
    return forbidden;
  }

  /** What the list covers and what it leaves out. */
  public String note() {
    return note;
  }

  /** Checks a letter text: lists the mandatory mentions missing and the forbidden ones present. */
  public LetterCheck validate(String text) {
    Objects.requireNonNull(text, "text");
    List<Mention> missing = new ArrayList<>();
    for (Mention m : required) {
      if (!m.isIn(text)) {
        missing.add(m);
      }
    }
    List<Mention> found = new ArrayList<>();
    for (Mention m : forbidden) {
      if (m.isIn(text)) {
        found.add(m);
      }
    }
    return new LetterCheck(missing.isEmpty() && found.isEmpty(), missing, found);
  }

  @Override
  public String toString() {
    return "LetterRequirements[" + jurisdiction + ", " + debtorType.code() + ", " + kind.code() + ", "
        + required.stream().map(Mention::id).toList() + "]";
  }
}
