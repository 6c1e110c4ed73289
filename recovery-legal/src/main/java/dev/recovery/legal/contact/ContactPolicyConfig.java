package dev.recovery.legal.contact;

import dev.recovery.core.calendar.HolidayCalendar;
import dev.recovery.core.calendar.HolidayCalendars;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.ledger.DebtorType;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The thresholds of a {@link ContactPolicy}, with the legal reference of each group.
 *
 * <p>Immutable and thread-safe. Start from a standard profile and change what you need with {@link
 * #toBuilder()}. A limit of 0 means "no limit". Standard profiles (the defaults are this library's
 * reading; where the law sets no number the value is a documented, conservative choice):
 *
 * <table>
 *   <caption>Standard profiles</caption>
 *   <tr><th>profile</th><th>hours (local)</th><th>days</th><th>calls</th><th>after refusal</th></tr>
 *   <tr><td>{@code fr-default}</td><td>08:00-20:00</td><td>Mon-Sat, no FR public holidays</td>
 *       <td>2 per day, 4 per 7 days per debtor</td><td>7 days</td></tr>
 *   <tr><td>{@code fr-canvassing}</td><td>10:00-13:00, 14:00-20:00</td><td>Mon-Fri, no FR public holidays</td>
 *       <td>2 per day, 4 per 30 days</td><td>60 days</td></tr>
 *   <tr><td>{@code us-reg-f}</td><td>08:00-21:00</td><td>every day</td>
 *       <td>7 per 7 days per person and debt; none for 7 days after a conversation</td><td>-</td></tr>
 *   <tr><td>{@code uk-default}</td><td>08:00-21:00</td><td>Mon-Sat, no UK bank holidays</td>
 *       <td>3 per day, 7 per 7 days</td><td>7 days</td></tr>
 *   <tr><td>{@code eu-default}</td><td>08:00-20:00</td><td>Mon-Sat (no holiday calendar: set the national one)</td>
 *       <td>2 per day, 4 per 7 days</td><td>7 days</td></tr>
 * </table>
 *
 * @param name the profile name, such as {@code fr-default}
 * @param appliesTo the debtor types the conduct rules apply to (opt-outs apply to all)
 * @param windows the allowed daily windows of local time
 * @param days the allowed days of the week
 * @param holidays the public holidays on which no timed contact is allowed, if any
 * @param timedChannels the channels the hours, days and holidays apply to
 * @param hoursReference the reference of the hours rule
 * @param callChannels the channels counted as call attempts (and capped)
 * @param maxCallsPerDay call attempts per local day (0: no limit)
 * @param maxCallsPerWindow call attempts per rolling window (0: no limit)
 * @param windowDays the length of the rolling window in days, the proposed day included
 * @param perDebt whether calls are counted per debt (Regulation F) rather than per debtor
 * @param perPerson whether calls are counted per person called (Regulation F) rather than for all persons
 * @param frequencyReference the reference of the frequency rule
 * @param conversationQuietDays days without calls after a telephone conversation, conversation day = day 1 (0: none)
 * @param conversationReference the reference of the conversation rule
 * @param cooldownAfterRefusalDays days without voice or message contact after a refusal (0: none)
 * @param refusalReference the reference of the cooldown rule
 * @param allowedParties the persons the debt may be discussed with ({@code debtor} and allowed roles)
 * @param thirdPartyReference the reference of the third-party rule
 * @param limitedContentChannels the channels whose message must not reveal the debt
 * @param forbiddenWords the words that reveal the debt (matched as whole words, ignoring case and accents)
 * @param contentReference the reference of the content rule
 * @param optOutReference the reference of the opt-out rule
 */
