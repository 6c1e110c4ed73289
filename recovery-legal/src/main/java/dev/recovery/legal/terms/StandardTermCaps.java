package dev.recovery.legal.terms;

import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.terms.PaymentTerms;
import dev.recovery.legal.JurisdictionId;
import java.time.LocalDate;
import java.util.Objects;

/** The caps of {@link TermCaps#france()}, {@link TermCaps#eu()}, {@link TermCaps#uk()}, {@link TermCaps#us()}. */
final class StandardTermCaps implements TermCaps {

  private final JurisdictionId jurisdiction;

  StandardTermCaps(JurisdictionId jurisdiction) {
    this.jurisdiction = jurisdiction;
  }

  @Override
  public JurisdictionId jurisdiction() {
    return jurisdiction;
  }

  @Override
  public TermCapCheck check(PaymentTerms terms, LocalDate invoiceDate, DebtorType debtorType) {
    Objects.requireNonNull(terms, "terms");
    Objects.requireNonNull(invoiceDate, "invoiceDate");
    Objects.requireNonNull(debtorType, "debtorType");
    LocalDate due = terms.dueDate(invoiceDate);
    switch (jurisdiction.value()) {
      case "FR":
        return france(terms, invoiceDate, debtorType, due);
      case "EU":
        return eu(invoiceDate, debtorType, due);
      case "UK":
        return uk(invoiceDate, debtorType, due);
      default:
        return us(invoiceDate, debtorType, due);
    }
  }

  private static TermCapCheck france(PaymentTerms terms, LocalDate invoiceDate, DebtorType type, LocalDate due) {
    switch (type) {
      case CONSUMER:
        return TermCapCheck.uncapped(due, "C. com. L441-10 I (professionals only)",
            "no statutory cap on payment terms granted to a consumer");
      case PUBLIC:
        return TermCapCheck.capped(due, invoiceDate.plusDays(30),
            "Code de la commande publique R2192-10; Directive 2011/7/EU art. 4(3)",
            "public buyer: 30 days (50 days for public health institutions, 60 for public companies: not modelled),"
                + " counted here from the invoice date");
      case BUSINESS:
      default:
        LocalDate sixty = invoiceDate.plusDays(60);
        if (terms.endOfMonth()) {
          LocalDate eom45 = PaymentTerms.endOfMonth(45, terms.eomMethod()).dueDate(invoiceDate);
          LocalDate latest = eom45.isAfter(sixty) ? eom45 : sixty;
          return TermCapCheck.capped(due, latest, "C. com. L441-10 I",
              "60 days from the invoice date (" + sixty + ") or, expressly agreed, 45 days end of month ("
                  + eom45 + ", " + terms.eomMethod().label() + "): the later is " + latest);
        }
        return TermCapCheck.capped(due, sixty, "C. com. L441-10 I",
            "60 days from the invoice date (45 days end of month only for end-of-month terms)");
    }
  }

  private static TermCapCheck eu(LocalDate invoiceDate, DebtorType type, LocalDate due) {
    switch (type) {
      case CONSUMER:
        return TermCapCheck.uncapped(due, "Directive 2011/7/EU art. 1(2)",
            "consumers are out of scope of the Directive: no cap");
      case PUBLIC:
        return TermCapCheck.capped(due, invoiceDate.plusDays(30), "Directive 2011/7/EU art. 4(3), 4(6)",
            "public authority: 30 days; up to 60 only if expressly agreed and objectively justified");
      case BUSINESS:
      default:
        return TermCapCheck.capped(due, invoiceDate.plusDays(60), "Directive 2011/7/EU art. 3(5)",
            "60 days; longer only if expressly agreed and not grossly unfair to the creditor (art. 7)");
    }
  }

  private static TermCapCheck uk(LocalDate invoiceDate, DebtorType type, LocalDate due) {
    switch (type) {
      case CONSUMER:
        return TermCapCheck.uncapped(due, "Late Payment of Commercial Debts (Interest) Act 1998 s.2",
            "business-to-business contracts only: no cap for consumers");
      case PUBLIC:
        return TermCapCheck.capped(due, invoiceDate.plusDays(30),
            "Late Payment of Commercial Debts Regulations 2013 (SI 2013/395); Public Contracts Regulations 2015 reg. 113",
            "public authority: 30 days");
      case BUSINESS:
      default:
        return TermCapCheck.capped(due, invoiceDate.plusDays(60),
            "Late Payment of Commercial Debts Regulations 2013 (SI 2013/395)",
            "60 days; longer only if expressly agreed and not grossly unfair to the supplier");
    }
  }

  private static TermCapCheck us(LocalDate invoiceDate, DebtorType type, LocalDate due) {
    if (type == DebtorType.PUBLIC) {
      return TermCapCheck.capped(due, invoiceDate.plusDays(30), "Prompt Payment Act, 31 U.S.C. 3903",
          "federal agency: 30 days after a proper invoice (state agencies: state law, not modelled)");
    }
    return TermCapCheck.uncapped(due, "none (US federal law)", "no statutory cap on private payment terms");
  }
}
