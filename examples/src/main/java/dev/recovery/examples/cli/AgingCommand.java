package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.aging.AgingBuckets;
import dev.recovery.core.aging.AgingReport;
import dev.recovery.core.aging.AgingTotals;
import dev.recovery.core.aging.KpiCalculator;
import dev.recovery.core.aging.Kpis;
import dev.recovery.core.io.ImportFailure;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recovery aging}: aged receivables per currency and per debtor, and the KPIs. */
@Command(name = "aging", mixinStandardHelpOptions = true,
    description = "Age the receivables of a data directory (after reconciling its payments) and compute the KPIs.")
public final class AgingCommand extends BaseCommand {

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "Directory with debtors.csv, invoices.csv, payments.csv, events.jsonl.")
  Path data;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The as-of date.")
  LocalDate asOf;

  @Option(names = "--buckets", paramLabel = "BOUNDS", defaultValue = "30,60,90,120",
      description = "Upper bounds of the overdue buckets in days (default: ${DEFAULT-VALUE}).")
  String bucketText;

  @Option(names = "--period-days", paramLabel = "DAYS", defaultValue = "90",
      description = "The KPI period ending on the as-of date, in days (default: ${DEFAULT-VALUE}).")
  int periodDays;

  @Option(names = "--lenient", description = "Go on with the good rows when some rows are bad (they are reported).")
  boolean lenient;

  @Override
  protected int execute() {
    AgingBuckets buckets;
    try {
      buckets = AgingBuckets.parse(bucketText);
    } catch (IllegalArgumentException e) {
      throw new CliInputException("option '--buckets': " + e.getMessage(), e);
    }
    if (periodDays <= 0) {
      throw new CliInputException("option '--period-days' (value " + periodDays + "): must be at least 1");
    }
    DataDirectory dir = DataDirectory.load(data, asOf, lenient);
    AgingReport report = AgingReport.compute(dir.ledger(), asOf, buckets);
    Map<Currency, Kpis> kpis = KpiCalculator.compute(dir.ledger(), asOf, periodDays);
    if (json) {
      printJson(toJson(report, kpis, dir.failures()));
    } else {
      printText(report, kpis, dir);
    }
    return RecoveryCli.OK;
  }

  private ObjectNode toJson(AgingReport report, Map<Currency, Kpis> kpis, List<ImportFailure> failures) {
    ObjectNode doc = object();
    doc.put("asOf", report.asOf().toString());
    ArrayNode labels = doc.putArray("buckets");
    report.buckets().labels().forEach(labels::add);
    ObjectNode currencies = doc.putObject("currencies");
    report.byCurrency().forEach((c, t) -> currencies.set(c.getCurrencyCode(), totals(t, report)));
    ArrayNode debtors = doc.putArray("debtors");
    for (Map.Entry<DebtorId, Map<Currency, AgingTotals>> e : report.byDebtor().entrySet()) {
      ObjectNode d = debtors.addObject();
      d.put("debtorId", e.getKey().value());
      ObjectNode per = d.putObject("currencies");
      e.getValue().forEach((c, t) -> per.set(c.getCurrencyCode(), totals(t, report)));
    }
    ObjectNode k = doc.putObject("kpis");
    kpis.forEach((c, v) -> k.set(c.getCurrencyCode(), kpis(v)));
    ArrayNode f = doc.putArray("importFailures");
    failures.forEach(x -> f.add(x.toString()));
    return doc;
  }

  private ObjectNode totals(AgingTotals t, AgingReport report) {
    ObjectNode n = object();
    ObjectNode b = n.putObject("buckets");
    List<String> labels = report.buckets().labels();
    for (int i = 0; i < labels.size(); i++) {
      b.put(labels.get(i), t.buckets().get(i).toPlainString());
    }
    n.put("open", t.open().toPlainString());
    n.put("overdue", t.overdue().toPlainString());
    n.put("unappliedCredit", t.unappliedCredit().toPlainString());
    n.put("net", t.net().toPlainString());
    n.put("openItems", t.openItems());
    n.put("overdueItems", t.overdueItems());
    return n;
  }

  private ObjectNode kpis(Kpis k) {
    ObjectNode n = object();
    n.put("periodStart", k.periodStart().toString());
    n.put("periodEnd", k.asOf().toString());
    n.put("receivablesAtStart", k.receivablesAtStart().toPlainString());
    n.put("receivablesAtEnd", k.receivablesAtEnd().toPlainString());
    n.put("creditSales", k.creditSales().toPlainString());
    put(n, "dso", k.dsoStandard());
    put(n, "dsoCountback", k.dsoCountback());
    put(n, "bestPossibleDso", k.bestPossibleDso());
    put(n, "add", k.averageDaysDelinquent());
    put(n, "cei", k.cei());
    put(n, "weightedDaysToPay", k.weightedDaysToPay());
    put(n, "weightedDaysLate", k.weightedDaysLate());
    put(n, "percentOverdue", k.percentOverdue());
    ArrayNode notes = n.putArray("notes");
    k.notes().forEach(notes::add);
    return n;
  }

  private static void put(ObjectNode n, String name, Optional<BigDecimal> value) {
    if (value.isPresent()) {
      n.put(name, value.get());
    } else {
      n.putNull(name);
    }
  }

  private void printText(AgingReport report, Map<Currency, Kpis> kpis, DataDirectory dir) {
    List<String> labels = report.buckets().labels();
    out().printf("Aging as of %s (%d debtors, %d invoices, %d payments reconciled)%n%n", report.asOf(),
        dir.portfolio().debtors().size(), dir.portfolio().invoices().size(), dir.portfolio().payments().size());
    StringBuilder header = new StringBuilder(String.format("%-12s %-4s", "debtor", "cur"));
    labels.forEach(l -> header.append(String.format(" %12s", l)));
    header.append(String.format(" %12s %12s", "open", "credit"));
    out().println(header);
    for (Map.Entry<DebtorId, Map<Currency, AgingTotals>> e : report.byDebtor().entrySet()) {
      e.getValue().forEach((c, t) -> out().println(row(e.getKey().value(), t)));
    }
    out().println("-".repeat(header.length()));
    report.byCurrency().forEach((c, t) -> out().println(row("TOTAL", t)));
    out().println();
    for (Kpis k : kpis.values()) {
      out().printf("%s KPIs over %s..%s: DSO %s d (countback %s d), best possible DSO %s d, ADD %s d, CEI %s %%, "
              + "overdue %s %%, days to pay %s, days late %s%n", k.currency().getCurrencyCode(), k.periodStart(),
          k.asOf(), str(k.dsoStandard()), str(k.dsoCountback()), str(k.bestPossibleDso()),
          str(k.averageDaysDelinquent()), str(k.cei()), str(k.percentOverdue()), str(k.weightedDaysToPay()),
          str(k.weightedDaysLate()));
      k.notes().forEach(note -> out().println("  note: " + note));
    }
    if (!dir.failures().isEmpty()) {
      err().println(dir.failures().size() + " bad row(s) were left out:");
      dir.failures().forEach(f -> err().println("  " + f));
    }
  }

  private static String row(String name, AgingTotals t) {
    StringBuilder sb = new StringBuilder(String.format("%-12s %-4s", name, t.currency().getCurrencyCode()));
    for (Money m : t.buckets()) {
      sb.append(String.format(" %12s", m.toPlainString()));
    }
    sb.append(String.format(" %12s %12s", t.open().toPlainString(), t.unappliedCredit().toPlainString()));
    return sb.toString();
  }

  private static String str(Optional<BigDecimal> v) {
    return v.map(BigDecimal::toPlainString).orElse("n/a");
  }
}
