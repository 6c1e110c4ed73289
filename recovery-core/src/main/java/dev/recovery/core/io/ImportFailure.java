package dev.recovery.core.io;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found while importing a file: where it is (file, line, column or JSON field), the
 * offending value and why it was refused.
 *
 * <p>Immutable and thread-safe. {@link #toString()} prints one line such as {@code invoices.csv:12:
 * column 'amount' (value '12,5x'): not a plain decimal number}. Line numbers start at 1 (the header
 * of a CSV file is line 1); line 0 means the file as a whole (for example a missing file).
 *
 * @param file the file name as given to the reader (usually the bare name, {@code invoices.csv})
 * @param line the 1-based line, or 0 for the whole file
 * @param column the CSV column (lower-case header name) the problem is in, if it is about one cell
 * @param field the JSON field (a path such as {@code installments[0].amount}) the problem is in, if
 *     it is about one JSON field
 * @param value the offending text, if any
 * @param reason why the value was refused, in words
 */
public record ImportFailure(String file, long line, Optional<String> column, Optional<String> field,
    Optional<String> value, String reason) {

  /** Validates the fields. */
  public ImportFailure {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(reason, "reason");
    if (line < 0) {
      throw new IllegalArgumentException("line must be >= 0, was " + line);
    }
    if (column.isPresent() && field.isPresent()) {
      throw new IllegalArgumentException("a failure names a CSV column or a JSON field, not both: column '"
          + column.get() + "', field '" + field.get() + "'");
    }
  }

  /** A failure about one CSV cell. */
  public static ImportFailure ofColumn(String file, long line, String column, String value, String reason) {
    return new ImportFailure(file, line, Optional.of(column), Optional.empty(), Optional.ofNullable(value), reason);
  }

  /** A failure about one JSON field. */
  public static ImportFailure ofField(String file, long line, String field, String value, String reason) {
    return new ImportFailure(file, line, Optional.empty(), Optional.of(field), Optional.ofNullable(value), reason);
  }

  /** A failure about a whole line (a row, a header, a JSON document) or, with line 0, the whole file. */
  public static ImportFailure ofLine(String file, long line, String reason) {
    return new ImportFailure(file, line, Optional.empty(), Optional.empty(), Optional.empty(), reason);
  }

  /** The column or the field the failure is about, if any. */
  public Optional<String> name() {
    return column.isPresent() ? column : field;
  }

  /** {@code invoices.csv:12: column 'amount' (value '12,5x'): not a plain decimal number}. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder(file);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    String where = column.map(c -> "column '" + c + "'").or(() -> field.map(f -> "field '" + f + "'")).orElse("");
    if (value.isPresent()) {
      where = (where.isEmpty() ? "" : where + " ") + "(value '" + value.get() + "')";
    }
    if (!where.isEmpty()) {
      sb.append(where).append(": ");
    }
    sb.append(reason);
    return sb.toString();
  }
}
