package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.legal.RulePack;
import dev.recovery.legal.limitation.LimitationResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recovery limitation}: when a claim becomes time-barred, given the case file's acknowledgements. */
@Command(name = "limitation", mixinStandardHelpOptions = true,
    description = "Compute the limitation date of a claim (FR: 2 or 5 years; UK: 6 years), restarted by acknowledgements.")
public final class LimitationCommand extends BaseCommand {

  @Option(names = "--jurisdiction", required = true, paramLabel = "FR|UK", description = "The jurisdiction.")
  String jurisdiction;

  @Option(names = "--debtor-type", required = true, paramLabel = "TYPE", description = "consumer, business or public.")
  String debtorType;

  @Option(names = "--due-date", required = true, paramLabel = "YYYY-MM-DD", description = "The due date of the claim.")
  LocalDate dueDate;

  @Option(names = "--events", paramLabel = "FILE", description = "The case-file events (JSON Lines).")
  Path events;

  @Option(names = "--debtor-id", paramLabel = "ID",
      description = "The debtor in the events file (needed when it holds several debtors).")
  String debtorId;

  @Option(names = "--invoice", paramLabel = "ID", description = "Only acknowledgements covering this invoice count.")
  String invoice;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Also say whether the claim is time-barred then.")
  LocalDate asOf;

  @Override
  protected int execute() {
    RulePack pack = rulePackOption(jurisdiction);
    DebtorType type = debtorTypeOption(debtorType);
    Optional<InvoiceId> inv = invoice == null ? Optional.empty()
        : Optional.of(option("--invoice", invoice, () -> InvoiceId.of(invoice)));
    CaseFile file = CheckCommand.caseFile(events, debtorId);
    LimitationResult r = pack.limitation().compute(dueDate, type, inv, file);
    if (json) {
      ObjectNode doc = object();
      if (r.limitationDate().isPresent()) {
        doc.put("limitationDate", r.limitationDate().get().toString());
      } else {
        doc.putNull("limitationDate");
      }
      doc.put("reference", r.reference());
      doc.put("runsFrom", r.runsFrom().toString());
      doc.put("years", r.years());
      doc.put("explanation", r.explanation());
      ArrayNode restarted = doc.putArray("restartedOn");
      r.restartedOn().forEach(d -> restarted.add(d.toString()));
      if (asOf != null) {
        doc.put("asOf", asOf.toString());
        doc.put("timeBarred", r.isTimeBarred(asOf));
      }
      printJson(doc);
    } else {
      out().println("limitation date: " + r.limitationDate().map(LocalDate::toString).orElse("not modelled"));
      out().println("reference: " + r.reference());
      out().println(r.explanation());
      if (asOf != null) {
        out().println("time-barred on " + asOf + ": " + (r.isTimeBarred(asOf) ? "yes" : "no"));
      }
      out().flush();
    }
    return RecoveryCli.OK;
  }
}
