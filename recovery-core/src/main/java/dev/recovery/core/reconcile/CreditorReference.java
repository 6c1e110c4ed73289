package dev.recovery.core.reconcile;

import dev.recovery.core.ledger.InvoiceId;
import java.util.Objects;
import java.util.Optional;

/**
 * A structured creditor reference "RF" as defined by ISO 11649: {@code RF}, two check digits and a
 * reference of 1 to 21 letters or digits, validated with the ISO 7064 MOD 97-10 check.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints the electronic form ({@code
 * RF18539007547034}) that {@link #parse(CharSequence)} reads back; {@link #toPrintForm()} prints
 * groups of four characters for paper. Parsing ignores case and spaces.
 *
 * <p>The check detects every substitution of one digit by another digit and of one letter by
 * another letter (97 is prime and each such change alters the checked number by less than 97 times
 * a power of ten); a letter replaced by a digit (which changes the length of the checked number) is
 * detected with probability 96/97, the property of MOD 97-10.
 */
public final class CreditorReference {

  /** The longest reference part allowed by ISO 11649. */
  public static final int MAX_REFERENCE_LENGTH = 21;

  private final String checkDigits;
  private final String reference;

  private CreditorReference(String checkDigits, String reference) {
    this.checkDigits = checkDigits;
    this.reference = reference;
  }

  /**
   * Parses and validates an RF reference such as {@code "RF18 5390 0754 7034"}.
   *
   * @throws IllegalArgumentException quoting the text and saying what is wrong (format or check
   *     digits, with the expected check digits)
   */
  public static CreditorReference parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String compact = compact(text);
    Optional<String> problem = problem(compact);
    if (problem.isPresent()) {
      throw new IllegalArgumentException("creditor reference '" + text + "' is not valid: " + problem.get());
    }
    return new CreditorReference(compact.substring(2, 4), compact.substring(4));
  }

  /** Same as {@link #parse(CharSequence)}. */
  public static CreditorReference of(CharSequence text) {
    return parse(text);
  }

  /**
   * Creates the RF reference for a creditor's own reference (an invoice number): its letters and
   * digits, upper case, with separators removed, preceded by {@code RF} and the computed check digits ({@code "F-2025-001"}
   * gives {@code RF..F2025001}).
   *
   * @throws IllegalArgumentException if the reference has no letter or digit, more than {@value
   *     #MAX_REFERENCE_LENGTH} of them, or characters other than ASCII letters, digits and separators
   */
  public static CreditorReference create(CharSequence creditorReference) {
    Objects.requireNonNull(creditorReference, "creditorReference");
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < creditorReference.length(); i++) {
      char c = creditorReference.charAt(i);
      if ((c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        body.append(c);
      } else if (c >= 'a' && c <= 'z') {
        body.append((char) (c - 'a' + 'A'));
      } else if (Character.isLetterOrDigit(c)) {
        throw new IllegalArgumentException("cannot create a creditor reference from '" + creditorReference
            + "': character '" + c + "' is not an ASCII letter or digit (ISO 11649 allows A-Z and 0-9)");
      }
    }
    if (body.length() == 0 || body.length() > MAX_REFERENCE_LENGTH) {
      throw new IllegalArgumentException("cannot create a creditor reference from '" + creditorReference
          + "': it has " + body.length() + " letters and digits, ISO 11649 allows 1 to " + MAX_REFERENCE_LENGTH);
    }
    String ref = body.toString();
    int check = 98 - mod97(ref + "RF00");
    return new CreditorReference(check < 10 ? "0" + check : Integer.toString(check), ref);
  }

  /** The RF reference of an invoice, from its number (see {@link #create(CharSequence)}). */
  public static CreditorReference forInvoice(InvoiceId invoice) {
    return create(Objects.requireNonNull(invoice, "invoice").value());
  }

  /** Whether the text is a valid RF reference (case and spaces ignored). */
  public static boolean isValid(CharSequence text) {
    return text != null && problem(compact(text)).isEmpty();
  }

  /**
   * Why the text is not a valid RF reference (empty when it is valid), for explanations: the format
   * problem, or the check digits found and the ones expected.
   */
  public static Optional<String> validate(CharSequence text) {
    Objects.requireNonNull(text, "text");
    return problem(compact(text));
  }

  /** The two check digits. */
  public String checkDigits() {
    return checkDigits;
  }

  /** The creditor's reference part (after {@code RF} and the check digits), upper case. */
  public String reference() {
    return reference;
  }

  /** The print form: groups of four characters separated by spaces ({@code RF18 5390 0754 7034}). */
  public String toPrintForm() {
    String all = toString();
    StringBuilder sb = new StringBuilder(all.length() + all.length() / 4);
    for (int i = 0; i < all.length(); i++) {
      if (i > 0 && i % 4 == 0) {
        sb.append(' ');
      }
      sb.append(all.charAt(i));
    }
    return sb.toString();
  }

  /** The electronic form, {@code RF} + check digits + reference, no spaces. */
  @Override
  public String toString() {
    return "RF" + checkDigits + reference;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof CreditorReference other && other.checkDigits.equals(checkDigits)
        && other.reference.equals(reference);
  }

  @Override
  public int hashCode() {
    return checkDigits.hashCode() * 31 + reference.hashCode();
  }

  private static String compact(CharSequence text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t') {
        sb.append(c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A') : c);
      }
    }
    return sb.toString();
  }

  private static Optional<String> problem(String compact) {
    if (compact.length() < 5 || compact.length() > 4 + MAX_REFERENCE_LENGTH) {
      return Optional.of("expected RF, two check digits and 1 to 21 letters or digits, found "
          + compact.length() + " characters");
    }
    if (!compact.startsWith("RF")) {
      return Optional.of("it does not start with RF");
    }
    for (int i = 2; i < compact.length(); i++) {
      char c = compact.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      if (i < 4 ? !digit : !(digit || (c >= 'A' && c <= 'Z'))) {
        return Optional.of(i < 4 ? "the check digits '" + compact.substring(2, 4) + "' are not two digits"
            : "character '" + c + "' at position " + (i + 1) + " is not a letter or digit");
      }
    }
    String ref = compact.substring(4);
    if (mod97(ref + compact.substring(0, 4)) != 1) {
      int expected = 98 - mod97(ref + "RF00");
      return Optional.of("wrong check digits " + compact.substring(2, 4) + " (ISO 11649 MOD 97-10 gives "
          + (expected < 10 ? "0" : "") + expected + " for reference " + ref + ")");
    }
    return Optional.empty();
  }

  /** ISO 7064 MOD 97-10 of the text, letters counting as 10 (A) to 35 (Z). */
  static int mod97(String text) {
    int r = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        r = (r * 10 + (c - '0')) % 97;
      } else {
        int v = c - 'A' + 10;
        r = (r * 100 + v) % 97;
      }
    }
    return r;
  }
}
