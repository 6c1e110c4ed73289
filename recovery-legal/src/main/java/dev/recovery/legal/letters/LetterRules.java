package dev.recovery.legal.letters;

import dev.recovery.core.ledger.DebtorType;
import dev.recovery.legal.JurisdictionId;

/**
 * The letter requirements of one jurisdiction, by debtor type and letter kind.
 *
 * <p>Implementations are immutable and thread-safe. A kind without mandatory mentions gives empty
 * requirements whose {@link LetterRequirements#note()} says so.
 */
public interface LetterRules {

  /** The jurisdiction. */
  JurisdictionId jurisdiction();

  /** The requirements of a letter of that kind to a debtor of that type. */
  LetterRequirements requirements(DebtorType debtorType, LetterKind kind);

  /**
   * France: B2B reminders and notices state the penalty rate and the 40 EUR indemnity (C. com. L441-9,
   * L441-10 II, D441-5); consumers are not charged the indemnity (CPCE L111-8); a formal notice demands
   * payment (C. civ. 1344); an agency's first letter carries the R124-4 CPCE mentions.
   */
  static LetterRules france() {
    return new StandardLetterRules(JurisdictionId.FR);
  }

  /** EU: the Directive sets no letter mentions. */
  static LetterRules eu() {
    return new StandardLetterRules(JurisdictionId.EU);
  }

  /** England and Wales: the Pre-Action Protocol for Debt Claims letter of claim (debtor an individual). */
  static LetterRules uk() {
    return new StandardLetterRules(JurisdictionId.UK);
  }

  /** United States: Regulation F validation notice and debt-collector disclosure (consumer debts). */
  static LetterRules us() {
    return new StandardLetterRules(JurisdictionId.US);
  }
}
