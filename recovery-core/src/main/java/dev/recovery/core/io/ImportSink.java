package dev.recovery.core.io;

/**
 * Receives the rows and failures of a streaming import as they are read, in file order.
 *
 * @param <T> the row type
 */
public interface ImportSink<T> {

  /** A good row and the 1-based line it starts on. */
  void row(T row, long line);

  /** A problem found; the row it concerns, if any, is not passed to {@link #row}. */
  void failure(ImportFailure failure);
}
