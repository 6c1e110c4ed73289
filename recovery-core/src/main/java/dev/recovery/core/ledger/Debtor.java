package dev.recovery.core.ledger;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A debtor account: who owes, where they are, how to reach them.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder(DebtorId, String)}.
 *
 * @param id the debtor account id
 * @param name the legal or display name
 * @param type business, consumer or public body
 * @param country ISO 3166-1 alpha-2 country code of the debtor (upper case), which selects the law
 * @param timeZone the debtor's time zone, for contact-hour rules
 * @param language ISO 639-1 language for messages ({@code fr}, {@code en})
 * @param email contact e-mail, if known
 * @param phone contact phone, if known
 * @param customerSince start of the relationship, if known
 * @param segment a segment forced by the host (overrides the computed one), if any
 * @param ibans the debtor's known bank accounts (IBAN, upper case without spaces), for payer identification
 */
public record Debtor(
    DebtorId id,
    String name,
    DebtorType type,
    String country,
    ZoneId timeZone,
    String language,
    Optional<String> email,
    Optional<String> phone,
    Optional<LocalDate> customerSince,
    Optional<String> segment,
    List<String> ibans) {

  /** Validates and normalises the fields. */
  public Debtor {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(timeZone, "timeZone");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(customerSince, "customerSince");
    Objects.requireNonNull(segment, "segment");
    country = country.strip().toUpperCase(java.util.Locale.ROOT);
    if (!isTwoLetters(country, 'A', 'Z')) {
      throw new IllegalArgumentException("country '" + country + "' is not an ISO 3166-1 alpha-2 code (two letters)");
    }
    language = language.strip().toLowerCase(java.util.Locale.ROOT);
    if (!isTwoLetters(language, 'a', 'z')) {
      throw new IllegalArgumentException("language '" + language + "' is not an ISO 639-1 code (two letters)");
    }
    ibans = ibans == null ? List.of() : ibans.stream().map(Debtor::normaliseIban).toList();
  }

  private static boolean isTwoLetters(String s, char from, char to) {
    return s.length() == 2 && s.charAt(0) >= from && s.charAt(0) <= to && s.charAt(1) >= from && s.charAt(1) <= to;
  }

  /** Upper case, no spaces: the form IBANs are compared in. */
  public static String normaliseIban(String iban) {
    return iban.replaceAll("\\s+", "").toUpperCase(java.util.Locale.ROOT);
  }

  /** A builder with the required id and name; the other fields default to a French business. */
  public static Builder builder(DebtorId id, String name) {
    return new Builder(id, name);
  }

  /** A builder that starts from this debtor. */
  public Builder toBuilder() {
    Builder b = new Builder(id, name);
    b.type = type;
    b.country = country;
    b.timeZone = timeZone;
    b.language = language;
    b.email = email.orElse(null);
    b.phone = phone.orElse(null);
    b.customerSince = customerSince.orElse(null);
    b.segment = segment.orElse(null);
    b.ibans = ibans;
    return b;
  }

  /** Builds {@link Debtor} values; not thread-safe. */
  public static final class Builder {
    /** The default time zone, one instance for every debtor built (ZoneId.of makes a new one each call). */
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private DebtorId id;
    private String name;
    private DebtorType type = DebtorType.BUSINESS;
    private String country = "FR";
    private ZoneId timeZone = PARIS;
    private String language = "fr";
    private String email;
    private String phone;
    private LocalDate customerSince;
    private String segment;
    private List<String> ibans = List.of();

    private Builder(DebtorId id, String name) {
      this.id = id;
      this.name = name;
    }

    /** Sets the id. */
    public Builder id(DebtorId value) {
      this.id = value;
      return this;
    }

    /** Sets the name. */
    public Builder name(String value) {
      this.name = value;
      return this;
    }

    /** Sets the debtor type. */
    public Builder type(DebtorType value) {
      this.type = value;
      return this;
    }

    /** Sets the ISO country code. */
    public Builder country(String value) {
      this.country = value;
      return this;
    }

    /** Sets the time zone. */
    public Builder timeZone(ZoneId value) {
      this.timeZone = value;
      return this;
    }

    /** Sets the language code. */
    public Builder language(String value) {
      this.language = value;
      return this;
    }

    /** Sets the e-mail (null for none). */
    public Builder email(String value) {
      this.email = value;
      return this;
    }

    /** Sets the phone (null for none). */
    public Builder phone(String value) {
      this.phone = value;
      return this;
    }

    /** Sets the start of the relationship (null for unknown). */
    public Builder customerSince(LocalDate value) {
      this.customerSince = value;
      return this;
    }

    /** Forces a segment (null for computed). */
    public Builder segment(String value) {
      this.segment = value;
      return this;
    }

    /** Sets the known IBANs. */
    public Builder ibans(List<String> value) {
      this.ibans = List.copyOf(value);
      return this;
    }

    /** Builds the debtor, validating every field. */
    public Debtor build() {
      return new Debtor(id, name, type, country, timeZone, language, Optional.ofNullable(email),
          Optional.ofNullable(phone), Optional.ofNullable(customerSince), Optional.ofNullable(segment), ibans);
    }
  }
}
