package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.scenarios.run.ActionJournal;
import dev.recovery.scenarios.run.BlockedAction;
import dev.recovery.scenarios.run.DebtorAccount;
import dev.recovery.scenarios.run.InMemoryActionJournal;
import dev.recovery.scenarios.run.JournalEntry;
import dev.recovery.scenarios.run.JsonlActionJournal;
import dev.recovery.scenarios.run.PlannedAction;
import dev.recovery.scenarios.run.Reason;
import dev.recovery.scenarios.run.RunResult;
import dev.recovery.scenarios.template.CreditorProfile;
import dev.recovery.scenarios.template.MessageRenderer;
import dev.recovery.scenarios.template.RenderedMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recovery run}: the daily dunning run over a data directory. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = "Plan today's dunning actions: reconcile, segment, pick each debtor's step, check the law.")
public final class RunCommand extends BaseCommand {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The portfolio directory.")
  Path data;

  @Option(names = "--scenarios", required = true, paramLabel = "FILE", description = "The scenario file (YAML or JSON).")
  Path scenarios;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The run date.")
  LocalDate asOf;

  @Option(names = "--journal", paramLabel = "FILE",
      description = "The action journal (JSON Lines): recorded actions are never planned again.")
  Path journalFile;

  @Option(names = "--commit", description = "Record the planned actions in the journal (needs --journal).")
  boolean commit;

  @Option(names = "--outbox", paramLabel = "DIR", description = "Write each rendered message or call script to DIR/<action id>.txt.")
  Path outbox;

  @Option(names = "--creditor-name", paramLabel = "NAME", defaultValue = "Recovery SDK Demo SAS",
      description = "The creditor's name printed in messages (default: ${DEFAULT-VALUE}).")
  String creditorName;

  @Option(names = "--creditor-phone", paramLabel = "PHONE", defaultValue = "+33 1 00 00 00 00",
      description = "The callback number printed in messages (default: ${DEFAULT-VALUE}).")
  String creditorPhone;

  @Option(names = "--sequential", description = "Plan debtors one after the other (the default is parallel; same result).")
  boolean sequential;

  @Option(names = "--lenient", description = "Go on with the good rows when some rows are bad.")
  boolean lenient;

  @Override
  protected int execute() {
    if (commit && journalFile == null) {
      throw new CliInputException("option '--commit' needs '--journal FILE' to record the actions in");
    }
    RunSetup setup = RunSetup.load(data, scenarios, asOf, lenient, LegalWiring.gate(), LegalWiring.penalties());
    ActionJournal journal = journalFile == null ? new InMemoryActionJournal() : openJournal(journalFile);
    RunResult result = setup.run().plan(asOf, setup.accounts().values(), journal, !sequential);
    if (outbox != null) {
      writeOutbox(result, setup);
    }
    if (commit) {
      journal.record(result.actions().stream().map(JournalEntry::of).toList());
    }
    if (json) {
      printJson(toJson(result));
    } else {
      printText(result);
    }
    return RecoveryCli.OK;
  }

  private static ActionJournal openJournal(Path file) {
    try {
      return JsonlActionJournal.open(file);
    } catch (IllegalArgumentException e) {
      throw new CliInputException("option '--journal': " + e.getMessage(), e);
    }
  }

