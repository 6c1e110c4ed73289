package dev.recovery.core.io;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** What the CSV readers share: reading a file by path, and collecting a streaming read into a result. */
final class StreamingReads {

  /** A streaming read of one kind of row. */
  @FunctionalInterface
  interface Streaming<T> {
    long read(Reader reader, String fileName, ImportSink<? super T> sink);
  }

  private StreamingReads() {}

  /** Reads {@code path} (UTF-8, BOM skipped), naming failures by its file name. */
  static <T> ImportResult<T> read(Path path, Streaming<T> streaming) {
    Objects.requireNonNull(path, "path");
    try (Reader reader = CsvInput.utf8(path)) {
      return collect(reader, String.valueOf(path.getFileName()), streaming);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** Keeps every good row (with its line) and every failure of a streaming read. */
  static <T> ImportResult<T> collect(Reader reader, String fileName, Streaming<T> streaming) {
    List<ImportFailure> failures = new ArrayList<>();
    List<T> rows = new ArrayList<>();
    LineList lines = new LineList();
    streaming.read(reader, fileName, new ImportSink<T>() {
      @Override
      public void row(T row, long line) {
        rows.add(row);
        lines.add(line);
      }

      @Override
      public void failure(ImportFailure failure) {
        failures.add(failure);
      }
    });
    return ImportResult.of(rows, lines.toArray(), failures);
  }
}
