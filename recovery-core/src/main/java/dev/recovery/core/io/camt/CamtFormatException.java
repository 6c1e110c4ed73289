package dev.recovery.core.io.camt;

/**
 * A statement file that cannot be read: not well-formed XML, or not a camt.053 document.
 *
 * <p>Carries the file, the line and column (1-based; 0 when unknown) and the reason.
 */
public final class CamtFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;
  private final int column;
  private final String reason;

  /** Creates the exception for {@code source} at {@code line}:{@code column}. */
  public CamtFormatException(String source, int line, int column, String reason, Throwable cause) {
    super(source + ":" + line + ":" + column + ": " + reason, cause);
    this.source = source;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /** The file (or name) that was read. */
  public String source() {
    return source;
  }

  /** The 1-based line of the problem, 0 when unknown. */
  public int line() {
    return line;
  }

  /** The 1-based column of the problem, 0 when unknown. */
  public int column() {
    return column;
  }

  /** Why the file cannot be read. */
  public String reason() {
    return reason;
  }
}
