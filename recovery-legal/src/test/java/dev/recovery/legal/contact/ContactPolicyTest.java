package dev.recovery.legal.contact;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.OptOut;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContactPolicyTest {

  private static final DebtorId D = DebtorId.of("D1");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ContactPolicy REG_F = ContactPolicy.standard(ContactPolicyConfig.usRegulationF());
  private static final ContactPolicy FR = ContactPolicy.standard(ContactPolicyConfig.franceDefault());
  private static final ContactPolicy FR_CANVASSING = ContactPolicy.standard(ContactPolicyConfig.franceCanvassing());

  private static OffsetDateTime t(String iso) {
    return OffsetDateTime.parse(iso);
  }

  private static Contact call(String at, Contact.Outcome outcome, String debt) {
    return new Contact(D, t(at), Channel.PHONE, Contact.Direction.OUTBOUND, outcome, Contact.DEBTOR,
        Optional.ofNullable(debt), List.of(), Optional.empty());
  }

  private static ContactRequest us(String at, Channel channel) {
    return ContactRequest.of(D, DebtorType.CONSUMER, NEW_YORK, channel, t(at)).withDebt("INV-1");
  }

  private static ContactRequest fr(String at, Channel channel) {
    return ContactRequest.of(D, DebtorType.CONSUMER, PARIS, channel, t(at));
  }

  private static RuleDecision rule(GateDecision g, String name) {
    return g.decisions().stream().filter(d -> d.rule().equals(name)).findFirst().orElseThrow();
  }

  /**
   * Hours in the debtor's zone across DST changes and holidays. Sources: 12 CFR 1006.6(b)(1)(i)
   * (08:00-21:00 at the consumer's location); FR library default 08:00-20:00 Mon-Sat without public
   * holidays (Code du travail L3133-1: 1 May, Whit Monday 9 June 2025); Decret 2022-1313 art. 1.
   */
  @ParameterizedTest(name = "{0} {1} {2} -> allowed={3}, next={4}")
  @CsvSource(nullValues = "-", value = {
      // US spring forward 10 March 2024: a stale -05:00 offset at 07:30 is 08:30 EDT: allowed
      "us, phone, 2024-03-10T07:30-05:00, true, -",
      "us, phone, 2024-03-10T07:59-04:00, false, 2024-03-10T08:00-04:00",
      // US fall back 3 November 2024: 08:30-04:00 is 07:30 EST: blocked until 08:00 EST
      "us, phone, 2024-11-03T08:30-04:00, false, 2024-11-03T08:00-05:00",
      "us, phone, 2024-11-03T08:00-05:00, true, -",
      "us, phone, 2024-07-04T21:00-04:00, true, -",
      "us, phone, 2024-07-04T21:00:01-04:00, false, 2024-07-05T08:00-04:00",
      "us, email, 2024-07-04T23:30-04:00, false, 2024-07-05T08:00-04:00",
      "us, letter, 2024-07-04T23:30-04:00, true, -",
      // France spring forward Sunday 30 March 2025: Sunday blocked, next Monday 08:00 CEST
      "fr, phone, 2025-03-30T10:00+01:00, false, 2025-03-31T08:00+02:00",
      // autumn change Sunday 26 October 2025 -> Monday 08:00 CET
      "fr, phone, 2025-10-26T09:00+02:00, false, 2025-10-27T08:00+01:00",
      // 1 May 2025 (Thursday) is a public holiday
      "fr, phone, 2025-05-01T10:00+02:00, false, 2025-05-02T08:00+02:00",
      "fr, sms, 2025-04-30T20:30+02:00, false, 2025-05-02T08:00+02:00",
      "fr, phone, 2025-04-30T20:00+02:00, true, -",
      "fr, phone, 2025-06-09T10:00+02:00, false, 2025-06-10T08:00+02:00",
      "fr, letter, 2025-05-01T10:00+02:00, true, -",
      "fr, email, 2025-05-01T10:00+02:00, true, -",
      "fr, phone, 2025-05-03T19:59+02:00, true, -",
      // canvassing: Saturday blocked, lunch break blocked
      "fr-canvassing, phone, 2025-05-03T10:00+02:00, false, 2025-05-05T10:00+02:00",
      "fr-canvassing, phone, 2025-05-06T13:30+02:00, false, 2025-05-06T14:00+02:00",
      "fr-canvassing, phone, 2025-05-06T09:00+02:00, false, 2025-05-06T10:00+02:00",
      "fr-canvassing, phone, 2025-05-06T12:00+02:00, true, -",
  })
  void hoursDaysAndHolidays(String profile, String channel, String at, boolean allowed, String next) {
    GateDecision g;
    if (profile.equals("us")) {
      g = REG_F.evaluate(us(at, Channel.parse(channel)), CaseFile.empty(D));
    } else {
      ContactPolicy p = profile.equals("fr") ? FR : FR_CANVASSING;
      g = p.evaluate(fr(at, Channel.parse(channel)), CaseFile.empty(D));
    }
    assertThat(g.allowed()).as(g.decisions().toString()).isEqualTo(allowed);
    assertThat(g.nextAllowedAt().orElse(null)).isEqualTo(next == null ? null : t(next));
    if (!allowed) {
      RuleDecision hours = rule(g, "contact-hours");
      assertThat(hours.isBlock()).isTrue();
      assertThat(hours.nextAllowedAt()).contains(t(next));
    }
  }

  @Test
  void regFSevenCallsInSevenDaysPerDebtIncludingUnansweredCalls() {
    List<CaseEvent> events = new ArrayList<>();
    for (int day = 1; day <= 7; day++) {
      events.add(call(String.format("2024-05-%02dT10:00-04:00", day), Contact.Outcome.NO_ANSWER, "INV-1"));
    }
    CaseFile file = CaseFile.of(D, events);
    GateDecision eighth = REG_F.evaluate(us("2024-05-07T15:00-04:00", Channel.PHONE), file);
    assertThat(eighth.allowed()).isFalse();
    RuleDecision freq = rule(eighth, "call-frequency");
    assertThat(freq.reference()).contains("1006.14(b)(2)(i)");
    assertThat(freq.reason()).contains("7 call attempt(s)");
    assertThat(freq.nextAllowedAt()).contains(t("2024-05-08T00:00-04:00"));
    assertThat(eighth.nextAllowedAt()).contains(t("2024-05-08T08:00-04:00"));
    // another debt is counted apart
    assertThat(REG_F.evaluate(us("2024-05-07T15:00-04:00", Channel.PHONE).withDebt("INV-2"), file).allowed()).isTrue();
    // the seventh call is allowed
    CaseFile six = CaseFile.of(D, events.subList(0, 6));
    assertThat(REG_F.evaluate(us("2024-05-07T15:00-04:00", Channel.PHONE), six).allowed()).isTrue();
  }

  @Test
  void regFNoCallWithinSevenDaysAfterAConversationDayOneBeingTheConversationDay() {
    CaseFile file = CaseFile.of(D, List.of(call("2024-05-01T10:00-04:00", Contact.Outcome.REACHED, "INV-1")));
    GateDecision day7 = REG_F.evaluate(us("2024-05-07T12:00-04:00", Channel.PHONE), file);
    assertThat(day7.allowed()).isFalse();
    assertThat(rule(day7, "after-conversation").reference()).contains("1006.14(b)(2)(ii)");
    assertThat(day7.nextAllowedAt()).contains(t("2024-05-08T08:00-04:00"));
    assertThat(REG_F.evaluate(us("2024-05-08T08:00-04:00", Channel.PHONE), file).allowed()).isTrue();
    // e-mail is not a call
    assertThat(REG_F.evaluate(us("2024-05-02T12:00-04:00", Channel.EMAIL), file).allowed()).isTrue();
  }

  @Test
  void regFThirdPartiesAndVoicemailContent() {
    ContactRequest base = us("2024-05-02T12:00-04:00", Channel.PHONE);
    GateDecision employer = REG_F.evaluate(base.withPerson("employer"), CaseFile.empty(D));
    assertThat(employer.allowed()).isFalse();
    assertThat(rule(employer, "third-party").reference()).contains("1006.6(d)");
    assertThat(REG_F.evaluate(base.withPerson("spouse"), CaseFile.empty(D)).allowed()).isTrue();

    GateDecision revealing = REG_F.evaluate(base.withChannel(Channel.VOICEMAIL).withMessage(
        "Hi, this is Anna from ACME Collections about your overdue balance of $250. Call 555-0100."), CaseFile.empty(D));
    assertThat(revealing.allowed()).isFalse();
    RuleDecision content = rule(revealing, "message-content");
    assertThat(content.reference()).contains("1006.2(j)");
    assertThat(content.reason()).contains("collections", "overdue", "balance", "$250");
    assertThat(content.nextAllowedAt()).isEmpty();
    assertThat(revealing.nextAllowedAt()).isEmpty();

    GateDecision limited = REG_F.evaluate(base.withChannel(Channel.VOICEMAIL).withMessage(
        "Hi, this is Anna Smith from ACME. Please call me back at 555-0100."), CaseFile.empty(D));
    assertThat(limited.allowed()).isTrue();
  }

  @Test
  void regFDoesNotApplyToBusinessDebts() {
    ContactRequest night = ContactRequest.of(D, DebtorType.BUSINESS, NEW_YORK, Channel.PHONE, t("2024-05-02T23:00-04:00"));
    GateDecision g = REG_F.evaluate(night, CaseFile.empty(D));
    assertThat(g.allowed()).isTrue();
    assertThat(rule(g, "contact-hours").reason()).contains("consumer");
  }

  @Test
  void optOutBlocksTheChannelWithoutNextInstant() {
    CaseFile file = CaseFile.of(D, List.of(new OptOut(D, t("2025-05-05T09:00+02:00"), Channel.PHONE)));
    GateDecision phone = FR.evaluate(fr("2025-05-06T10:00+02:00", Channel.PHONE), file);
    assertThat(phone.allowed()).isFalse();
    assertThat(rule(phone, "opt-out").reason()).contains("opted out of phone");
    assertThat(phone.nextAllowedAt()).isEmpty();
    assertThat(FR.evaluate(fr("2025-05-06T10:00+02:00", Channel.VOICEMAIL), file).allowed()).isFalse();
    assertThat(FR.evaluate(fr("2025-05-06T10:00+02:00", Channel.EMAIL), file).allowed()).isTrue();
    // before the opt-out the phone was allowed
    assertThat(FR.evaluate(fr("2025-05-05T08:30+02:00", Channel.PHONE), file).allowed()).isTrue();
  }

  @Test
  void franceCapsTwoCallsPerDayAndFourPerSevenDays() {
    CaseFile two = CaseFile.of(D, List.of(call("2025-05-06T09:00+02:00", Contact.Outcome.NO_ANSWER, null),
        call("2025-05-06T11:00+02:00", Contact.Outcome.NO_ANSWER, null)));
    GateDecision third = FR.evaluate(fr("2025-05-06T15:00+02:00", Channel.PHONE), two);
    assertThat(third.allowed()).isFalse();
    assertThat(rule(third, "call-frequency").reference()).contains("222-16");
    assertThat(third.nextAllowedAt()).contains(t("2025-05-07T08:00+02:00"));

    CaseFile four = CaseFile.of(D, List.of(call("2025-05-05T09:00+02:00", Contact.Outcome.NO_ANSWER, null),
        call("2025-05-05T11:00+02:00", Contact.Outcome.NO_ANSWER, null),
        call("2025-05-06T09:00+02:00", Contact.Outcome.REACHED, null),
        call("2025-05-07T09:00+02:00", Contact.Outcome.VOICEMAIL, null)));
    GateDecision fifth = FR.evaluate(fr("2025-05-09T10:00+02:00", Channel.PHONE), four);
    assertThat(fifth.allowed()).isFalse();
    assertThat(rule(fifth, "call-frequency").reason()).contains("4 call attempt(s)");
    // 5 May drops out of the 7-day window on 12 May (a Monday)
    assertThat(fifth.nextAllowedAt()).contains(t("2025-05-12T08:00+02:00"));
  }

  @Test
  void franceCooldownAfterRefusalSkipsWhitMonday() {
    CaseFile file = CaseFile.of(D, List.of(call("2025-06-02T10:00+02:00", Contact.Outcome.REFUSED, null)));
    GateDecision g = FR.evaluate(fr("2025-06-05T10:00+02:00", Channel.SMS), file);
    assertThat(g.allowed()).isFalse();
    assertThat(rule(g, "refusal-cooldown").nextAllowedAt()).contains(t("2025-06-09T00:00+02:00"));
    // 9 June 2025 is Whit Monday, a public holiday
    assertThat(g.nextAllowedAt()).contains(t("2025-06-10T08:00+02:00"));
    assertThat(FR.evaluate(fr("2025-06-05T10:00+02:00", Channel.LETTER), file).allowed()).isTrue();
  }

  @Test
  void franceVoicemailAndSmsWithoutDebtDetailsAndNoThirdParties() {
    ContactRequest vm = fr("2025-05-06T10:00+02:00", Channel.VOICEMAIL);
    assertThat(FR.evaluate(vm.withMessage("Bonjour, merci de rappeler Mme Martin au 01 23 45 67 89."),
        CaseFile.empty(D)).allowed()).isTrue();
    GateDecision bad = FR.evaluate(fr("2025-05-06T10:00+02:00", Channel.SMS)
        .withMessage("Votre facture impayée de 1 200,00 € est en retard"), CaseFile.empty(D));
    assertThat(bad.allowed()).isFalse();
    assertThat(rule(bad, "message-content").reason()).contains("facture", "impayee", "retard", "amount");
    GateDecision neighbour = FR.evaluate(fr("2025-05-06T10:00+02:00", Channel.PHONE).withPerson("neighbour"),
        CaseFile.empty(D));
    assertThat(neighbour.allowed()).isFalse();
    assertThat(rule(neighbour, "third-party").reference()).contains("Code civil 9");
  }

  @Test
  void canvassingProfileFourAttemptsPerThirtyDaysAndSixtyDaysAfterRefusal() {
    CaseFile four = CaseFile.of(D, List.of(call("2025-05-05T10:00+02:00", Contact.Outcome.NO_ANSWER, null),
        call("2025-05-12T10:00+02:00", Contact.Outcome.NO_ANSWER, null),
        call("2025-05-19T10:00+02:00", Contact.Outcome.NO_ANSWER, null),
        call("2025-05-26T10:00+02:00", Contact.Outcome.NO_ANSWER, null)));
    GateDecision g = FR_CANVASSING.evaluate(fr("2025-06-02T10:00+02:00", Channel.PHONE), four);
    assertThat(g.allowed()).isFalse();
    assertThat(rule(g, "call-frequency").reference()).contains("2022-1313");
    // 5 May leaves the 30-day window on 4 June (Wednesday)
    assertThat(g.nextAllowedAt()).contains(t("2025-06-04T10:00+02:00"));
    assertThat(FR.evaluate(fr("2025-06-02T10:00+02:00", Channel.PHONE), four).allowed()).isTrue();

    CaseFile refused = CaseFile.of(D, List.of(call("2025-05-05T10:00+02:00", Contact.Outcome.REFUSED, null)));
    GateDecision r = FR_CANVASSING.evaluate(fr("2025-06-30T10:00+02:00", Channel.PHONE), refused);
    assertThat(r.allowed()).isFalse();
    assertThat(rule(r, "refusal-cooldown").nextAllowedAt()).contains(t("2025-07-04T00:00+02:00"));
  }
}
