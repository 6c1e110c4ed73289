package dev.recovery.examples;

import dev.recovery.core.aging.AgingReport;
import dev.recovery.core.io.PortfolioLoad;
import dev.recovery.core.io.PortfolioLoader;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.reconcile.Match;
import dev.recovery.core.reconcile.ReconciliationResult;
import dev.recovery.core.reconcile.Reconciler;
import java.nio.file.Path;
import java.time.LocalDate;

/** Example: import a data directory, reconcile its payments, age the reconciled ledger. */
public final class ImportAndReconcileExample {

  private ImportAndReconcileExample() {}

  /** Runs the example on {@code args[0]} (default: examples/data/sample). */
  public static void main(String[] args) {
    PortfolioLoad load = PortfolioLoader.load(Path.of(args.length > 0 ? args[0] : "examples/data/sample"));
    if (!load.isClean()) {
      System.err.println(load.failureReport()); // every bad row, with file, line and column
    }
    Ledger raw = load.portfolio().ledger();
    ReconciliationResult result = Reconciler.defaults().reconcile(raw);
    for (Match m : result.matches()) {
      System.out.println(m.paymentId() + " -> " + m.allocations().size() + " invoice(s) by " + m.rule() + ": "
          + m.explanation());
    }
    System.out.println(result.suggestions().size() + " suggestion(s), " + result.unmatched().size() + " unmatched");
    Ledger reconciled = result.applyTo(raw);
    System.out.println(AgingReport.compute(reconciled, LocalDate.of(2025, 7, 31)));
  }
}
