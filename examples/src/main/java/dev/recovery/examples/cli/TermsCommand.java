package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.calendar.BusinessDayConvention;
import dev.recovery.core.calendar.HolidayCalendar;
import dev.recovery.core.calendar.HolidayCalendars;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.EarlyPaymentDiscount;
import dev.recovery.core.terms.EomMethod;
import dev.recovery.core.terms.Installment;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recovery terms}: due dates and installments of payment terms for an invoice date. */
@Command(name = "terms", mixinStandardHelpOptions = true,
    description = "Compute the due dates of payment terms (French or English) for an invoice date.")
public final class TermsCommand extends BaseCommand {

  @Option(names = "--terms", required = true, paramLabel = "TEXT",
      description = "Payment terms, e.g. \"30 jours fin de mois\", \"2/10 net 30\", \"30/60/90 days\".")
  String termsText;

  @Option(names = "--invoice-date", required = true, paramLabel = "YYYY-MM-DD", description = "The invoice date.")
  LocalDate invoiceDate;

  @Option(names = "--amount", paramLabel = "AMOUNT", description = "Invoice amount, to split installments (plain decimal).")
  String amount;

  @Option(names = "--currency", paramLabel = "CODE", defaultValue = "EUR",
      description = "ISO 4217 currency of the amount (default: ${DEFAULT-VALUE}).")
  String currency;

  @Option(names = "--eom-method", paramLabel = "METHOD", defaultValue = "add-then-eom",
      description = "Reading of \"N days end of month\": add-then-eom (default) or eom-then-add.")
  String eomMethod;

  @Option(names = "--business-day", paramLabel = "CONVENTION", defaultValue = "none",
      description = "Business-day adjustment: none (default), following, modified-following, preceding.")
  String businessDay;

  @Option(names = "--calendar", paramLabel = "ID", defaultValue = "FR",
      description = "Holiday calendar for the adjustment: FR, FR-ALSACE-MOSELLE, UK, US, WEEKENDS (default: ${DEFAULT-VALUE}).")
  String calendar;

  @Override
  protected int execute() {
    EomMethod method = option("--eom-method", eomMethod, () -> EomMethod.parse(eomMethod));
    BusinessDayConvention convention =
        option("--business-day", businessDay, () -> BusinessDayConvention.parse(businessDay));
    HolidayCalendar cal = option("--calendar", calendar, () -> HolidayCalendars.of(calendar));
    PaymentTerms terms = option("--terms", termsText, () -> PaymentTerms.parse(termsText, method))
        .withAdjustment(convention, cal);
    Money total = amount == null ? null
        : option("--amount", amount, () -> Money.of(currency, amount));
    if (total != null && !total.isPositive()) {
      throw new CliInputException("option '--amount' (value '" + amount + "'): must be positive");
    }
    // Without an amount only the dates are shown; any positive amount gives the same dates.
    Money splitAmount = total != null ? total
        : Money.ofMinor(option("--currency", currency, () -> Money.currency(currency)), 100);
    List<Installment> installments = terms.dueDates(invoiceDate, splitAmount);
    LocalDate due = terms.dueDate(invoiceDate);

    if (json) {
      ObjectNode doc = object();
      doc.put("terms", terms.toString());
      doc.put("termsFrench", terms.toFrench());
      doc.put("invoiceDate", invoiceDate.toString());
      doc.put("eomMethod", terms.eomMethod().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      doc.put("businessDay", convention.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
      doc.put("calendar", cal.id().toString());
      doc.put("dueDate", due.toString());
      ArrayNode list = doc.putArray("installments");
      for (Installment i : installments) {
        ObjectNode node = list.addObject();
        node.put("number", i.number());
        node.put("dueDate", i.dueDate().toString());
        if (total != null) {
          node.put("amount", i.amount().toPlainString());
          node.put("currency", i.amount().currencyCode());
        } else {
          node.putNull("amount");
        }
      }
      if (terms.discount().isPresent()) {
        EarlyPaymentDiscount d = terms.discount().get();
        ObjectNode node = doc.putObject("discount");
        node.put("percent", d.percent().toPlainString());
        node.put("days", d.days());
        node.put("deadline", d.deadline(invoiceDate).toString());
        if (total != null) {
          node.put("discountAmount", d.discountAmount(total).toPlainString());
          node.put("amountIfPaidByDeadline", d.discountedAmount(total).toPlainString());
        }
      } else {
        doc.putNull("discount");
      }
      printJson(doc);
      return RecoveryCli.OK;
    }
    out().printf("terms        %s  (%s)%n", terms, terms.toFrench());
    out().printf("invoice date %s%n", invoiceDate);
    out().printf("due date     %s%n", due);
    if (installments.size() > 1 || total != null) {
      for (Installment i : installments) {
        out().printf("  #%d  %s  %s%n", i.number(), i.dueDate(), total != null ? i.amount() : "");
      }
    }
    terms.discount().ifPresent(d -> out().printf("discount     %s%% if paid by %s%s%n", d.percent().toPlainString(),
        d.deadline(invoiceDate), total != null ? " (" + d.discountedAmount(total) + ")" : ""));
    return RecoveryCli.OK;
  }
}
