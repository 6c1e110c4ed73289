package dev.recovery.legal.letters;

import dev.recovery.core.ledger.DebtorType;
import dev.recovery.legal.JurisdictionId;
import java.util.ArrayList;
import java.util.List;

/**
 * The standard mention tables. Patterns run on folded text (lower case, no accents); see {@link Mention}.
 */
final class StandardLetterRules implements LetterRules {

  private static final String AMOUNT = "\\d[\\d .,]*\\s?(?:€|eur|euros?|\\$|usd|£|gbp|dollars?|pounds?)"
      + "|(?:€|\\$|£)\\s?\\d";
  private static final String DATE = "\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}"
      + "|\\d{1,2}(?:er)? (?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) \\d{4}"
      + "|\\d{1,2} (?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{4}"
      + "|(?:january|february|march|april|may|june|july|august|september|october|november|december) \\d{1,2},? \\d{4}";

  static final Mention FR_AMOUNT = Mention.of("amount", "the amount due", "C. civ. 1344; C. com. L441-9", AMOUNT);
  static final Mention FR_DUE_DATE = Mention.of("due-date", "the due date as a calendar date", "C. com. L441-9 I",
      DATE);
  static final Mention FR_PENALTY_RATE = Mention.of("penalty-rate",
      "the late-payment penalty rate (taux des penalites de retard)", "C. com. L441-9, L441-10 II",
      "penalites? de retard|interets? de retard|taux", "\\d+(?:[.,]\\d+)? ?%|taux (?:directeur )?(?:de la )?bce|refinancement");
  static final Mention FR_INDEMNITY = Mention.of("indemnity-40",
      "the fixed indemnity for recovery costs of 40 EUR (indemnite forfaitaire pour frais de recouvrement)",
      "C. com. L441-9, L441-10 II, D441-5", "indemnite forfaitaire", "40(?:[.,]00)? ?(?:€|eur|euros)");
  static final Mention FR_FORMAL_NOTICE = Mention.of("formal-notice",
      "an explicit demand to pay: 'mise en demeure'", "C. civ. 1344", "mise en demeure|mettons en demeure|met en demeure");
  static final Mention FR_DEADLINE = Mention.of("deadline", "a deadline to pay",
      "C. civ. 1344 (sufficient demand); practice", "(?:sous|dans un delai de|d'ici) (?:\\d+|huit|quinze|trente) jours|avant le");
  static final Mention FR_NO_INDEMNITY = Mention.of("no-indemnity-consumer",
      "no 40 EUR indemnity or recovery costs charged to a consumer", "CPCE L111-8",
      "indemnite forfaitaire");
  static final Mention FR_AGENCY = Mention.of("agency-identity",
      "the agency's name and address and that it collects debts amicably", "CPCE R124-4 1°", "recouvrement amiable");
  static final Mention FR_CREDITOR = Mention.of("creditor-identity", "the creditor's name and address",
      "CPCE R124-4 2°", "creancier|pour le compte de");
  static final Mention FR_BASIS = Mention.of("basis-and-breakdown",
      "the basis of the debt and the amount split into principal, interest and other sums", "CPCE R124-4 3°",
      "principal", "interets", "facture|contrat|fondement|titre|cause", AMOUNT);
  static final Mention FR_DEMAND = Mention.of("demand-to-pay", "a demand to pay and the payment methods",
      "CPCE R124-4 4°", "payer|regler|reglement|paiement", "virement|cheque|carte|prelevement|modalites de paiement");
  static final Mention FR_L111_8 = Mention.of("l111-8-text", "the text of L111-8 CPCE paragraphs 2 and 3",
      "CPCE R124-4 5°, L111-8", "l\\.? ?111-8", "a la charge du creancier", "reputee non ecrite");
  static final Mention FR_FIRST_LETTER_RECALL = Mention.of("first-letter-recall",
      "a reference to the first letter (its date)", "CPCE R124-4 (later correspondence)",
      "(?:notre|mon|premier|precedent) (?:courrier|lettre)|(?:courrier|lettre) du \\d");

  static final Mention UK_AMOUNT = Mention.of("amount", "the amount of the debt", "Pre-Action Protocol for Debt "
      + "Claims para 3.1(a)", AMOUNT);
  static final Mention UK_INTEREST = Mention.of("interest", "whether interest or other charges are claimed and "
      + "whether they continue", "Pre-Action Protocol for Debt Claims para 3.1(b)", "interest|charges", "continu");
  static final Mention UK_HOW_TO_PAY = Mention.of("how-to-pay", "how the debt can be paid",
      "Pre-Action Protocol for Debt Claims para 3.1(d)", "bank transfer|cheque|card|sort code|pay (?:by|online|to)");
  static final Mention UK_REPLY_FORM = Mention.of("reply-form", "the enclosed reply form, financial statement and "
      + "information sheet", "Pre-Action Protocol for Debt Claims para 3.1(e), Annex 1", "reply form",
      "information sheet");
  static final Mention UK_THIRTY_DAYS = Mention.of("30-days", "30 days to reply before proceedings",
      "Pre-Action Protocol for Debt Claims para 3.1(f), 4.1", "30 days|thirty days");