  private void writeOutbox(RunResult result, RunSetup setup) {
    MessageRenderer renderer = MessageRenderer.of(CreditorProfile.of(creditorName, creditorPhone));
    try {
      Files.createDirectories(outbox);
      for (PlannedAction a : result.actions()) {
        if (a.handOver()) {
          continue;
        }
        DebtorAccount account = setup.accounts().get(a.debtorId());
        var tone = setup.scenarios().get(a.scenario()).map(sc -> sc.settings().tone())
            .orElse(dev.recovery.scenarios.scenario.Tone.STANDARD);
        RenderedMessage m = renderer.render(a, account.debtor(), account.ledger(), account.caseFile(), tone);
        StringBuilder text = new StringBuilder(m.text());
        m.warnings().forEach(w -> text.append("\n[warning] ").append(w));
        Files.writeString(outbox.resolve(a.id() + ".txt"), text.toString(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the outbox " + outbox + ": " + e.getMessage(), e);
    }
  }

  private ObjectNode toJson(RunResult result) {
    ObjectNode doc = object();
    doc.put("asOf", result.asOf().toString());
    ArrayNode actions = doc.putArray("actions");
    for (PlannedAction a : result.actions()) {
      ObjectNode n = actions.addObject();
      n.put("id", a.id());
      n.put("debtorId", a.debtorId().value());
      n.put("scenario", a.scenario());
      n.put("step", a.step());
      n.put("channel", a.channelCode());
      ArrayNode inv = n.putArray("invoices");
      a.invoices().forEach(i -> inv.add(i.value()));
      n.put("amount", a.amount().toPlainString());
      n.put("currency", a.amount().currencyCode());
      n.put("scheduledAt", a.scheduledAt().toOffsetDateTime().toString());
      n.put("template", a.template());
      n.put("language", a.language());
      n.put("requiresApproval", a.requiresApproval());
      a.penalties().ifPresentOrElse(p -> {
        ObjectNode pn = n.putObject("penalties");
        pn.put("interest", p.interest().toPlainString());
        pn.put("fixedCompensation", p.fixedCompensation().toPlainString());
        pn.put("total", p.total().toPlainString());
        pn.put("annualRate", p.annualRate());
        ArrayNode basis = pn.putArray("legalBasis");
        p.legalBasis().forEach(basis::add);
      }, () -> n.putNull("penalties"));
      ArrayNode ex = n.putArray("explanation");
      a.explanation().forEach(ex::add);
    }
    ArrayNode blocked = doc.putArray("blocked");
    for (BlockedAction b : result.blocked()) {
      ObjectNode n = blocked.addObject();
      n.put("debtorId", b.debtorId().value());
      n.put("scenario", b.scenario());
      n.put("step", b.step());
      n.put("channel", b.channel());
      ArrayNode inv = n.putArray("invoices");
      b.invoices().forEach(i -> inv.add(i.value()));
      ArrayNode reasons = n.putArray("reasons");
      for (Reason r : b.reasons()) {
        ObjectNode rn = reasons.addObject();
        rn.put("rule", r.rule());
        rn.put("reference", r.reference());
        rn.put("message", r.message());
      }
    }
    ArrayNode paused = doc.putArray("paused");
    result.paused().forEach(p -> {
      ObjectNode n = paused.addObject();
      n.put("debtorId", p.debtorId().value());
      n.put("invoiceId", p.invoiceId().value());
      n.put("rule", p.reason().rule());
      n.put("message", p.reason().message());
    });
    ObjectNode summary = doc.putObject("summary");
    summary.put("debtors", result.plans().size());
    summary.put("actions", result.actions().size());
    summary.put("blocked", result.blocked().size());
    summary.put("paused", result.paused().size());
    ObjectNode byChannel = summary.putObject("byChannel");
    result.actionsByChannel().forEach(byChannel::put);
    ObjectNode byRule = summary.putObject("blockedByRule");
    result.blockedByRule().forEach(byRule::put);
    summary.put("committed", commit);
    return doc;
  }

  private void printText(RunResult result) {
    out().printf("Dunning run as of %s: %d action(s), %d blocked, %d invoice(s) paused%s%n%n", result.asOf(),
        result.actions().size(), result.blocked().size(), result.paused().size(),
        commit ? " (recorded in " + journalFile + ")" : "");
    for (PlannedAction a : result.actions()) {
      out().printf("%-12s %-14s %-18s %-12s %12s  %s  %s%n", a.debtorId(), a.step(), a.channelCode(),
          a.template(), a.amount(), a.scheduledAt().toOffsetDateTime(), String.join(",",
              a.invoices().stream().map(Object::toString).toList()));
    }
    if (!result.blocked().isEmpty()) {
      out().println();
      out().println("Blocked:");
      for (BlockedAction b : result.blocked()) {
        out().printf("%-12s %-14s %-18s %s%n", b.debtorId(), b.step(), b.channel(),
            b.reasons().stream().map(r -> r.rule() + " (" + r.reference() + "): " + r.message()).toList());
      }
    }
  }
}
