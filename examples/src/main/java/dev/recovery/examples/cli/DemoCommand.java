package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.aging.AgingBuckets;
import dev.recovery.core.io.PortfolioLoad;
import dev.recovery.core.io.PortfolioLoader;
import dev.recovery.core.money.Money;
import dev.recovery.examples.report.AgingDemoReport;
import dev.recovery.examples.report.AgingTimeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Currency;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code recovery demo}: the README's main job on the bundled sample portfolio. It reconciles the
 * payments and ages the receivables at each month end, prints a summary table and writes an HTML
 * report with charts.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run the demo on the bundled sample portfolio: reconcile, age month by month, write a report.")
public final class DemoCommand extends BaseCommand {

  @Option(names = "--data", paramLabel = "DIR", defaultValue = "examples/data/sample",
      description = "Portfolio directory (default: ${DEFAULT-VALUE}).")
  Path data;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "target/recovery-demo",
      description = "Where the report goes (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Option(names = "--from", paramLabel = "YYYY-MM-DD", defaultValue = "2025-01-31",
      description = "First month end (default: ${DEFAULT-VALUE}).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "YYYY-MM-DD", defaultValue = "2025-08-31",
      description = "Last month end (default: ${DEFAULT-VALUE}).")
  LocalDate to;

  @Option(names = "--currency", paramLabel = "CODE", defaultValue = "EUR",
      description = "Currency to follow (default: ${DEFAULT-VALUE}).")
  String currencyCode;

  @Override
  protected int execute() {
    if (!Files.isDirectory(data)) {
      throw new CliInputException("option '--data': '" + data + "' is not a directory (run from the repository "
          + "root, or give --data examples/data/sample)");
    }
    if (to.isBefore(from)) {
      throw new CliInputException("option '--to' (" + to + ") is before '--from' (" + from + ")");
    }
    Currency currency;
    try {
      currency = Money.currency(currencyCode);
    } catch (IllegalArgumentException e) {
      throw new CliInputException("option '--currency': " + e.getMessage(), e);
    }
    PortfolioLoad load = PortfolioLoader.load(data);
    if (!load.isClean()) {
      throw new CliInputException(load.failures().size() + " bad row(s) in '" + data + "':\n" + load.failureReport());
    }
    AgingBuckets buckets = AgingBuckets.standard();
    AgingTimeline timeline = AgingTimeline.compute(load.portfolio(), currency, from, to, buckets);
    Path report = AgingDemoReport.write(timeline, buckets, "Recovery SDK demo: receivables month by month", outDir);
    if (json) {
      ObjectNode doc = object();
      doc.put("currency", currency.getCurrencyCode());
      doc.put("report", report.toAbsolutePath().toString());
      ArrayNode points = doc.putArray("months");
      for (AgingTimeline.Point p : timeline.points()) {
        ObjectNode n = points.addObject();
        n.put("date", p.date().toString());
        n.put("open", p.aging().open().toPlainString());
        n.put("overdue", p.aging().overdue().toPlainString());
        p.kpis().flatMap(k -> k.dsoStandard()).ifPresentOrElse(v -> n.put("dso", v), () -> n.putNull("dso"));
        n.put("paymentsMatched", p.matched());
      }
      printJson(doc);
      return RecoveryCli.OK;
    }
    out().printf("Recovery SDK demo: %d debtors, %d invoices, %d payments from %s%n%n",
        load.portfolio().debtors().size(), load.portfolio().invoices().size(), load.portfolio().payments().size(), data);
    out().printf("%-10s %12s %12s %12s %8s %8s  %s%n", "month end", "open", "overdue", ">90 days", "DSO", "CEI %",
        "payments matched/suggested/unmatched");
    for (AgingTimeline.Point p : timeline.points()) {
      Money over90 = p.aging().buckets().get(4).plus(p.aging().buckets().get(5));
      out().printf("%-10s %12s %12s %12s %8s %8s  %d/%d/%d%n", p.date(), p.aging().open().toPlainString(),
          p.aging().overdue().toPlainString(), over90.toPlainString(),
          p.kpis().flatMap(k -> k.dsoStandard()).map(Object::toString).orElse("n/a"),
          p.kpis().flatMap(k -> k.cei()).map(Object::toString).orElse("n/a"), p.matched(), p.suggested(), p.unmatched());
    }
    out().printf("%nAmounts in %s. Report written to %s%n", currency.getCurrencyCode(), report.toAbsolutePath());
    return RecoveryCli.OK;
  }
}