  static final Mention US_COLLECTOR = Mention.of("debt-collector-disclosure",
      "that the communication is from a debt collector", "12 CFR 1006.18(e); 15 U.S.C. 1692e(11)", "debt collector");
  static final Mention US_ITEMIZATION = Mention.of("itemization", "the itemization date and the amount then and now",
      "12 CFR 1006.34(c)(2)", "itemization date|as of", AMOUNT);
  static final Mention US_DISPUTE = Mention.of("dispute-rights", "the validation period end date and how to dispute",
      "12 CFR 1006.34(c)(3)", "dispute", DATE);
  static final Mention US_CFPB = Mention.of("cfpb-reference", "the CFPB website reference",
      "12 CFR 1006.34(c)(3)(iv)", "cfpb\\.gov");

  private final JurisdictionId jurisdiction;

  StandardLetterRules(JurisdictionId jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  @Override
  public JurisdictionId jurisdiction() {
    return jurisdiction;
  }

  @Override
  public LetterRequirements requirements(DebtorType type, LetterKind kind) {
    List<Mention> required = new ArrayList<>();
    List<Mention> forbidden = new ArrayList<>();
    String note;
    switch (jurisdiction.value()) {
      case "FR":
        note = france(type, kind, required, forbidden);
        break;
      case "UK":
        note = uk(type, kind, required);
        break;
      case "US":
        note = us(type, kind, required);
        break;
      default:
        note = "Directive 2011/7/EU sets no mandatory mentions for collection letters; apply national law";
    }
    return LetterRequirements.of(jurisdiction, type, kind, required, forbidden, note);
  }

  private static String france(DebtorType type, LetterKind kind, List<Mention> req, List<Mention> forbidden) {
    switch (kind) {
      case AGENCY_FIRST_LETTER:
        req.addAll(List.of(FR_AGENCY, FR_CREDITOR, FR_BASIS, FR_DEMAND, FR_L111_8));
        return "CPCE R124-4: first letter of a person collecting for others";
      case AGENCY_FOLLOW_UP:
        req.add(FR_FIRST_LETTER_RECALL);
        return "CPCE R124-4: later contacts recall the first letter";
      case REMINDER:
      case FORMAL_NOTICE:
        req.add(FR_AMOUNT);
        req.add(FR_DUE_DATE);
        if (type == DebtorType.CONSUMER) {
          forbidden.add(FR_NO_INDEMNITY);
        } else {
          req.add(FR_PENALTY_RATE);
          req.add(FR_INDEMNITY);
        }
        if (kind == LetterKind.FORMAL_NOTICE) {
          req.add(FR_FORMAL_NOTICE);
          req.add(FR_DEADLINE);
        }
        return type == DebtorType.CONSUMER
            ? "consumer: amount and due date; no 40 EUR indemnity (CPCE L111-8)"
            : "business: penalty rate and 40 EUR indemnity as on the invoice (C. com. L441-9)";
      default:
        return "no mandatory mentions for a " + kind.code() + " in France";
    }
  }

  private static String uk(DebtorType type, LetterKind kind, List<Mention> req) {
    if (kind == LetterKind.LETTER_OF_CLAIM && type == DebtorType.CONSUMER) {
      req.addAll(List.of(UK_AMOUNT, UK_INTEREST, UK_HOW_TO_PAY, UK_REPLY_FORM, UK_THIRTY_DAYS));
      return "Pre-Action Protocol for Debt Claims (2017): letter of claim to an individual, including a sole trader";
    }
    return "no mandatory mentions modelled for a " + kind.code() + " to a " + type.code() + " debtor in the UK "
        + "(the Pre-Action Protocol for Debt Claims applies to individuals; Practice Direction Pre-Action Conduct "
        + "otherwise)";
  }

  private static String us(DebtorType type, LetterKind kind, List<Mention> req) {
    if (type != DebtorType.CONSUMER) {
      return "Regulation F covers consumer debts only";
    }
    if (kind == LetterKind.VALIDATION_NOTICE) {
      req.addAll(List.of(US_COLLECTOR, US_ITEMIZATION, US_DISPUTE, US_CFPB));
      return "12 CFR 1006.34: validation information (simplified keyword check; use the CFPB model form B-1)";
    }
    req.add(US_COLLECTOR);
    return "12 CFR 1006.18(e)(2): later communications disclose that they are from a debt collector";
  }
}
