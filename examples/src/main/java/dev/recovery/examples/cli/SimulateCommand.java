package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.io.Portfolio;
import dev.recovery.examples.report.SimulationReport;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.simulate.StrategyResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recovery simulate}: run strategies day by day over a portfolio with the real engine. */
@Command(name = "simulate", mixinStandardHelpOptions = true,
    description = "Simulate dunning strategies day by day over a portfolio (the real engine, simulated debtors).")
public final class SimulateCommand extends BaseCommand {

  static final class Source {
    @Option(names = "--data", paramLabel = "DIR", description = "A portfolio directory.")
    Path data;

    @Option(names = "--generate", paramLabel = "SPEC", description = "Generate a portfolio: debtors=N,invoices=M,seed=S.")
    String generate;
  }

  @ArgGroup(exclusive = true, multiplicity = "1")
  Source source;

  @Option(names = "--scenarios", required = true, paramLabel = "FILE", description = "The scenario file.")
  Path scenarios;

  @Option(names = "--compare", split = ",", paramLabel = "SET",
      description = "Strategies to compare on the same draws: baseline, written-only, no-pre-reminder, no-dunning, "
          + "or scenario file paths (default: baseline).")
  List<String> compare = List.of("baseline");

  @Option(names = "--start", required = true, paramLabel = "YYYY-MM-DD", description = "First simulated day.")
  LocalDate start;

  @Option(names = "--days", defaultValue = "365", paramLabel = "N", description = "Days to simulate (default: ${DEFAULT-VALUE}).")
  int days;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "Seed of the debtors' draws (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--report", paramLabel = "DIR", description = "Write the HTML report, charts and CSV here.")
  Path report;

  @Override
  protected int execute() {
    if (days <= 0 || days > 3660) {
      throw new CliInputException("option '--days' (value " + days + "): must be within 1..3660");
    }
    ScenarioBook book = ScenariosCommand.read(scenarios);
    Portfolio portfolio = source.data != null ? SimulationSetup.load(source.data)
        : SimulationSetup.generate(source.generate, start);
    List<StrategyResult> results = SimulationSetup.run(portfolio, SimulationSetup.strategies(book, compare), start, days,
        seed, err());
    Path html = report == null ? null
        : SimulationReport.write(results, "Recovery SDK simulation from " + start + " over " + days + " days", report);
    if (json) {
      ObjectNode doc = object();
      doc.put("start", start.toString());
      doc.put("days", days);
      doc.put("seed", seed);
      if (html != null) {
        doc.put("report", html.toString());
      }
      printJson(SimulationSetup.json(doc, results, true));
    } else {
      SimulationSetup.printSummary(out(), results);
      if (html != null) {
        out().println("report written to " + html.toAbsolutePath());
      }
    }
    return RecoveryCli.OK;
  }
}
