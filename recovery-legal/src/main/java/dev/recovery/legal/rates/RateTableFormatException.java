package dev.recovery.legal.rates;

/** A rate table file could not be read: the message names the file, the line and why. */
public final class RateTableFormatException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;

  /** Creates the exception for a file and a 1-based line number. */
  public RateTableFormatException(String source, long line, String reason) {
    super(source + ", line " + line + ": " + reason);
    this.source = source;
    this.line = line;
  }

  /** The file or resource. */
  public String source() {
    return source;
  }

  /** The 1-based line number. */
  public long line() {
    return line;
  }
}
