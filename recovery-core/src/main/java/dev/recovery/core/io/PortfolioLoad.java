package dev.recovery.core.io;

import java.util.List;
import java.util.Objects;

/**
 * What {@link PortfolioLoader#load(java.nio.file.Path)} produced: the portfolio of every good row and
 * every failure found across the files.
 *
 * <p>Immutable and thread-safe.
 *
 * @param portfolio the good rows (a row with a problem, or naming a row that failed, is left out)
 * @param failures the problems, file by file in load order (debtors, invoices, payments, events)
 */
public record PortfolioLoad(Portfolio portfolio, List<ImportFailure> failures) {

  /** Validates and copies. */
  public PortfolioLoad {
    Objects.requireNonNull(portfolio, "portfolio");
    failures = List.copyOf(Objects.requireNonNull(failures, "failures"));
  }

  /** Whether every file was read without any problem. */
  public boolean isClean() {
    return failures.isEmpty();
  }

  /** One line per failure, each ending with a newline; empty when clean. */
  public String failureReport() {
    StringBuilder sb = new StringBuilder();
    for (ImportFailure f : failures) {
      sb.append(f).append('\n');
    }
    return sb.toString();
  }
}
