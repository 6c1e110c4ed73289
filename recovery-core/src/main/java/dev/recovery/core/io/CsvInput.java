package dev.recovery.core.io;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A CSV file being read row by row against a fixed list of known columns: skips a UTF-8 byte-order
 * mark, detects the separator ({@code ;} or {@code ,}) from the header line, matches header names
 * case-insensitively after trimming, reports missing, unknown and repeated columns, and gives each row
 * its 1-based line number.
 *
 * <p>Not thread-safe; one instance per read.
 */
final class CsvInput implements Closeable {

  /** The longest header line looked at to detect the separator. */
  private static final int HEADER_SCAN_LIMIT = 1 << 16;

  private final String file;
  private final FailureCounter failures;
  private final CsvReader<CsvRecord> reader;
  private final CloseableIterator<CsvRecord> records;
  private final QuoteTracker quotes;
  private final int[] indexes;
  private final int width;
  private final boolean usable;
  /** The current row, and the last record read (the header before the first row). */
  private CsvRecord record;
  private CsvRecord last;
  private long line;

  private CsvInput(String file, FailureCounter failures, Records records, int[] indexes, int width,
      boolean usable, CsvRecord header) {
    this.file = file;
    this.failures = failures;
    this.reader = records == null ? null : records.reader;
    this.records = records == null ? null : records.iterator;
    this.quotes = records == null ? null : records.quotes;
    this.indexes = indexes;
    this.width = width;
    this.usable = usable;
    this.last = header;
    this.line = header == null ? 1 : header.getStartingLineNumber();
  }

  /** The parser over a file, its record iterator and the quote tracker of its input. */
  private record Records(CsvReader<CsvRecord> reader, CloseableIterator<CsvRecord> iterator, QuoteTracker quotes) {}

  /** Opens a UTF-8 file for reading (strict decoding: malformed bytes are reported, not replaced). */
  static Reader utf8(Path path) throws IOException {
    return new Utf8Reader(Files.newInputStream(path));
  }

