package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.scenarios.scenario.Scenario;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.scenario.Step;
import dev.recovery.scenarios.scenario.dsl.ScenarioFileError;
import dev.recovery.scenarios.scenario.dsl.ScenarioFileException;
import dev.recovery.scenarios.scenario.dsl.ScenarioFileReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code recovery scenarios validate|show FILE}: check a scenario file, or print its resolved timelines. */
@Command(name = "scenarios", mixinStandardHelpOptions = true,
    description = "Check a scenario file (YAML or JSON) or show its resolved timelines.",
    subcommands = {ScenariosCommand.Validate.class, ScenariosCommand.Show.class})
public final class ScenariosCommand implements Runnable {

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required: validate or show");
  }

  static ScenarioBook read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new CliInputException("scenario file '" + file + "' does not exist or is not a file");
    }
    return ScenarioFileReader.standard().read(file);
  }

  /** {@code recovery scenarios validate FILE}. */
  @Command(name = "validate", mixinStandardHelpOptions = true,
      description = "Check a scenario file; every error is listed with line, column and field (exit 2).")
  public static final class Validate extends BaseCommand {
    @Parameters(paramLabel = "FILE", description = "The scenario file.")
    Path file;

    @Override
    protected int execute() {
      try {
        ScenarioBook book = read(file);
        if (json) {
          ObjectNode doc = object();
          doc.put("file", file.toString());
          doc.put("valid", true);
          ArrayNode ids = doc.putArray("scenarios");
          book.scenarios().forEach(s -> ids.add(s.id()));
          doc.putArray("errors");
          printJson(doc);
        } else {
          out().printf("%s: valid, %d scenario(s): %s%n", file, book.scenarios().size(),
              book.scenarios().stream().map(Scenario::id).collect(Collectors.joining(", ")));
        }
        return RecoveryCli.OK;
      } catch (ScenarioFileException e) {
        if (json) {
          ObjectNode doc = object();
          doc.put("file", file.toString());
          doc.put("valid", false);
          doc.putArray("scenarios");
          ArrayNode errors = doc.putArray("errors");
          for (ScenarioFileError err : e.errors()) {
            ObjectNode n = errors.addObject();
            n.put("line", err.line());
            n.put("column", err.column());
            n.put("field", err.field());
            n.put("message", err.message());
          }
          printJson(doc);
        }
        err().println(file + ": " + e.getMessage());
        return RecoveryCli.BAD_INPUT;
      }
    }
  }

  /** {@code recovery scenarios show FILE}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Print each scenario's resolved timeline: who it applies to, its settings and its steps by day.")
  public static final class Show extends BaseCommand {
    @Parameters(paramLabel = "FILE", description = "The scenario file.")
    Path file;

    @Override
    protected int execute() {
      ScenarioBook book = read(file);
      if (json) {
        ObjectNode doc = object();
        ArrayNode list = doc.putArray("scenarios");
        for (Scenario s : book.scenarios()) {
          ObjectNode n = list.addObject();
          n.put("id", s.id());
          n.put("name", s.name());
          ArrayNode segments = n.putArray("segments");
          s.appliesTo().segments().forEach(segments::add);
          ArrayNode types = n.putArray("debtorTypes");
          s.appliesTo().debtorTypes().forEach(t -> types.add(t.code()));
          ObjectNode settings = n.putObject("settings");
          s.settings().minimumOverdue().ifPresentOrElse(m -> settings.put("minimumOverdue", m.toString()),
              () -> settings.putNull("minimumOverdue"));
          settings.put("pauseOnDispute", s.settings().pauseOnDispute());
          settings.put("promiseGraceDays", s.settings().promiseGraceDays());
          settings.put("spareCleanPayers", s.settings().spareCleanPayers());
          settings.put("tone", s.settings().tone().code());
          ArrayNode steps = n.putArray("steps");
          for (Step step : s.steps()) {
            ObjectNode st = steps.addObject();
            st.put("id", step.id());
            st.put("offsetDays", step.when().days());
            st.put("when", step.when().toString());
            st.put("action", step.action().code());
            step.channel().ifPresent(c -> st.put("channel", c.code()));
            step.template().ifPresent(t -> st.put("template", t));
            step.script().ifPresent(t -> st.put("script", t));
            step.handOverTo().ifPresent(t -> st.put("to", t.code()));
            ArrayNode skip = st.putArray("skipIf");
            step.skipIf().forEach(c -> skip.add(c.code()));
            st.put("requiresApproval", step.requiresApproval());
          }
        }
        printJson(doc);
        return RecoveryCli.OK;
      }
      for (Scenario s : book.scenarios()) {
        out().printf("%s — %s%n", s.id(), s.name());
        out().printf("  applies to: segments %s, debtor types %s%n",
            s.appliesTo().segments().isEmpty() ? "any" : String.join(", ", s.appliesTo().segments()),
            s.appliesTo().debtorTypes().isEmpty() ? "any"
                : s.appliesTo().debtorTypes().stream().map(DebtorType::code).collect(Collectors.joining(", ")));
        out().printf("  settings: minimum overdue %s, pause on dispute %s, promise grace %d days, spare clean payers %s,"
                + " tone %s%n", s.settings().minimumOverdue().map(Object::toString).orElse("none"),
            s.settings().pauseOnDispute(), s.settings().promiseGraceDays(), s.settings().spareCleanPayers(),
            s.settings().tone().code());
        for (Step step : s.steps()) {
          String what = step.isHandOver()
              ? "hand over to " + step.handOverTo().orElseThrow().code()
              : step.channel().orElseThrow().code() + " " + step.template().or(step::script).orElse("");
          out().printf("  D%+4d  %-14s %s%s%s%s%n", step.when().days(), step.id(), what,
              step.skipIf().isEmpty() ? "" : "  (skipped for: "
                  + step.skipIf().stream().map(c -> c.code()).collect(Collectors.joining(", ")) + ")",
              step.recipient().map(r -> "  to " + r).orElse(""), step.requiresApproval() ? "  [needs approval]" : "");
        }
        out().println();
      }
      return RecoveryCli.OK;
    }
  }
}
