package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.risk.SegmentAssignment;
import dev.recovery.scenarios.callqueue.CallQueue;
import dev.recovery.scenarios.callqueue.CallQueueEntry;
import dev.recovery.scenarios.run.InMemoryActionJournal;
import dev.recovery.scenarios.run.JsonlActionJournal;
import dev.recovery.scenarios.run.RunResult;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code recovery call-queue}: today's calls, who to call first and why. */
@Command(name = "call-queue", mixinStandardHelpOptions = true,
    description = "The prioritised call queue of a day: the planned phone calls ranked by amount, lateness, risk, "
        + "key account and broken promises, each within the debtor's allowed hours.")
public final class CallQueueCommand extends BaseCommand {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "The portfolio directory.")
  Path data;

  @Option(names = "--scenarios", required = true, paramLabel = "FILE", description = "The scenario file.")
  Path scenarios;

  @Option(names = "--as-of", required = true, paramLabel = "YYYY-MM-DD", description = "The day.")
  LocalDate asOf;

  @Option(names = "--journal", paramLabel = "FILE", description = "The action journal (calls already made are not queued).")
  Path journalFile;

  @Option(names = "--lenient", description = "Go on with the good rows when some rows are bad.")
  boolean lenient;

  @Override
  protected int execute() {
    RunSetup setup = RunSetup.load(data, scenarios, asOf, lenient, LegalWiring.gate(), LegalWiring.penalties());
    RunResult result = setup.run().plan(asOf, setup.accounts().values(),
        journalFile == null ? new InMemoryActionJournal() : JsonlActionJournal.open(journalFile), true);
    List<CallQueueEntry> queue = CallQueue.build(asOf, result.actions(), setup.accounts(),
        account -> setup.segmentation().assignment(account.debtor().id()).map(SegmentAssignment::risk)
            .map(r -> r.value()).orElse(0));
    if (json) {
      ObjectNode doc = object();
      doc.put("asOf", asOf.toString());
      ArrayNode calls = doc.putArray("calls");
      for (CallQueueEntry e : queue) {
        ObjectNode n = calls.addObject();
        n.put("rank", e.rank());
        n.put("actionId", e.action().id());
        n.put("debtorId", e.action().debtorId().value());
        n.put("debtorName", setup.accounts().get(e.action().debtorId()).debtor().name());
        n.put("phone", setup.accounts().get(e.action().debtorId()).debtor().phone().orElse(null));
        n.put("timeZone", setup.accounts().get(e.action().debtorId()).debtor().timeZone().getId());
        n.put("scheduledAt", e.action().scheduledAt().toOffsetDateTime().toString());
        n.put("script", e.action().template());
        n.put("amount", e.action().amount().toPlainString());
        n.put("currency", e.action().amount().currencyCode());
        ArrayNode inv = n.putArray("invoices");
        e.action().invoices().forEach(i -> inv.add(i.value()));
        n.put("priority", e.priority());
        ArrayNode reasons = n.putArray("reasons");
        e.reasons().forEach(reasons::add);
      }
      printJson(doc);
      return RecoveryCli.OK;
    }
    out().printf("Call queue for %s: %d call(s)%n%n", asOf, queue.size());
    for (CallQueueEntry e : queue) {
      var debtor = setup.accounts().get(e.action().debtorId()).debtor();
      out().printf("%3d. %-12s %-28s %-18s %s  priority %d%n", e.rank(), debtor.id(), debtor.name(),
          debtor.phone().orElse("-"), e.action().scheduledAt().toOffsetDateTime(), e.priority());
      out().printf("     %s, script %s: %s%n", e.action().amount(), e.action().template(), String.join("; ", e.reasons()));
    }
    return RecoveryCli.OK;
  }
}
