package dev.recovery.examples;

import dev.recovery.core.calendar.BusinessDayConvention;
import dev.recovery.core.calendar.HolidayCalendars;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.EomMethod;
import dev.recovery.core.terms.Installment;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;

/** Example: due dates of French and English payment terms, both end-of-month readings, installments. */
public final class DueDatesExample {

  private DueDatesExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    LocalDate invoiceDate = LocalDate.of(2025, 1, 15);
    PaymentTerms terms = PaymentTerms.parse("30 jours fin de mois");
    System.out.println(terms + " -> " + terms.dueDate(invoiceDate));                           // 2025-02-28
    PaymentTerms other = terms.withEomMethod(EomMethod.EOM_THEN_ADD);
    System.out.println(other + " -> " + other.dueDate(invoiceDate));                           // 2025-03-02
    PaymentTerms adjusted = other.withAdjustment(BusinessDayConvention.FOLLOWING, HolidayCalendars.FR);
    System.out.println("  on a business day -> " + adjusted.dueDate(invoiceDate));              // 2025-03-03
    for (Installment i : PaymentTerms.parse("30/60/90 days").dueDates(invoiceDate, Money.parse("EUR 100.00"))) {
      System.out.println("  installment " + i.number() + ": " + i.dueDate() + " " + i.amount()); // 33.34, 33.33, 33.33
    }
    PaymentTerms discount = PaymentTerms.parse("2/10 net 30");
    discount.discount().ifPresent(d -> System.out.println(discount + ": pay " + d.discountedAmount(
        Money.parse("EUR 1000.00")) + " by " + d.deadline(invoiceDate)));
  }
}
