package dev.recovery.core.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What an import produced: every good row, in file order, and one {@link ImportFailure} per problem.
 *
 * <p>Immutable and thread-safe. A row with a problem is excluded from {@link #rows()} and reported
 * in {@link #failures()}; file-level problems (a missing column, an unknown column) are failures too.
 * {@link #lineOf(int)} gives the source line of each good row, so that later checks (an invoice naming
 * an unknown debtor) can point back into the file.
 *
 * @param <T> the row type
 */
public final class ImportResult<T> {

  private final List<T> rows;
  private final long[] lines;
  private final List<ImportFailure> failures;

  private ImportResult(List<T> rows, long[] lines, List<ImportFailure> failures) {
    this.rows = rows;
    this.lines = lines;
    this.failures = failures;
  }

  /** A result of these rows (source lines unknown, reported as 0) and failures. */
  public static <T> ImportResult<T> of(List<T> rows, List<ImportFailure> failures) {
    List<T> r = List.copyOf(rows);
    return new ImportResult<>(r, new long[r.size()], List.copyOf(failures));
  }

  /**
   * A result of these rows read from these source lines ({@code lines[i]} is the line of row i) and
   * failures.
   */
  public static <T> ImportResult<T> of(List<T> rows, long[] lines, List<ImportFailure> failures) {
    List<T> r = List.copyOf(rows);
    Objects.requireNonNull(lines, "lines");
    if (lines.length < r.size()) {
      throw new IllegalArgumentException("lines has " + lines.length + " entries for " + r.size() + " rows");
    }
    return new ImportResult<>(r, java.util.Arrays.copyOf(lines, r.size()), List.copyOf(failures));
  }

  /** The good rows, in file order. */
  public List<T> rows() {
    return rows;
  }

  /** The problems found, in file order. */
  public List<ImportFailure> failures() {
    return failures;
  }

  /** The 1-based source line of the good row at {@code index} (0 when unknown). */
  public long lineOf(int index) {
    Objects.checkIndex(index, rows.size());
    return lines[index];
  }

  /** Whether the import found no problem at all. */
  public boolean isClean() {
    return failures.isEmpty();
  }

  /** One line per failure ({@link ImportFailure#toString()}), each ending with a newline; empty when clean. */
  public String failureReport() {
    StringBuilder sb = new StringBuilder();
    for (ImportFailure f : failures) {
      sb.append(f).append('\n');
    }
    return sb.toString();
  }

  /** This result with more failures (for example cross-file checks). */
  public ImportResult<T> withFailures(List<ImportFailure> more) {
    List<ImportFailure> all = new ArrayList<>(failures);
    all.addAll(more);
    return new ImportResult<>(rows, lines, List.copyOf(all));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ImportResult<?> r && rows.equals(r.rows) && failures.equals(r.failures)
        && java.util.Arrays.equals(lines, r.lines);
  }

  @Override
  public int hashCode() {
    return rows.hashCode() * 31 + failures.hashCode();
  }

  @Override
  public String toString() {
    return "ImportResult[" + rows.size() + " rows, " + failures.size() + " failures]";
  }
}