public record ContactPolicyConfig(String name, Set<DebtorType> appliesTo, List<TimeWindow> windows,
    Set<DayOfWeek> days, Optional<HolidayCalendar> holidays, Set<Channel> timedChannels, String hoursReference,
    Set<Channel> callChannels, int maxCallsPerDay, int maxCallsPerWindow, int windowDays, boolean perDebt,
    boolean perPerson, String frequencyReference, int conversationQuietDays, String conversationReference,
    int cooldownAfterRefusalDays, String refusalReference, Set<String> allowedParties, String thirdPartyReference,
    Set<Channel> limitedContentChannels, List<String> forbiddenWords, String contentReference,
    String optOutReference) {

  /** Words that reveal a debt in English (Regulation F limited-content message, 12 CFR 1006.2(j)). */
  public static final List<String> ENGLISH_DEBT_WORDS = List.of("debt", "debts", "owe", "owed", "owes", "owing",
      "collection", "collections", "collect", "collecting", "collector", "payment", "payments", "pay", "overdue",
      "past due", "late", "delinquent", "arrears", "invoice", "invoices", "bill", "amount", "balance", "outstanding",
      "account", "creditor", "lawsuit", "legal action", "court", "bailiff", "judgment", "credit report");

  /** Words that reveal a debt in French (voicemail and SMS without debt details). */
  public static final List<String> FRENCH_DEBT_WORDS = List.of("dette", "dettes", "creance", "creances", "impaye",
      "impayes", "impayee", "impayees", "facture", "factures", "montant", "retard", "relance", "recouvrement",
      "contentieux", "huissier", "commissaire de justice", "mise en demeure", "reglement", "paiement", "payer", "solde",
      "somme due", "sommes dues", "echeance", "injonction", "tribunal", "poursuites", "debiteur", "creancier");

  private static final Set<Channel> VOICE_AND_MESSAGES = EnumSet.of(Channel.PHONE, Channel.VOICEMAIL, Channel.SMS,
      Channel.WHATSAPP);
  private static final Set<Channel> CALLS = EnumSet.of(Channel.PHONE, Channel.VOICEMAIL);
  private static final Set<DayOfWeek> MON_SAT = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);

  /** Validates the configuration. */
  public ContactPolicyConfig {
    Objects.requireNonNull(name, "name");
    appliesTo = Set.copyOf(appliesTo);
    windows = List.copyOf(new ArrayList<>(windows).stream()
        .sorted((a, b) -> a.start().compareTo(b.start())).toList());
    days = Set.copyOf(days);
    Objects.requireNonNull(holidays, "holidays");
    timedChannels = Set.copyOf(timedChannels);
    Objects.requireNonNull(hoursReference, "hoursReference");
    callChannels = Set.copyOf(callChannels);
    Objects.requireNonNull(frequencyReference, "frequencyReference");
    Objects.requireNonNull(conversationReference, "conversationReference");
    Objects.requireNonNull(refusalReference, "refusalReference");
    allowedParties = Set.copyOf(allowedParties);
    Objects.requireNonNull(thirdPartyReference, "thirdPartyReference");
    limitedContentChannels = Set.copyOf(limitedContentChannels);
    forbiddenWords = List.copyOf(forbiddenWords);
    Objects.requireNonNull(contentReference, "contentReference");
    Objects.requireNonNull(optOutReference, "optOutReference");
    if (name.isBlank()) {
      throw new IllegalArgumentException("profile name must not be blank");
    }
    if (windows.isEmpty() || days.isEmpty()) {
      throw new IllegalArgumentException("profile " + name + ": at least one time window and one day are needed");
    }
    requireNonNegative("maxCallsPerDay", maxCallsPerDay);
    requireNonNegative("maxCallsPerWindow", maxCallsPerWindow);
    requireNonNegative("conversationQuietDays", conversationQuietDays);
    requireNonNegative("cooldownAfterRefusalDays", cooldownAfterRefusalDays);
    if (maxCallsPerWindow > 0 && windowDays < 1) {
      throw new IllegalArgumentException("profile " + name + ": windowDays must be at least 1, found " + windowDays);
    }
  }

  private static void requireNonNegative(String field, int value) {
    if (value < 0) {
      throw new IllegalArgumentException(field + " must not be negative, found " + value);
    }
  }

  /** France, debt collection (Code penal 222-16; C. civ. 9; Code du travail L3133-1 holidays). */
  public static ContactPolicyConfig franceDefault() {
    return new Builder("fr-default")
        .appliesTo(EnumSet.allOf(DebtorType.class))
        .windows(List.of(TimeWindow.of("08:00", "20:00"))).days(MON_SAT).holidays(HolidayCalendars.FR)
        .timedChannels(VOICE_AND_MESSAGES)
        .hoursReference("Code penal 222-16 (calls meant to harass); library default 08:00-20:00 Mon-Sat, "
            + "no Sundays or public holidays (Code du travail L3133-1)")
        .callChannels(CALLS).maxCallsPerDay(2).maxCallsPerWindow(4).windowDays(7)
        .frequencyReference("Code penal 222-16 (repeated malicious calls); library default cap 2 per day, 4 per 7 days")
        .cooldownAfterRefusalDays(7)
        .refusalReference("Code penal 222-16; library default: 7 days without calls or messages after a refusal")
        .allowedParties(Set.of("debtor", "legal_representative", "attorney", "guardian"))
        .thirdPartyReference("Code civil 9 (private life); RGPD art. 5(1)(b)-(c), 6: never disclose the debt to "
            + "relatives, neighbours, the employer or the debtor's clients")
        .limitedContentChannels(EnumSet.of(Channel.VOICEMAIL, Channel.SMS))
        .forbiddenWords(concat(FRENCH_DEBT_WORDS, ENGLISH_DEBT_WORDS))
        .contentReference("Code civil 9; RGPD art. 5(1)(c): a voicemail or SMS may be read by others, so it carries "
            + "no debt details")
        .optOutReference("RGPD art. 21 (objection); library rule: a recorded opt-out blocks the channel")
        .build();
  }

  /** France, the stricter canvassing windows as an opt-in profile (Decret 2022-1313, C. consom. L223-1). */
  public static ContactPolicyConfig franceCanvassing() {
    return franceDefault().toBuilder().name("fr-canvassing")
        .windows(List.of(TimeWindow.of("10:00", "13:00"), TimeWindow.of("14:00", "20:00")))
        .days(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
        .hoursReference("Decret 2022-1313 art. 1: Monday to Friday 10:00-13:00 and 14:00-20:00, no public holidays")
        .maxCallsPerWindow(4).windowDays(30)
        .frequencyReference("Decret 2022-1313 art. 2: at most 4 solicitations per 30 calendar days; 2 per day "
            + "(library default)")
        .cooldownAfterRefusalDays(60)
        .refusalReference("Decret 2022-1313 art. 2: no new solicitation for 60 days after a refusal")
        .build();
  }

  /** United States, Regulation F (12 CFR part 1006), consumer debts. */
  public static ContactPolicyConfig usRegulationF() {
    return new Builder("us-reg-f")
        .appliesTo(EnumSet.of(DebtorType.CONSUMER))
        .windows(List.of(TimeWindow.of("08:00", "21:00"))).days(EnumSet.allOf(DayOfWeek.class))
        .timedChannels(EnumSet.of(Channel.PHONE, Channel.VOICEMAIL, Channel.SMS, Channel.WHATSAPP, Channel.EMAIL))
        .hoursReference("12 CFR 1006.6(b)(1)(i): not before 8:00 a.m. or after 9:00 p.m. at the consumer's location")
        .callChannels(CALLS).maxCallsPerWindow(7).windowDays(7).perDebt(true).perPerson(true)
        .frequencyReference("12 CFR 1006.14(b)(2)(i): more than 7 calls within 7 consecutive days about a debt")
        .conversationQuietDays(7)
        .conversationReference("12 CFR 1006.14(b)(2)(ii): no call within 7 days after a telephone conversation about "
            + "the debt, the conversation day being day 1")
        .allowedParties(Set.of("debtor", "spouse", "parent_of_minor", "guardian", "executor", "administrator",
            "attorney", "consumer_reporting_agency", "creditor", "creditor_attorney", "collector_attorney"))
        .thirdPartyReference("12 CFR 1006.6(d)(1) and 1006.6(a)(4): no communication about the debt with anyone but "
            + "the consumer and the persons listed")
        .limitedContentChannels(EnumSet.of(Channel.VOICEMAIL))
        .forbiddenWords(ENGLISH_DEBT_WORDS)
        .contentReference("12 CFR 1006.2(j): a voicemail is a limited-content message only (business name not "
            + "revealing collection, request to reply, natural person's name, callback number)")
        .optOutReference("12 CFR 1006.14(h): a consumer's request not to use a medium")
        .build();
  }

  /** United Kingdom (England and Wales). */
  public static ContactPolicyConfig ukDefault() {
    return new Builder("uk-default")
        .appliesTo(EnumSet.allOf(DebtorType.class))
        .windows(List.of(TimeWindow.of("08:00", "21:00"))).days(MON_SAT).holidays(HolidayCalendars.UK)
        .timedChannels(VOICE_AND_MESSAGES)
        .hoursReference("Administration of Justice Act 1970 s.40 (harassment of debtors); library default 08:00-21:00 "
            + "Mon-Sat, no bank holidays")
        .callChannels(CALLS).maxCallsPerDay(3).maxCallsPerWindow(7).windowDays(7)
        .frequencyReference("Administration of Justice Act 1970 s.40; Protection from Harassment Act 1997; library "
            + "default cap 3 per day, 7 per 7 days")
        .cooldownAfterRefusalDays(7)
        .refusalReference("Administration of Justice Act 1970 s.40; library default 7 days after a refusal")
        .allowedParties(Set.of("debtor", "legal_representative", "attorney", "guardian"))
        .thirdPartyReference("UK GDPR art. 5, 6; Administration of Justice Act 1970 s.40(1)(c) (publicity)")
        .limitedContentChannels(EnumSet.of(Channel.VOICEMAIL, Channel.SMS))
        .forbiddenWords(ENGLISH_DEBT_WORDS)
        .contentReference("UK GDPR art. 5(1)(f): a voicemail or SMS may be heard by others; no debt details")
        .optOutReference("UK GDPR art. 21; library rule: a recorded opt-out blocks the channel")
        .build();
  }

  /** Other EU member states (no harmonised collection conduct rules; set the national holiday calendar). */
  public static ContactPolicyConfig euDefault() {
    return new Builder("eu-default")
        .appliesTo(EnumSet.allOf(DebtorType.class))
        .windows(List.of(TimeWindow.of("08:00", "20:00"))).days(MON_SAT)
        .timedChannels(VOICE_AND_MESSAGES)
        .hoursReference("Directive 2005/29/EC Annex I point 26 (persistent unwanted solicitations); library default "
            + "08:00-20:00 Mon-Sat")
        .callChannels(CALLS).maxCallsPerDay(2).maxCallsPerWindow(4).windowDays(7)
        .frequencyReference("Directive 2005/29/EC Annex I point 26; library default cap 2 per day, 4 per 7 days")
        .cooldownAfterRefusalDays(7)
        .refusalReference("Directive 2005/29/EC Annex I point 26; library default 7 days after a refusal")
        .allowedParties(Set.of("debtor", "legal_representative", "attorney", "guardian"))
        .thirdPartyReference("GDPR (Regulation 2016/679) art. 5, 6: no disclosure of the debt to third parties")
        .limitedContentChannels(EnumSet.of(Channel.VOICEMAIL, Channel.SMS))
        .forbiddenWords(ENGLISH_DEBT_WORDS)
        .contentReference("GDPR art. 5(1)(c), 5(1)(f): no debt details in messages others may read")
        .optOutReference("GDPR art. 21; library rule: a recorded opt-out blocks the channel")
        .build();
  }

  private static List<String> concat(List<String> a, List<String> b) {
    Set<String> all = new LinkedHashSet<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /** A builder initialised with this configuration. */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.appliesTo = appliesTo;
    b.windows = windows;
    b.days = days;
    b.holidays = holidays.orElse(null);
    b.timedChannels = timedChannels;
    b.hoursReference = hoursReference;
    b.callChannels = callChannels;
    b.maxCallsPerDay = maxCallsPerDay;
    b.maxCallsPerWindow = maxCallsPerWindow;
    b.windowDays = windowDays;
    b.perDebt = perDebt;
    b.perPerson = perPerson;
    b.frequencyReference = frequencyReference;
    b.conversationQuietDays = conversationQuietDays;
    b.conversationReference = conversationReference;
    b.cooldownAfterRefusalDays = cooldownAfterRefusalDays;
    b.refusalReference = refusalReference;
    b.allowedParties = allowedParties;
    b.thirdPartyReference = thirdPartyReference;
    b.limitedContentChannels = limitedContentChannels;
    b.forbiddenWords = forbiddenWords;
    b.contentReference = contentReference;
    b.optOutReference = optOutReference;
    return b;
  }

  /** A new builder with no limits, every day 00:00-23:59 and empty references. */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /** A builder of {@link ContactPolicyConfig}; not thread-safe. */
  public static final class Builder {
    private String name;
    private Set<DebtorType> appliesTo = EnumSet.allOf(DebtorType.class);
    private List<TimeWindow> windows = List.of(TimeWindow.of("00:00", "23:59:59"));
    private Set<DayOfWeek> days = EnumSet.allOf(DayOfWeek.class);
    private HolidayCalendar holidays;
    private Set<Channel> timedChannels = Set.of();
    private String hoursReference = "";
    private Set<Channel> callChannels = CALLS;
    private int maxCallsPerDay;
    private int maxCallsPerWindow;
    private int windowDays = 7;
    private boolean perDebt;
    private boolean perPerson;
    private String frequencyReference = "";
    private int conversationQuietDays;
    private String conversationReference = "";
    private int cooldownAfterRefusalDays;
    private String refusalReference = "";
    private Set<String> allowedParties = Set.of("debtor");
    private String thirdPartyReference = "";
    private Set<Channel> limitedContentChannels = Set.of();
    private List<String> forbiddenWords = List.of();
    private String contentReference = "";
    private String optOutReference = "";

    private Builder(String name) {
      this.name = name;
    }

    /** The profile name. */
    public Builder name(String v) { this.name = v; return this; }
    /** The debtor types the conduct rules apply to. */
    public Builder appliesTo(Collection<DebtorType> v) { this.appliesTo = Set.copyOf(v); return this; }
    /** The allowed daily windows. */
    public Builder windows(List<TimeWindow> v) { this.windows = v; return this; }
    /** The allowed days of the week. */
    public Builder days(Collection<DayOfWeek> v) { this.days = Set.copyOf(v); return this; }
    /** The holiday calendar; null for none. */
    public Builder holidays(HolidayCalendar v) { this.holidays = v; return this; }
    /** The channels the hours apply to. */
    public Builder timedChannels(Collection<Channel> v) { this.timedChannels = Set.copyOf(v); return this; }
    /** The reference of the hours rule. */
    public Builder hoursReference(String v) { this.hoursReference = v; return this; }
    /** The channels counted as calls. */
    public Builder callChannels(Collection<Channel> v) { this.callChannels = Set.copyOf(v); return this; }
    /** Calls per local day (0: no limit). */
    public Builder maxCallsPerDay(int v) { this.maxCallsPerDay = v; return this; }
    /** Calls per rolling window (0: no limit). */
    public Builder maxCallsPerWindow(int v) { this.maxCallsPerWindow = v; return this; }
    /** The rolling window in days. */
    public Builder windowDays(int v) { this.windowDays = v; return this; }
    /** Count calls per debt. */
    public Builder perDebt(boolean v) { this.perDebt = v; return this; }
    /** Count calls per person. */
    public Builder perPerson(boolean v) { this.perPerson = v; return this; }
    /** The reference of the frequency rule. */
    public Builder frequencyReference(String v) { this.frequencyReference = v; return this; }
    /** Quiet days after a conversation (0: none). */
    public Builder conversationQuietDays(int v) { this.conversationQuietDays = v; return this; }
    /** The reference of the conversation rule. */
    public Builder conversationReference(String v) { this.conversationReference = v; return this; }
    /** Cooldown days after a refusal (0: none). */
    public Builder cooldownAfterRefusalDays(int v) { this.cooldownAfterRefusalDays = v; return this; }
    /** The reference of the refusal rule. */
    public Builder refusalReference(String v) { this.refusalReference = v; return this; }
    /** The persons the debt may be discussed with. */
    public Builder allowedParties(Collection<String> v) { this.allowedParties = Set.copyOf(v); return this; }
    /** The reference of the third-party rule. */
    public Builder thirdPartyReference(String v) { this.thirdPartyReference = v; return this; }
    /** The channels whose message may not reveal the debt. */
    public Builder limitedContentChannels(Collection<Channel> v) { this.limitedContentChannels = Set.copyOf(v); return this; }
    /** The words that reveal the debt. */
    public Builder forbiddenWords(List<String> v) { this.forbiddenWords = v; return this; }
    /** The reference of the content rule. */
    public Builder contentReference(String v) { this.contentReference = v; return this; }
    /** The reference of the opt-out rule. */
    public Builder optOutReference(String v) { this.optOutReference = v; return this; }

    /** Builds and validates the configuration. */
    public ContactPolicyConfig build() {
      return new ContactPolicyConfig(name, appliesTo, windows, days, Optional.ofNullable(holidays), timedChannels,
          hoursReference, callChannels, maxCallsPerDay, maxCallsPerWindow, windowDays, perDebt, perPerson,
          frequencyReference, conversationQuietDays, conversationReference, cooldownAfterRefusalDays,
          refusalReference, allowedParties, thirdPartyReference, limitedContentChannels, forbiddenWords,
          contentReference, optOutReference);
    }
  }
}
