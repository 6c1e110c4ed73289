package dev.recovery.legal;

import dev.recovery.legal.contact.ContactPolicy;
import dev.recovery.legal.interest.LatePaymentCalculator;
import dev.recovery.legal.letters.LetterRules;
import dev.recovery.legal.limitation.LimitationRule;
import dev.recovery.legal.terms.TermCaps;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** The rule pack of {@link RulePack#of}. */
final class SimpleRulePack implements RulePack {

  private final JurisdictionId id;
  private final String name;
  private final LatePaymentCalculator latePayment;
  private final TermCaps termCaps;
  private final LimitationRule limitation;
  private final LetterRules letters;
  private final Map<String, ContactPolicy> profiles;

  SimpleRulePack(JurisdictionId id, String name, LatePaymentCalculator latePayment, TermCaps termCaps,
      LimitationRule limitation, LetterRules letters, Map<String, ContactPolicy> profiles) {
    this.id = Objects.requireNonNull(id, "id");
    this.name = Objects.requireNonNull(name, "name");
    this.latePayment = Objects.requireNonNull(latePayment, "latePayment");
    this.termCaps = Objects.requireNonNull(termCaps, "termCaps");
    this.limitation = Objects.requireNonNull(limitation, "limitation");
    this.letters = Objects.requireNonNull(letters, "letters");
    if (profiles.isEmpty()) {
      throw new IllegalArgumentException("rule pack " + id + " needs at least one contact profile");
    }
    this.profiles = Collections.unmodifiableMap(new LinkedHashMap<>(profiles));
  }

  @Override
  public JurisdictionId id() {
    return id;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public LatePaymentCalculator latePayment() {
    return latePayment;
  }

  @Override
  public TermCaps termCaps() {
    return termCaps;
  }

  @Override
  public LimitationRule limitation() {
    return limitation;
  }

  @Override
  public LetterRules letters() {
    return letters;
  }

  @Override
  public ContactPolicy gate() {
    return profiles.values().iterator().next();
  }

  @Override
  public ContactPolicy gate(String profile) {
    ContactPolicy p = profiles.get(profile);
    if (p == null) {
      throw new IllegalArgumentException("no contact profile '" + profile + "' in rule pack " + id + "; known: "
          + profiles.keySet());
    }
    return p;
  }

  @Override
  public Set<String> profiles() {
    return profiles.keySet();
  }

  @Override
  public String toString() {
    return "RulePack[" + id + ", " + name + ", profiles " + profiles.keySet() + "]";
  }
}