  /**
   * Reads the header and checks it against the known columns: the first {@code requiredCount} of
   * {@code columns} are required, the others optional. Problems are added to {@code failures}; when a
   * required column is missing, {@link #next()} returns false at once.
   */
  static CsvInput open(Reader reader, String file, List<String> columns, int requiredCount,
      java.util.function.Consumer<ImportFailure> sink) {
    FailureCounter failures = new FailureCounter(sink);
    BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader, 1 << 16);
    char separator;
    try {
      in.mark(1);
      int first = in.read();
      if (first != '\uFEFF' && first != -1) {
        in.reset();
      }
      in.mark(HEADER_SCAN_LIMIT + 1);
      separator = detectSeparator(in);
      in.reset();
    } catch (IOException e) {
      failures.add(ImportFailure.ofLine(file, lineOf(e, 1), "cannot read the header: " + describe(e)));
      return new CsvInput(file, failures, null, new int[columns.size()], 0, false, null);
    }
    // RFC 4180 (FastCSV): quoted cells may hold separators, doubled quotes and line breaks; empty
    // lines are skipped; rows with another cell count than the header are kept so that they are
    // reported here; text after a closing quote is an error.
    QuoteTracker quotes = new QuoteTracker(in, separator);
    CsvReader<CsvRecord> parser = CsvReader.builder()
        .fieldSeparator(separator)
        .quoteCharacter('"')
        .commentStrategy(CommentStrategy.NONE)
        .skipEmptyLines(true)
        .allowExtraFields(true)
        .allowMissingFields(true)
        .allowExtraCharsAfterClosingQuote(false)
        .ofCsvRecord(quotes);
    Records records = new Records(parser, parser.iterator(), quotes);
    CsvRecord header;
    try {
      if (!records.iterator().hasNext()) {
        failures.add(ImportFailure.ofLine(file, 1, "the file is empty: expected a header line with the columns "
            + String.join(",", columns.subList(0, requiredCount))));
        return new CsvInput(file, failures, records, new int[columns.size()], 0, false, null);
      }
      header = records.iterator().next();
    } catch (CsvParseException | UncheckedIOException e) {
      failures.add(ImportFailure.ofLine(file, lineOf(e, 1), "cannot read the header: " + describe(e)));
      return new CsvInput(file, failures, records, new int[columns.size()], 0, false, null);
    }
    long headerLine = header.getStartingLineNumber();
    int[] indexes = new int[columns.size()];
    java.util.Arrays.fill(indexes, -1);
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < header.getFieldCount(); i++) {
      String name = header.getField(i).strip().toLowerCase(Locale.ROOT);
      Integer before = seen.putIfAbsent(name, i);
      if (before != null) {
        failures.add(ImportFailure.ofColumn(file, headerLine, name, null, "the column appears twice (positions "
            + (before + 1) + " and " + (i + 1) + ")"));
        continue;
      }
      int known = columns.indexOf(name);
      if (known >= 0) {
        indexes[known] = i;
      } else if (name.isEmpty()) {
        failures.add(ImportFailure.ofLine(file, headerLine, "the header has an empty column name at position "
            + (i + 1)));
      } else {
        failures.add(ImportFailure.ofColumn(file, headerLine, name, null, "unknown column; the known columns are "
            + String.join(", ", columns.subList(0, requiredCount)) + " (required) and "
            + String.join(", ", columns.subList(requiredCount, columns.size())) + " (optional)"));
      }
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < requiredCount; i++) {
      if (indexes[i] < 0) {
        missing.add(columns.get(i));
      }
    }
    if (!missing.isEmpty()) {
      failures.add(ImportFailure.ofLine(file, headerLine, "missing required column" + (missing.size() > 1 ? "s " : " ")
          + String.join(", ", missing) + " (separator '" + separator + "', header: "
          + String.join(String.valueOf(separator), header.getFields()) + ")"));
    }
    return new CsvInput(file, failures, records, indexes, header.getFieldCount(), missing.isEmpty(), header);
  }

  /**
   * The separator of the header line: {@code ;} when it has more semicolons than commas outside
   * quotes, else {@code ,}. Reads at most one line.
   */
  private static char detectSeparator(Reader in) throws IOException {
    int semicolons = 0;
    int commas = 0;
    boolean quoted = false;
    for (int n = 0; n < HEADER_SCAN_LIMIT; n++) {
      int c = in.read();
      if (c == -1 || (!quoted && (c == '\n' || c == '\r'))) {
        break;
      }
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == ',') {
        commas++;
      }
    }
    return semicolons > commas ? ';' : ',';
  }

  /**
   * Moves to the next data row; false at the end of the file (or after a problem that makes the rest
   * unreadable, which is reported). Rows whose cell count differs from the header are reported and
   * skipped; blank rows are skipped.
   */
  boolean next() {
    if (!usable) {
      return false;
    }
    while (true) {
      CsvRecord r;
      try {
        if (!records.hasNext()) {
          return false;
        }
        r = records.next();
        // at the end of the input inside a quoted cell, the parser gives the rest of the file as
        // that cell: the last record is then broken, not a row
        if (quotes.endedInsideQuotes() && !records.hasNext()) {
          failures.add(ImportFailure.ofLine(file, r.getStartingLineNumber(), "cannot read the rest of the file: a"
              + " quoted cell of the row starting on this line is never closed (a '\"' is missing)"));
          return false;
        }
      } catch (CsvParseException | UncheckedIOException e) {
        // the failing record starts after the last one read (empty lines aside)
        failures.add(ImportFailure.ofLine(file, lineOf(e, last.getStartingLineNumber() + lineBreaks(last) + 1),
            "cannot read the rest of the file: " + describe(e)));
        return false;
      }
      last = r;
      line = r.getStartingLineNumber();
      int size = r.getFieldCount();
      if (size != width) {
        if (size == 1 && r.getField(0).isBlank()) {
          continue;
        }
        failures.add(ImportFailure.ofLine(file, line, "the row has " + size + " cell" + (size == 1 ? "" : "s")
            + ", the header has " + width));
        continue;
      }
      record = r;
      return true;
    }
  }

  private static int lineBreaks(CsvRecord r) {
    int n = 0;
    for (int i = 0; i < r.getFieldCount(); i++) {
      String s = r.getField(i);
      for (int k = 0; k < s.length(); k++) {
        char c = s.charAt(k);
        if (c == '\n' || (c == '\r' && (k + 1 == s.length() || s.charAt(k + 1) != '\n'))) {
          n++;
        }
      }
    }
    return n;
  }

  /** The 1-based line where the current row starts. */
  long line() {
    return line;
  }

  /** Whether the file has the known column at {@code column} (its position in the column list). */
  boolean has(int column) {
    return indexes[column] >= 0;
  }

  /** The trimmed cell of the current row in that known column; empty when the column is absent. */
  /**
   * The id in {@code column}: the row fails when it is empty or was seen on an earlier line (the
   * failure names that line).
   */
  String uniqueId(int column, String name, IdIndex seen) {
    String id = cell(column);
    if (id.isEmpty()) {
      fail(name, id, "must not be empty");
    } else {
      long first = seen.putIfAbsent(id, line());
      if (first >= 0) {
        fail(name, id, "duplicate " + name + ", first seen on line " + first);
      }
    }
    return id;
  }

  String cell(int column) {
    int i = indexes[column];
    return i < 0 ? "" : record.getField(i).strip();
  }

  /** Records a problem with a cell of the current row. */
  void fail(String column, String value, String reason) {
    failures.add(ImportFailure.ofColumn(file, line, column, value, reason));
  }

  /** Records a problem with the current row as a whole. */
  void failRow(String reason) {
    failures.add(ImportFailure.ofLine(file, line, reason));
  }

  /** The number of failures recorded so far (to tell whether a row added any). */
  int failureCount() {
    return failures.count;
  }

  /** The file name used in failures. */
  String file() {
    return file;
  }

  /** Passes failures on and counts them. */
  private static final class FailureCounter {
    private final java.util.function.Consumer<ImportFailure> sink;
    private int count;

    FailureCounter(java.util.function.Consumer<ImportFailure> sink) {
      this.sink = sink;
    }

    void add(ImportFailure failure) {
      count++;
      sink.accept(failure);
    }
  }

  /** The line of the bytes that are not UTF-8 when that is the cause, else {@code otherwise}. */
  static long lineOf(Exception e, long otherwise) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Utf8Reader.Malformed m) {
        return m.line();
      }
    }
    return otherwise;
  }

  static String describe(Exception e) {
    Throwable t = e;
    while (t.getCause() != null
        && (t instanceof UncheckedIOException || t instanceof CsvParseException || t.getMessage() == null)) {
      t = t.getCause();
    }
    if (t instanceof Utf8Reader.Malformed) {
      return t.getMessage();
    }
    if (t instanceof java.nio.charset.CharacterCodingException) {
      return "the file is not valid UTF-8 (" + t + ")";
    }
    return t.getMessage() == null ? t.toString() : t.getMessage();
  }

  @Override
  public void close() {
    if (reader != null) {
      try {
        reader.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
