package dev.recovery.legal;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The identifier of a jurisdiction whose rules a {@link RulePack} implements: {@code FR}, {@code EU},
 * {@code UK}, {@code US}, or a host's own.
 *
 * <p>Immutable and thread-safe. Upper-cased on construction; {@link #toString()} prints the value so
 * that {@code of(id.toString())} equals {@code id}.
 *
 * @param value the identifier, upper case, such as {@code "FR"}
 */
public record JurisdictionId(String value) {

  /** France. */
  public static final JurisdictionId FR = new JurisdictionId("FR");
  /** The European Union (Directive 2011/7/EU), for member states without their own pack. */
  public static final JurisdictionId EU = new JurisdictionId("EU");
  /** The United Kingdom (England and Wales law). */
  public static final JurisdictionId UK = new JurisdictionId("UK");
  /** The United States (federal law). */
  public static final JurisdictionId US = new JurisdictionId("US");

  /** Validates and upper-cases the value. */
  public JurisdictionId {
    Objects.requireNonNull(value, "value");
    value = value.strip().toUpperCase(Locale.ROOT);
    if (!Syntax.ID.matcher(value).matches()) {
      throw new IllegalArgumentException("jurisdiction id '" + value
          + "' must be 1 to 32 letters, digits, '-' or '_' such as FR, EU, UK, US");
    }
  }

  /** The id for a value such as {@code "fr"} or {@code "UK"}. */
  public static JurisdictionId of(String value) {
    return new JurisdictionId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  /** The compiled syntax of an id (a holder: records cannot declare it before their constants). */
  private static final class Syntax {
    static final Pattern ID = Pattern.compile("[A-Z0-9][A-Z0-9_-]{0,31}");
  }
}
