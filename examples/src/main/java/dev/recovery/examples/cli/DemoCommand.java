package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.io.Portfolio;
import dev.recovery.examples.report.SimulationReport;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.simulate.PortfolioGenerator;
import dev.recovery.scenarios.simulate.StrategyResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code recovery demo}: the README's main job. Generates a seeded sample portfolio (or reads one),
 * simulates a year with three strategies from the bundled scenarios on the same draws, prints a summary
 * table and writes the HTML report.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Simulate a year of dunning on a sample portfolio with three strategies compared; print a summary "
        + "and write target/recovery-demo/report.html.")
public final class DemoCommand extends BaseCommand {

  @Option(names = "--data", paramLabel = "DIR", description = "Use this portfolio directory instead of generating one "
      + "(for example examples/data/sample).")
  Path data;

  @Option(names = "--debtors", defaultValue = "400", paramLabel = "N",
      description = "Debtors of the generated portfolio (default: ${DEFAULT-VALUE}).")
  int debtors;

  @Option(names = "--invoices", defaultValue = "2000", paramLabel = "M",
      description = "Invoices of the generated portfolio (default: ${DEFAULT-VALUE}).")
  int invoices;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--start", defaultValue = "2025-01-01", paramLabel = "YYYY-MM-DD",
      description = "First simulated day (default: ${DEFAULT-VALUE}).")
  LocalDate start;

  @Option(names = "--days", defaultValue = "365", paramLabel = "N", description = "Days (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--scenarios", defaultValue = "examples/data/scenarios.yaml", paramLabel = "FILE",
      description = "Scenario file (default: ${DEFAULT-VALUE}).")
  Path scenarios;

  @Option(names = "--compare", split = ",", defaultValue = "baseline,written-only,no-dunning", paramLabel = "SET",
      description = "Strategies (default: ${DEFAULT-VALUE}).")
  List<String> compare;

  @Option(names = "--out", defaultValue = "target/recovery-demo", paramLabel = "DIR",
      description = "Where the report goes (default: ${DEFAULT-VALUE}).")
  Path outDir;

  @Override
  protected int execute() {
    if (!Files.isRegularFile(scenarios)) {
      throw new CliInputException("option '--scenarios': '" + scenarios + "' is not a file (run ./recovery demo from "
          + "the repository root, or pass --scenarios)");
    }
    if (days <= 0 || days > 3660) {
      throw new CliInputException("option '--days' (value " + days + "): must be within 1..3660");
    }
    ScenarioBook book = ScenariosCommand.read(scenarios);
    Portfolio portfolio = data != null ? SimulationSetup.load(data)
        : PortfolioGenerator.generate(debtors, invoices, seed, start);
    if (!json) {
      out().printf("Recovery SDK demo: %d debtors, %d invoices (%s), %d days from %s, strategies %s%n%n",
          portfolio.debtors().size(), portfolio.invoices().size(), data != null ? data : "generated, seed " + seed, days,
          start, String.join(", ", compare));
      out().flush();
    }
    List<StrategyResult> results = SimulationSetup.run(portfolio, SimulationSetup.strategies(book, compare), start,
        days, seed, err());
    Path report = SimulationReport.write(results, "Recovery SDK demo: " + String.join(" vs ", compare), outDir);
    if (json) {
      ObjectNode doc = object();
      doc.put("report", report.toAbsolutePath().toString());
      printJson(SimulationSetup.json(doc, results, false));
      return RecoveryCli.OK;
    }
    SimulationSetup.printSummary(out(), results);
    out().printf("%nAmounts at the end of the horizon; cost in EUR. Report written to %s%n", report.toAbsolutePath());
    return RecoveryCli.OK;
  }
}
