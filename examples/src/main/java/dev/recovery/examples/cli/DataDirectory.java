package dev.recovery.examples.cli;

import dev.recovery.core.io.ImportFailure;
import dev.recovery.core.io.Portfolio;
import dev.recovery.core.io.PortfolioLoad;
import dev.recovery.core.io.PortfolioLoader;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.reconcile.ReconciliationResult;
import dev.recovery.core.reconcile.Reconciler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A data directory loaded for a command: the portfolio, every import failure, and the ledger
 * reconciled as of a date (so that no paid invoice counts as open).
 *
 * @param dir the directory
 * @param portfolio the good rows
 * @param failures every bad row, across files
 * @param reconciliation the reconciliation of the portfolio's payments as of the date
 * @param ledger the reconciled ledger
 */
record DataDirectory(Path dir, Portfolio portfolio, List<ImportFailure> failures,
    ReconciliationResult reconciliation, Ledger ledger) {

  /**
   * Loads {@code dir} and reconciles its payments up to {@code asOf}.
   *
   * @param lenient when false, any import failure is bad input (exit 2) and every failure is listed;
   *     when true, the good rows are used and the failures are returned
   * @throws CliInputException if the directory is missing, or a row is bad and not lenient
   */
  static DataDirectory load(Path dir, LocalDate asOf, boolean lenient) {
    if (!Files.isDirectory(dir)) {
      throw new CliInputException("option '--data': '" + dir + "' is not a directory (expected debtors.csv, "
          + "invoices.csv, and optionally payments.csv and events.jsonl)");
    }
    PortfolioLoad load = PortfolioLoader.load(dir);
    if (!load.isClean() && !lenient) {
      throw new CliInputException(load.failures().size() + " bad row(s) in '" + dir
          + "' (use --lenient to go on with the good rows):\n" + load.failureReport());
    }
    Ledger raw = load.portfolio().ledger();
    ReconciliationResult result = Reconciler.builder().asOf(asOf).build().reconcile(raw);
    return new DataDirectory(dir, load.portfolio(), load.failures(), result, result.applyTo(raw));
  }
}
