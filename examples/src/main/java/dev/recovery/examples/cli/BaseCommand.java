package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.legal.JurisdictionId;
import dev.recovery.legal.RulePack;
import dev.recovery.legal.RulePacks;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Base of every {@code recovery} subcommand: the {@code --json} switch, the output streams and the
 * exit-code contract (0 success, 2 bad input, 1 internal error; see {@link RecoveryCli}).
 *
 * <p>Subclasses implement {@link #execute()}; they print a readable text with {@link #out()} or,
 * when {@link #json} is set, exactly one JSON document with {@link #printJson(Object)}. They throw
 * {@link CliInputException} for bad input.
 */
public abstract class BaseCommand implements Callable<Integer> {

  /** The picocli model of this command (set by picocli). */
  @Spec
  protected CommandSpec spec;

  /** When set, stdout is exactly one JSON document. */
  @Option(names = "--json", description = "Print exactly one JSON document on stdout.")
  protected boolean json;

  @Override
  public final Integer call() throws Exception {
    return execute();
  }

  /** Runs the command; returns the exit code (normally 0). */
  protected abstract int execute() throws Exception;

  /** The standard output writer. */
  protected PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** The standard error writer (progress, warnings). */
  protected PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** The shared JSON mapper (amounts as strings, ISO dates). */
  protected ObjectMapper mapper() {
    return JsonOutput.mapper();
  }

  /** A new empty JSON object. */
  protected ObjectNode object() {
    return JsonOutput.mapper().createObjectNode();
  }

  /**
   * Parses an option value; a parse error becomes bad input (exit 2) that names the option and the
   * value.
   */
  protected static <T> T option(String option, String value, java.util.function.Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException e) {
      throw new CliInputException("option '" + option + "' (value '" + value + "'): " + e.getMessage(), e);
    }
  }

  /** The standard rule pack of the {@code --jurisdiction} option value; bad input names the option. */
  protected static RulePack rulePackOption(String jurisdiction) {
    return option("--jurisdiction", jurisdiction, () -> RulePacks.standard().get(JurisdictionId.of(jurisdiction)));
  }

  /** The debtor type of the {@code --debtor-type} option value; bad input names the option. */
  protected static DebtorType debtorTypeOption(String debtorType) {
    return option("--debtor-type", debtorType, () -> DebtorType.parse(debtorType));
  }

  /** Prints one JSON document (pretty-printed) on stdout. */
  protected void printJson(Object document) {
    out().println(JsonOutput.write(document));
    out().flush();
  }
}
