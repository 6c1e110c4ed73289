package dev.recovery.core.risk;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The segment and flag names of the practice, as used by {@link DefaultSegmenter}, and the
 * normalisation of segment names found in files.
 */
public final class Segments {

  /** Key accounts: a large share of revenue; called to preserve the relationship. */
  public static final String KEY_ACCOUNT = "key-account";
  /** Public bodies and large companies: long invoice circuits; the call finds the right contact and procedure. */
  public static final String PUBLIC_OR_LARGE = "public-or-large";
  /** Risky clients, possibly in financial difficulty: called to get paid first. */
  public static final String RISKY = "risky";
  /** Low-risk clients: written reminders. */
  public static final String LOW_RISK = "low-risk";
  /** Recent clients: not spared reminders. */
  public static final String NEW = "new";
  /** Everyone else. */
  public static final String STANDARD = "standard";
  /** Flag: three or more years without a default and not new; spared repeated reminders. */
  public static final String CLEAN_PAYER = "clean-payer";

  /** The default segments, in the order {@link DefaultSegmenter} tries them. */
  public static final List<String> ALL = List.of(KEY_ACCOUNT, PUBLIC_OR_LARGE, RISKY, NEW, LOW_RISK, STANDARD);

  private Segments() {}

  /**
   * A segment name in canonical form: trimmed, lower case, with spaces and underscores as hyphens
   * ({@code "Key_Account"} becomes {@code key-account}); host-specific names are kept in that form.
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static String normalise(String name) {
    Objects.requireNonNull(name, "segment");
    if (isCanonical(name)) {
      return name;
    }
    String s = name.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    if (s.isEmpty()) {
      throw new IllegalArgumentException("segment name must not be blank");
    }
    return s;
  }

  private static boolean isCanonical(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-')) {
        return false;
      }
    }
    return true;
  }
}
