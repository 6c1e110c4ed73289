package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.io.Portfolio;
import dev.recovery.core.io.PortfolioWriter;
import dev.recovery.scenarios.simulate.PortfolioGenerator;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recovery generate}: a synthetic portfolio in the import format, the same for the same seed. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = "Write a realistic synthetic portfolio (debtors.csv, invoices.csv, payments.csv, events.jsonl); "
        + "same seed, same files byte for byte.")
public final class GenerateCommand extends BaseCommand {

  @Option(names = "--debtors", required = true, paramLabel = "N", description = "Number of debtors.")
  int debtors;

  @Option(names = "--invoices", required = true, paramLabel = "M", description = "Number of invoices.")
  int invoices;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--start", required = true, paramLabel = "YYYY-MM-DD",
      description = "Start of the simulated period: invoices are issued from 60 days before it to a year after it.")
  LocalDate start;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the files into.")
  Path out;

  @Override
  protected int execute() {
    if (debtors <= 0) {
      throw new CliInputException("option '--debtors' (value " + debtors + "): must be at least 1");
    }
    if (invoices < 0) {
      throw new CliInputException("option '--invoices' (value " + invoices + "): must not be negative");
    }
    Portfolio portfolio = PortfolioGenerator.generate(debtors, invoices, seed, start);
    PortfolioWriter.write(portfolio, out);
    if (json) {
      ObjectNode doc = object();
      doc.put("out", out.toString());
      doc.put("debtors", portfolio.debtors().size());
      doc.put("invoices", portfolio.invoices().size());
      doc.put("events", portfolio.events().size());
      doc.put("seed", seed);
      printJson(doc);
    } else {
      out().printf("wrote %d debtors, %d invoices, %d case-file events to %s (seed %d)%n", portfolio.debtors().size(),
          portfolio.invoices().size(), portfolio.events().size(), out, seed);
    }
    return RecoveryCli.OK;
  }
}
