package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.ReasonFamily;
import dev.recovery.core.money.Money;
import dev.recovery.core.risk.DebtorFeatures;
import dev.recovery.core.risk.PaymentBehaviour;
import dev.recovery.core.risk.RiskFactor;
import dev.recovery.core.risk.SegmentAssignment;
import dev.recovery.core.risk.Segmentation;
import dev.recovery.core.risk.SegmentationResult;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code recovery segment}: the risk features, risk score and segment of every debtor, with reasons.
 *
 * <p>JSON: {@code {"debtors": [{"debtorId", "segment", "flags", "score", "factors": [{"name", "value",
 * "contribution"}], "reasons", "features"}], "summary": {"<segment>": count}}}, debtors by id; amounts
 * as strings, ratios and days as numbers.
 */
@Command(name = "segment", mixinStandardHelpOptions = true,
    description = "Compute risk features, an explainable risk score and the segment of every debtor of a data "
        + "directory (after reconciling its payments).")
public final class SegmentCommand extends BaseCommand {

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "Directory with debtors.csv, invoices.csv, payments.csv, events.jsonl.")
  Path data;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The as-of date.")
  LocalDate asOf;

  @Option(names = "--lenient", description = "Go on with the good rows when some rows are bad (they are reported).")
  boolean lenient;

  @Override
  protected int execute() {
    DataDirectory dir = DataDirectory.load(data, asOf, lenient);
    SegmentationResult result = Segmentation.defaults().segment(dir.ledger(), dir.portfolio().caseFiles(), asOf);
    if (json) {
      printJson(toJson(result));
    } else {
      printText(result, dir);
    }
    if (!dir.failures().isEmpty()) {
      err().println(dir.failures().size() + " bad row(s) were left out:");
      dir.failures().forEach(f -> err().println("  " + f));
    }
    return RecoveryCli.OK;
  }

  private ObjectNode toJson(SegmentationResult result) {
    ObjectNode doc = object();
    ArrayNode debtors = doc.putArray("debtors");
    for (SegmentAssignment a : result.assignments()) {
      ObjectNode d = debtors.addObject();
      d.put("debtorId", a.debtorId().value());
      d.put("segment", a.segment());
      ArrayNode flags = d.putArray("flags");
      a.flags().forEach(flags::add);
      d.put("score", a.score());
      ArrayNode factors = d.putArray("factors");
      for (RiskFactor f : a.factors()) {
        ObjectNode n = factors.addObject();
        n.put("name", f.name());
        n.put("value", f.value());
        n.put("contribution", f.contribution());
      }
      ArrayNode reasons = d.putArray("reasons");
      a.reasons().forEach(reasons::add);
      d.set("features", features(a.features()));
    }
    ObjectNode summary = doc.putObject("summary");
    result.summary().forEach(summary::put);
    return doc;
  }

  private ObjectNode features(DebtorFeatures f) {
    ObjectNode n = object();
    n.put("asOf", f.asOf().toString());
    n.put("debtorType", f.debtorType().code());
    putText(n, "forcedSegment", f.forcedSegment());
    n.set("openBalance", money(f.openBalance()));
    n.set("overdueBalance", money(f.overdueBalance()));
    n.put("openInvoices", f.openInvoices());
    n.put("overdueInvoices", f.overdueInvoices());
    n.put("oldestDaysPastDue", f.oldestDaysPastDue());
    n.set("revenue", money(f.revenue()));
    ObjectNode shares = n.putObject("revenueShareByCurrency");
    f.revenueShareByCurrency().forEach((c, s) -> shares.put(c.getCurrencyCode(), s));
    n.put("revenueShare", f.revenueShare());
    n.set("shortWindow", behaviour(f.shortWindow()));
    n.set("longWindow", behaviour(f.longWindow()));
    putNumber(n, "daysLateTrend", f.daysLateTrend());
    ObjectNode promises = n.putObject("promises");
    promises.put("made", f.promisesMade());
    promises.put("kept", f.promisesKept());
    promises.put("broken", f.promisesBroken());
    promises.put("pending", f.promisesPending());
    ObjectNode disputes = n.putObject("disputes");
    disputes.put("open", f.openDisputes());
    ObjectNode openByFamily = disputes.putObject("openByFamily");
    for (Map.Entry<ReasonFamily, Integer> e : f.openDisputesByFamily().entrySet()) {
      openByFamily.put(e.getKey().code(), e.getValue());
    }
    ObjectNode byFamily = disputes.putObject("byFamily");
    for (Map.Entry<ReasonFamily, Integer> e : f.disputesByFamily().entrySet()) {
      byFamily.put(e.getKey().code(), e.getValue());
    }
    ObjectNode contacts = n.putObject("contacts");
    contacts.put("total", f.contacts());
    contacts.put("unanswered", f.unansweredContacts());
    ObjectNode outcomes = contacts.putObject("outcomes");
    for (Map.Entry<Contact.Outcome, Integer> e : f.contactOutcomes().entrySet()) {
      outcomes.put(e.getKey().code(), e.getValue());
    }
    putText(n, "relationshipStart", f.relationshipStart().map(LocalDate::toString));
    n.put("tenureMonths", f.tenureMonths());
    n.put("newCustomer", f.newCustomer());
    putText(n, "cleanSince", f.cleanSince().map(LocalDate::toString));
    n.put("cleanYears", f.cleanYears());
    return n;
  }

  private ObjectNode behaviour(PaymentBehaviour b) {
    ObjectNode n = object();
    n.put("months", b.windowMonths());
    n.put("invoicesDue", b.invoicesDue());
    n.put("lateInvoices", b.lateInvoices());
    putNumber(n, "lateShare", b.lateShare());
    putNumber(n, "averageDaysLate", b.averageDaysLate());
    putNumber(n, "weightedDaysLate", b.weightedDaysLate());
    return n;
  }

  private ObjectNode money(Map<Currency, Money> amounts) {
    ObjectNode n = object();
    amounts.forEach((c, m) -> n.put(c.getCurrencyCode(), m.toPlainString()));
    return n;
  }

  private static void putNumber(ObjectNode n, String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      n.put(name, value.get());
    } else {
      n.putNull(name);
    }
  }

  private static void putText(ObjectNode n, String name, Optional<String> value) {
    if (value.isPresent()) {
      n.put(name, value.get());
    } else {
      n.putNull(name);
    }
  }

  private void printText(SegmentationResult result, DataDirectory dir) {
    out().printf("Segmentation as of %s (%d debtors, %d invoices, %d payments reconciled)%n%n", result.asOf(),
        dir.portfolio().debtors().size(), dir.portfolio().invoices().size(), dir.portfolio().payments().size());
    String header = String.format("%-12s %-16s %5s  %-12s %s", "debtor", "segment", "score", "flags", "why");
    out().println(header);
    out().println("-".repeat(header.length() + 40));
    for (SegmentAssignment a : result.assignments()) {
      out().println(String.format("%-12s %-16s %5d  %-12s %s", a.debtorId().value(), a.segment(), a.score(),
          String.join(",", a.flags()), a.reasons().get(0)));
      for (int i = 1; i < a.reasons().size(); i++) {
        out().println(" ".repeat(50) + a.reasons().get(i));
      }
    }
    out().println();
    StringBuilder summary = new StringBuilder("Summary:");
    result.summary().forEach((s, n) -> summary.append(' ').append(s).append(' ').append(n).append(','));
    summary.setLength(summary.length() - (result.summary().isEmpty() ? 0 : 1));
    out().println(summary);
  }
}
