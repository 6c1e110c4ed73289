package dev.recovery.legal.terms;

import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.terms.PaymentTerms;
import dev.recovery.legal.JurisdictionId;
import java.time.LocalDate;

/**
 * Statutory caps on payment terms in one jurisdiction.
 *
 * <p>Implementations are immutable and thread-safe. The standard ones:
 * <ul>
 *   <li>{@link #france()}: business debtors 60 days from the invoice date, or 45 days end of month
 *       when the terms say end of month (C. com. L441-10 I; computed with the terms' own end-of-month
 *       method, both readings being accepted by the DGCCRF); public buyers 30 days (Code de la
 *       commande publique R2192-10); consumers: no statutory cap.
 *   <li>{@link #eu()}: businesses 60 days, longer only if expressly agreed and not grossly unfair
 *       (Directive 2011/7/EU art. 3(5)); public authorities 30 days, 60 if expressly agreed and
 *       objectively justified (art. 4(3), 4(6)); consumers out of scope.
 *   <li>{@link #uk()}: businesses 60 days unless expressly agreed and not grossly unfair, public
 *       authorities 30 days (Late Payment of Commercial Debts Regulations 2013, SI 2013/395; Public
 *       Contracts Regulations 2015 reg. 113).
 *   <li>{@link #us()}: no cap between private parties; federal agencies 30 days (Prompt Payment Act,
 *       31 U.S.C. 3903).
 * </ul>
 */
public interface TermCaps {

  /** The jurisdiction. */
  JurisdictionId jurisdiction();

  /**
   * Checks the terms agreed for an invoice of that date and debtor type.
   *
   * @return within the cap or not, with the latest lawful due date and the reference
   */
  TermCapCheck check(PaymentTerms terms, LocalDate invoiceDate, DebtorType debtorType);

  /** France. */
  static TermCaps france() {
    return new StandardTermCaps(JurisdictionId.FR);
  }

  /** Directive 2011/7/EU. */
  static TermCaps eu() {
    return new StandardTermCaps(JurisdictionId.EU);
  }

  /** United Kingdom. */
  static TermCaps uk() {
    return new StandardTermCaps(JurisdictionId.UK);
  }

  /** United States. */
  static TermCaps us() {
    return new StandardTermCaps(JurisdictionId.US);
  }
}
