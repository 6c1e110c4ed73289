package dev.recovery.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.recovery.core.io.ImportFailure;
import dev.recovery.core.io.PortfolioLoad;
import dev.recovery.core.io.PortfolioLoader;
import dev.recovery.core.io.camt.CamtStatement;
import dev.recovery.core.io.camt.CamtStatementReader;
import dev.recovery.core.io.camt.StatementLine;
import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.money.Money;
import dev.recovery.core.reconcile.Candidate;
import dev.recovery.core.reconcile.CreditNoteApplication;
import dev.recovery.core.reconcile.Match;
import dev.recovery.core.reconcile.ReconciliationResult;
import dev.recovery.core.reconcile.Reconciler;
import dev.recovery.core.reconcile.Suggestion;
import dev.recovery.core.reconcile.Tolerance;
import dev.recovery.core.reconcile.Unmatched;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code recovery reconcile}: matches the payments of a data directory, and optionally the credit
 * entries of a camt.053 bank statement, to the open invoices, and applies credit notes.
 */
@Command(name = "reconcile", mixinStandardHelpOptions = true,
    description = "Match payments (payments.csv and an optional camt.053 statement) to open invoices, explainably.")
public final class ReconcileCommand extends BaseCommand {

  @Option(names = "--data", required = true, paramLabel = "DIR",
      description = "Portfolio directory: debtors.csv, invoices.csv, payments.csv (optional), events.jsonl (optional).")
  Path data;

  @Option(names = "--statement", paramLabel = "FILE.xml",
      description = "A camt.053 bank statement (.001.02 to .001.08); its booked credit entries are reconciled too.")
  Path statement;

  @Option(names = "--tolerance", paramLabel = "AMOUNT|PERCENT%", defaultValue = "0",
      description = "Largest shortfall matched with a proposed write-off: an amount (2.50) or a percentage (0.5%%)."
          + " Default: none.")
  String tolerance;

  @Option(names = "--max-combination", paramLabel = "K", defaultValue = "5",
      description = "Largest number of open items combined to match one payment (1 to 12, default ${DEFAULT-VALUE}).")
  int maxCombination;

  @Override
  protected int execute() {
    Tolerance tol;
    try {
      tol = Tolerance.parse(tolerance);
    } catch (IllegalArgumentException e) {
      throw new CliInputException("option '--tolerance' (value '" + tolerance + "'): " + e.getMessage(), e);
    }
    Reconciler reconciler;
    try {
      reconciler = Reconciler.builder().tolerance(tol).maxCombination(maxCombination).build();
    } catch (IllegalArgumentException e) {
      throw new CliInputException("option '--max-combination' (value '" + maxCombination + "'): " + e.getMessage(), e);
    }
    if (!Files.isDirectory(data)) {
      throw new CliInputException("option '--data' (value '" + data + "'): not a directory");
    }
    PortfolioLoad load = PortfolioLoader.load(data);
    if (!load.isClean()) {
      throw new CliInputException("option '--data' (value '" + data + "'): the portfolio has bad rows; reconciling"
          + " without them could match payments to the wrong invoices:\n" + load.failureReport());
    }
    Ledger ledger = load.portfolio().ledger();
    List<Payment> more = List.of();
    CamtStatement camt = null;
    if (statement != null) {
      if (!Files.isRegularFile(statement)) {
        throw new CliInputException("option '--statement' (value '" + statement + "'): no such file");
      }
      camt = CamtStatementReader.read(statement);
      for (ImportFailure f : camt.failures()) {
        err().println("recovery reconcile: warning: entry left out: " + f);
      }
      more = camt.payments();
    }
    ReconciliationResult result;
    try {
      result = reconciler.reconcile(ledger, more);
    } catch (IllegalArgumentException e) {
      throw new CliInputException("option '--statement' (value '" + statement + "'): " + e.getMessage(), e);
    }
    if (json) {
      printJson(toJson(result, camt));
    } else {
      printText(result, camt);
    }
    return RecoveryCli.OK;
  }

