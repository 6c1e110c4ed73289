package dev.recovery.legal.letters;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.ledger.DebtorType;
import org.junit.jupiter.api.Test;

class LetterRequirementsTest {

  private static final String FR_B2B_REMINDER = "Madame, Monsieur, sauf erreur de notre part, la facture F-2024-001 "
      + "d'un montant de 3 000,00 EUR, échue le 15/03/2024, reste impayée. Conformément à nos conditions générales, "
      + "des pénalités de retard au taux de 14,50 % sont dues, ainsi qu'une indemnité forfaitaire pour frais de "
      + "recouvrement de 40 €.";

  /** Source: C. com. L441-9 and L441-10 II, D441-5 (penalty rate and 40 EUR indemnity). */
  @Test
  void frenchB2bReminderNeedsPenaltyRateAndIndemnity() {
    LetterRequirements req = LetterRules.france().requirements(DebtorType.BUSINESS, LetterKind.REMINDER);
    assertThat(req.mentions()).extracting(Mention::id)
        .containsExactly("amount", "due-date", "penalty-rate", "indemnity-40");
    assertThat(req.validate(FR_B2B_REMINDER).valid()).isTrue();
    LetterCheck missing = req.validate("Votre facture de 3 000,00 EUR échue le 15/03/2024 reste impayée.");
    assertThat(missing.valid()).isFalse();
    assertThat(missing.missing()).extracting(Mention::id).containsExactly("penalty-rate", "indemnity-40");
    assertThat(missing.missing().get(1).reference()).contains("D441-5");
  }

  /** Source: C. civ. 1344 (formal notice). */
  @Test
  void frenchFormalNoticeNeedsTheDemandAndADeadline() {
    LetterRequirements req = LetterRules.france().requirements(DebtorType.BUSINESS, LetterKind.FORMAL_NOTICE);
    LetterCheck c = req.validate(FR_B2B_REMINDER);
    assertThat(c.missing()).extracting(Mention::id).containsExactly("formal-notice", "deadline");
    assertThat(req.validate(FR_B2B_REMINDER + " Nous vous mettons en demeure de payer sous 8 jours.").valid()).isTrue();
  }

  /** Source: CPCE L111-8 (no recovery costs on a consumer without an enforceable title). */
  @Test
  void frenchConsumerLetterMustNotChargeTheIndemnity() {
    LetterRequirements req = LetterRules.france().requirements(DebtorType.CONSUMER, LetterKind.REMINDER);
    LetterCheck c = req.validate(FR_B2B_REMINDER);
    assertThat(c.valid()).isFalse();
    assertThat(c.forbiddenFound()).extracting(Mention::reference).containsExactly("CPCE L111-8");
    assertThat(req.validate("Votre facture de 120,00 € échue le 15 mars 2024 reste impayée.").valid()).isTrue();
  }

  /** Source: CPCE R124-4 1° to 5°. */
  @Test
  void agencyFirstLetterCarriesTheR1244Mentions() {
    LetterRequirements req = LetterRules.france().requirements(DebtorType.CONSUMER, LetterKind.AGENCY_FIRST_LETTER);
    assertThat(req.mentions()).hasSize(5);
    String letter = "Recouvra SAS, 1 rue de la Paix, Paris, société de recouvrement amiable, agissant pour le compte "
        + "de son client ACME SA (créancier), 2 avenue Foch, Lyon. Fondement : facture F-1 du 01/02/2024. "
        + "Principal : 1 000,00 €, intérêts : 12,00 €, autres sommes : 0,00 €. Nous vous demandons de régler cette "
        + "somme par virement ou chèque. Article L. 111-8 du code des procédures civiles d'exécution : les frais de "
        + "recouvrement entrepris sans titre exécutoire restent à la charge du créancier ... Toute stipulation "
        + "contraire est réputée non écrite, sauf disposition législative contraire.";
    assertThat(req.validate(letter).missing()).isEmpty();
    LetterCheck bare = req.validate("Veuillez payer 1 000,00 € par virement.");
    assertThat(bare.missing()).extracting(Mention::id)
        .containsExactly("agency-identity", "creditor-identity", "basis-and-breakdown", "l111-8-text");
  }

  @Test
  void usValidationNoticeAndUkLetterOfClaim() {
    LetterRequirements us = LetterRules.us().requirements(DebtorType.CONSUMER, LetterKind.VALIDATION_NOTICE);
    assertThat(us.validate("Hello").missing()).extracting(Mention::id)
        .contains("debt-collector-disclosure", "cfpb-reference");
    assertThat(LetterRules.us().requirements(DebtorType.BUSINESS, LetterKind.REMINDER).mentions()).isEmpty();
    LetterRequirements uk = LetterRules.uk().requirements(DebtorType.CONSUMER, LetterKind.LETTER_OF_CLAIM);
    assertThat(uk.validate("You owe £1,200.00. Interest continues to accrue. Pay by bank transfer. Please complete "
        + "the enclosed reply form; an information sheet is enclosed. Reply within 30 days.").valid()).isTrue();
    assertThat(LetterRules.eu().requirements(DebtorType.BUSINESS, LetterKind.REMINDER).note()).contains("national");
  }
}
