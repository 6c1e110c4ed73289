package dev.recovery.scenarios.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import dev.recovery.scenarios.run.PenaltyQuote;
import dev.recovery.scenarios.run.PlannedAction;
import dev.recovery.scenarios.scenario.Tone;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MessageRendererTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  static final Debtor FR = Debtor.builder(DebtorId.of("D1"), "ACME SAS").phone("+33 1 00 00 00 00").build();
  static final Debtor EN = Debtor.builder(DebtorId.of("D2"), "Widgets Ltd").country("GB").language("en")
      .timeZone(ZoneId.of("Europe/London")).build();
  // "30 jours fin de mois" from 2025-01-15: due 2025-02-28, 31 days late on 2025-03-31
  static final Invoice F1 = Invoice.of(InvoiceId.of("F-2025-001"), FR.id(), LocalDate.of(2025, 1, 15),
      PaymentTerms.parse("30 jours fin de mois"), Money.parse("EUR 3000.00"));
  static final Invoice G1 = Invoice.of(InvoiceId.of("INV-7"), EN.id(), LocalDate.of(2025, 1, 15),
      PaymentTerms.parse("net 30"), Money.parse("GBP 1250.50"));
  static final Ledger LEDGER = Ledger.of(List.of(FR, EN), List.of(F1, G1), List.of());
  static final MessageRenderer RENDERER = MessageRenderer.of(new CreditorProfile("Fournitures Durand", "01 23 45 67 89",
      Optional.empty(), Optional.of("1 rue de la Paix, 75002 Paris"), Optional.of("FR76 3000 6000 0112 3456 7890 189"),
      Optional.of("Claire Martin")));

  static PlannedAction action(Debtor d, Invoice inv, Channel channel, String template, Optional<PenaltyQuote> q) {
    return new PlannedAction("abc", AS_OF, d.id(), "standard-b2b", "x", 0, Optional.of(channel), false,
        List.of(inv.id()), inv.amount(), AS_OF.atTime(9, 0).atZone(d.timeZone()), template, d.language(), false, q,
        List.of());
  }

  @Test
  void amounts_and_dates_are_formatted_for_the_locale() {
    assertThat(MessageRenderer.format(Money.parse("EUR 3000.00"), "fr")).matches("3[\\s\\u202F\\u00A0]000,00[\\s\\u202F\\u00A0]€");
    assertThat(MessageRenderer.format(Money.parse("EUR 3000.00"), "en")).isEqualTo("€3,000.00");
    assertThat(MessageRenderer.format(LocalDate.of(2025, 3, 15), "fr")).isEqualTo("15 mars 2025");
    assertThat(MessageRenderer.format(LocalDate.of(2025, 3, 15), "en")).isEqualTo("15 March 2025");
  }

  @Test
  void the_call_script_puts_the_facts_first_and_states_the_objective() {
    String text = RENDERER.render(action(FR, F1, Channel.PHONE, "first-call", Optional.empty()), FR, LEDGER,
        CaseFile.empty(FR.id())).text();
    assertThat(text).containsPattern("Vous nous devez 3[\\s\\u202F\\u00A0]000,00[\\s\\u202F\\u00A0]€")
        .contains("Nous avions convenu de 30 jours fin de mois")
        .contains("échu depuis 31 jours")
        .contains("Pouvons-nous convenir qu'il soit réglé cette semaine ?")
        .contains("Nous n'avons pas reçu la facture").contains("Le paiement est parti")
        .contains("Issues à enregistrer");
  }

  @Test
  void the_reminder_with_penalties_states_rate_interest_and_the_40_euro_indemnity() {
    PenaltyQuote q = new PenaltyQuote(Money.parse("EUR 37.45"), Money.parse("EUR 40.00"), Money.parse("EUR 77.45"),
        "12.15", List.of("C. com. L441-10"));
    String text = RENDERER.render(action(FR, F1, Channel.LETTER, "reminder-penalties", Optional.of(q)), FR, LEDGER,
        CaseFile.empty(FR.id())).text();
    assertThat(text).contains("L441-10").contains("12,15 %").containsPattern("37,45[\\s\\u202F\\u00A0]€").containsPattern("40,00[\\s\\u202F\\u00A0]€")
        .contains("D441-5").contains("31 mars 2025");
  }

  @Test
  void the_formal_notice_is_a_mise_en_demeure() {
    String text = RENDERER.render(action(FR, F1, Channel.REGISTERED_LETTER, "formal-notice", Optional.empty()), FR,
        LEDGER, CaseFile.empty(FR.id())).text();
    assertThat(text).contains("MISE EN DEMEURE").contains("accusé de réception").contains("1344");
  }

  @ParameterizedTest
  @ValueSource(strings = {"fr", "en"})
  void the_sms_fits_in_160_gsm_characters(String language) {
    Debtor d = language.equals("fr") ? FR : EN;
    Invoice inv = language.equals("fr") ? F1 : G1;
    RenderedMessage sms = RENDERER.render(action(d, inv, Channel.SMS, "reminder-short", Optional.empty()), d, LEDGER,
        CaseFile.empty(d.id()));
    assertThat(sms.warnings()).isEmpty();
    assertThat(Gsm7.length(sms.text())).isBetween(1, 160);
  }

  @Test
  void the_voicemail_says_nothing_about_the_debt() {
    String text = RENDERER.render(action(EN, G1, Channel.VOICEMAIL, "voicemail", Optional.empty()), EN, LEDGER,
        CaseFile.empty(EN.id())).text().toLowerCase();
    assertThat(text).contains("call me back").doesNotContain("debt").doesNotContain("invoice").doesNotContain("owe")
        .doesNotContain("payment").doesNotContain("1,250");
  }

  @Test
  void english_and_tone() {
    String firm = RENDERER.render(action(EN, G1, Channel.EMAIL, "reminder", Optional.empty()), EN, LEDGER,
        CaseFile.empty(EN.id()), Tone.FIRM).text();
    assertThat(firm).contains("£1,250.50").contains("within eight days").contains("INV-7");
    String courteous = RENDERER.render(action(EN, G1, Channel.EMAIL, "reminder", Optional.empty()), EN, LEDGER,
        CaseFile.empty(EN.id()), Tone.COURTEOUS).text();
    assertThat(courteous).contains("Unless we are mistaken").doesNotContain("within eight days");
  }

  @Test
  void gsm7_counts_extension_characters_twice_and_rejects_others() {
    assertThat(Gsm7.length("abc")).isEqualTo(3);
    assertThat(Gsm7.length("5 €")).isEqualTo(4);
    assertThat(Gsm7.length("ŝ")).isEqualTo(-1);
  }
}