  private ObjectNode toJson(ReconciliationResult result, CamtStatement camt) {
    ObjectNode doc = object();
    ArrayNode matches = doc.putArray("matches");
    for (Match m : result.matches()) {
      ObjectNode n = matches.addObject();
      n.put("paymentId", m.paymentId().value());
      n.put("debtorId", m.debtorId().value());
      n.put("rule", m.rule().code());
      n.put("confidence", m.confidence());
      ArrayNode allocations = n.putArray("allocations");
      for (Allocation a : m.allocations()) {
        ObjectNode an = allocations.addObject();
        an.put("invoiceId", a.invoiceId().value());
        an.put("amount", a.amount().toPlainString());
      }
      if (m.writeOff().isPresent()) {
        ObjectNode w = n.putObject("writeOff");
        w.put("invoiceId", m.writeOff().get().invoiceId().value());
        w.put("amount", m.writeOff().get().amount().toPlainString());
      } else {
        n.putNull("writeOff");
      }
      n.put("unapplied", m.unapplied().toPlainString());
      n.put("currency", m.amount().currencyCode());
      n.put("identifiedBy", m.identifiedBy().code());
      n.put("explanation", m.explanation());
    }
    ArrayNode suggestions = doc.putArray("suggestions");
    for (Suggestion s : result.suggestions()) {
      ObjectNode n = suggestions.addObject();
      n.put("paymentId", s.paymentId().value());
      if (s.debtorId().isPresent()) {
        n.put("debtorId", s.debtorId().get().value());
      } else {
        n.putNull("debtorId");
      }
      n.put("amount", s.amount().toPlainString());
      n.put("currency", s.amount().currencyCode());
      ArrayNode candidates = n.putArray("candidates");
      for (Candidate c : s.candidates()) {
        ObjectNode cn = candidates.addObject();
        ArrayNode ids = cn.putArray("invoiceIds");
        for (InvoiceId id : c.invoiceIds()) {
          ids.add(id.value());
        }
        cn.put("rule", c.rule().code());
        cn.put("confidence", c.confidence());
        cn.put("explanation", c.explanation());
      }
      n.put("explanation", s.explanation());
    }
    ArrayNode unmatched = doc.putArray("unmatched");
    for (Unmatched u : result.unmatched()) {
      ObjectNode n = unmatched.addObject();
      n.put("paymentId", u.paymentId().value());
      n.put("amount", u.amount().toPlainString());
      n.put("currency", u.amount().currencyCode());
      if (u.debtorId().isPresent()) {
        n.put("debtorId", u.debtorId().get().value());
      } else {
        n.putNull("debtorId");
      }
      n.put("reason", u.reason());
    }
    ObjectNode summary = doc.putObject("summary");
    summary.put("payments", result.summary().payments());
    summary.put("matched", result.summary().matched());
    summary.put("suggested", result.summary().suggested());
    summary.put("unmatched", result.summary().unmatched());
    putTotals(summary.putObject("amountMatched"), result.summary().amountMatched());
    putTotals(summary.putObject("writtenOff"), result.summary().writtenOff());
    putTotals(summary.putObject("unapplied"), result.summary().unapplied());
    ArrayNode notes = doc.putArray("creditNotes");
    for (CreditNoteApplication c : result.creditNotes()) {
      ObjectNode n = notes.addObject();
      n.put("creditNoteId", c.creditNoteId().value());
      n.put("debtorId", c.debtorId().value());
      ArrayNode allocations = n.putArray("allocations");
      for (Allocation a : c.allocations()) {
        ObjectNode an = allocations.addObject();
        an.put("invoiceId", a.invoiceId().value());
        an.put("amount", a.amount().toPlainString());
      }
      n.put("remaining", c.remaining().toPlainString());
      n.put("explanation", c.explanation());
    }
    ArrayNode excluded = doc.putArray("excluded");
    if (camt != null) {
      for (StatementLine l : camt.excluded()) {
        ObjectNode n = excluded.addObject();
        n.put("lineId", l.id().value());
        n.put("line", l.line());
        n.put("amount", l.amount().toPlainString());
        n.put("currency", l.amount().currencyCode());
        n.put("reason", l.exclusion().orElse(""));
      }
    }
    return doc;
  }

  private static void putTotals(ObjectNode node, Map<String, Money> totals) {
    totals.forEach((c, m) -> node.put(c, m.toPlainString()));
  }

  private void printText(ReconciliationResult result, CamtStatement camt) {
    var out = out();
    var s = result.summary();
    out.printf("Reconciliation: %d payments, %d matched, %d suggested, %d unmatched%n", s.payments(), s.matched(),
        s.suggested(), s.unmatched());
    s.amountMatched().forEach((c, m) -> out.printf("  matched %s %s, written off %s, unapplied %s%n", c,
        m.toPlainString(), s.writtenOff().get(c).toPlainString(), s.unapplied().get(c).toPlainString()));
    out.println();
    out.println("Matches:");
    for (Match m : result.matches()) {
      out.printf("  %-24s %-10s %-18s %.2f  %s%n", m.paymentId(), m.debtorId(), m.rule().code(), m.confidence(),
          m.amount());
      for (Allocation a : m.allocations()) {
        out.printf("      -> %-14s %s%n", a.invoiceId(), a.amount().toPlainString());
      }
      m.writeOff().ifPresent(w -> out.printf("      write-off %-8s %s%n", w.invoiceId(), w.amount().toPlainString()));
      if (m.unapplied().isPositive()) {
        out.printf("      unapplied %s%n", m.unapplied().toPlainString());
      }
      out.printf("      %s%n", m.explanation());
    }
    out.println("Suggestions:");
    for (Suggestion sg : result.suggestions()) {
      out.printf("  %-24s %-10s %s%n", sg.paymentId(), sg.debtorId().map(Object::toString).orElse("?"), sg.amount());
      for (Candidate c : sg.candidates()) {
        out.printf("      ? %-40s %-18s %.2f%n", c.invoiceIds(), c.rule().code(), c.confidence());
      }
      out.printf("      %s%n", sg.explanation());
    }
    out.println("Unmatched:");
    for (Unmatched u : result.unmatched()) {
      out.printf("  %-24s %s%n      %s%n", u.paymentId(), u.amount(), u.reason());
    }
    if (!result.creditNotes().isEmpty()) {
      out.println("Credit notes:");
      for (CreditNoteApplication c : result.creditNotes()) {
        out.printf("  %-14s %s%n", c.creditNoteId(), c.explanation());
      }
    }
    if (camt != null && !camt.excluded().isEmpty()) {
      out.println("Statement lines not reconciled:");
      for (StatementLine l : camt.excluded()) {
        out.printf("  %-24s %s  %s%n", l.id(), l.amount(), l.exclusion().orElse(""));
      }
    }
    out.flush();
  }
}
