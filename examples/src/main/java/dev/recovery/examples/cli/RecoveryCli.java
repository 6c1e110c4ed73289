package dev.recovery.examples.cli;

import java.io.PrintWriter;
import java.time.format.DateTimeParseException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;

/**
 * The {@code recovery} command line.
 *
 * <p>Exit codes: 0 on success; 2 on bad input (an unknown option, a bad value, a bad file: the
 * message on stderr names the option, file, line and field); 1 on an internal error. Every command
 * takes {@code --json}, and then stdout is exactly one JSON document.
 */
@Command(
    name = "recovery",
    mixinStandardHelpOptions = true,
    version = "Recovery SDK 0.1.0-SNAPSHOT",
    description = "Receivables recovery: payment terms, aging, reconciliation, law, dunning scenarios.",
    subcommands = {
        AgingCommand.class,
        CallQueueCommand.class,
        CheckCommand.class,
        DemoCommand.class,
        GenerateCommand.class,
        LimitationCommand.class,
        PenaltyCommand.class,
        ReconcileCommand.class,
        RunCommand.class,
        ScenariosCommand.class,
        SegmentCommand.class,
        SimulateCommand.class,
        TermsCommand.class,
        // subcommands: one line each, keep alphabetical within groups
    })
public final class RecoveryCli implements Runnable {

  /** Exit code for success. */
  public static final int OK = 0;
  /** Exit code for an internal error. */
  public static final int INTERNAL_ERROR = 1;
  /** Exit code for bad input. */
  public static final int BAD_INPUT = 2;

  @picocli.CommandLine.Spec
  private CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code (for tests and hosts). */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = commandLine();
    cli.setOut(out);
    cli.setErr(err);
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** The configured picocli command line. */
  public static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new RecoveryCli());
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler((ParameterException ex, String[] args) -> {
      PrintWriter err = ex.getCommandLine().getErr();
      err.println("recovery: " + ex.getMessage());
      err.println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
      return BAD_INPUT;
    });
    cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
      PrintWriter err = commandLine.getErr();
      if (isBadInput(ex)) {
        err.println("recovery " + commandLine.getCommandName() + ": " + ex.getMessage());
        return BAD_INPUT;
      }
      err.println("recovery " + commandLine.getCommandName() + ": internal error: " + ex);
      ex.printStackTrace(err);
      return INTERNAL_ERROR;
    });
    return cli;
  }

  private static boolean isBadInput(Throwable ex) {
    // a legal rate table without the rate of the date asked for: the host must add the rate (the
    // message says where) or choose another date; not a fault of the program
    return ex instanceof CliInputException
        || ex instanceof dev.recovery.legal.rates.RateTableException
        || ex instanceof IllegalArgumentException
        || ex instanceof DateTimeParseException
        || ex instanceof java.io.FileNotFoundException
        || ex instanceof java.nio.file.NoSuchFileException
        || ex instanceof java.io.UncheckedIOException u && u.getCause() instanceof java.nio.file.NoSuchFileException;
  }
}
