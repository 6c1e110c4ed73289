package dev.recovery.legal;

import dev.recovery.legal.contact.ContactPolicy;
import dev.recovery.legal.contact.ContactPolicyConfig;
import dev.recovery.legal.interest.LatePaymentCalculator;
import dev.recovery.legal.letters.LetterRules;
import dev.recovery.legal.limitation.LimitationRule;
import dev.recovery.legal.rates.RateTables;
import dev.recovery.legal.terms.TermCaps;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The registry of rule packs: the standard FR, EU, UK and US packs plus any a host adds.
 *
 * <p>Immutable and thread-safe; {@link #with(RulePack)} returns a new registry.
 * {@link #forCountry(String)} maps an ISO 3166 country code to a pack: a pack whose id is the code
 * itself wins (a host's {@code DE} pack), then {@code FR} and the French overseas departments and
 * collectivities to FR, {@code GB}/{@code UK} to UK, the other EU member states to EU, {@code US} to US.
 */
public final class RulePacks {

  private static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "DE",
      "GR", "EL", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");
  private static final Set<String> FRANCE = Set.of("FR", "GP", "MQ", "GF", "RE", "YT", "PM", "BL", "MF");

  private final Map<JurisdictionId, RulePack> packs;
  /** The packs by the text of their id, for the country lookup on the hot path of the gate. */
  private final Map<String, RulePack> byCode;

  private RulePacks(Map<JurisdictionId, RulePack> packs) {
    this.packs = packs;
    Map<String, RulePack> codes = new HashMap<>();
    packs.forEach((id, pack) -> codes.put(id.value(), pack));
    this.byCode = codes;
  }

  /** The standard packs with the standard rate tables. */
  public static RulePacks standard() {
    return Standard.INSTANCE;
  }

  /** The standard packs using the given rate tables (host-overridden rates). */
  public static RulePacks standard(RateTables rates) {
    Objects.requireNonNull(rates, "rates");
    Map<JurisdictionId, RulePack> m = new LinkedHashMap<>();
    m.put(JurisdictionId.FR, RulePack.of(JurisdictionId.FR, "France", LatePaymentCalculator.france(rates),
        TermCaps.france(), LimitationRule.france(), LetterRules.france(),
        profiles(ContactPolicyConfig.franceDefault(), ContactPolicyConfig.franceCanvassing())));
    m.put(JurisdictionId.EU, RulePack.of(JurisdictionId.EU, "European Union (Directive 2011/7/EU)",
        LatePaymentCalculator.eu(rates), TermCaps.eu(),
        LimitationRule.notModelled(JurisdictionId.EU, "national law (no EU harmonisation)"), LetterRules.eu(),
        profiles(ContactPolicyConfig.euDefault())));
    m.put(JurisdictionId.UK, RulePack.of(JurisdictionId.UK, "United Kingdom (England and Wales)",
        LatePaymentCalculator.uk(rates), TermCaps.uk(), LimitationRule.uk(), LetterRules.uk(),
        profiles(ContactPolicyConfig.ukDefault())));
    m.put(JurisdictionId.US, RulePack.of(JurisdictionId.US, "United States (federal)", LatePaymentCalculator.us(),
        TermCaps.us(), LimitationRule.notModelled(JurisdictionId.US, "state statutes of limitations (not modelled)"),
        LetterRules.us(), profiles(ContactPolicyConfig.usRegulationF())));
    return new RulePacks(Collections.unmodifiableMap(m));
  }

  private static Map<String, ContactPolicy> profiles(ContactPolicyConfig... configs) {
    Map<String, ContactPolicy> m = new LinkedHashMap<>();
    for (ContactPolicyConfig c : configs) {
      m.put(c.name(), ContactPolicy.standard(c));
    }
    return m;
  }

  /** This registry with a pack added or replaced (by id). */
  public RulePacks with(RulePack pack) {
    Objects.requireNonNull(pack, "pack");
    Map<JurisdictionId, RulePack> m = new LinkedHashMap<>(packs);
    m.put(pack.id(), pack);
    return new RulePacks(Collections.unmodifiableMap(m));
  }

  /**
   * The pack of a jurisdiction.
   *
   * @throws IllegalArgumentException naming the known ids if there is none
   */
  public RulePack get(JurisdictionId id) {
    RulePack p = packs.get(Objects.requireNonNull(id, "id"));
    if (p == null) {
      throw new IllegalArgumentException("no rule pack for jurisdiction " + id + "; known: " + packs.keySet());
    }
    return p;
  }

  /** The pack of a jurisdiction id such as {@code "FR"}. */
  public RulePack get(String id) {
    return get(JurisdictionId.of(id));
  }

  /** The registered ids. */
  public Set<JurisdictionId> ids() {
    return packs.keySet();
  }

  /**
   * The pack for an ISO 3166 alpha-2 country code.
   *
   * @throws IllegalArgumentException if no pack covers the country
   */
  public RulePack forCountry(String country) {
    Objects.requireNonNull(country, "country");
    String c = country.strip().toUpperCase(Locale.ROOT);
    RulePack direct = byCode.get(c);
    if (direct != null) {
      return direct;
    }
    JurisdictionId id;
    if (FRANCE.contains(c)) {
      id = JurisdictionId.FR;
    } else if (c.equals("GB") || c.equals("UK")) {
      id = JurisdictionId.UK;
    } else if (EU_MEMBERS.contains(c)) {
      id = JurisdictionId.EU;
    } else if (c.equals("US")) {
      id = JurisdictionId.US;
    } else {
      throw new IllegalArgumentException("no rule pack for country '" + country + "': add one with RulePacks.with(...)"
          + "; known: " + packs.keySet());
    }
    return get(id);
  }

  @Override
  public String toString() {
    return "RulePacks" + packs.keySet();
  }

  /** Lazy holder of the standard registry. */
  private static final class Standard {
    static final RulePacks INSTANCE = standard(RateTables.standard());
  }
}
