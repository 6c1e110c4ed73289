package dev.recovery.legal.rates;

import java.time.LocalDate;

/**
 * A rate was asked for a date a {@link RateTable} does not cover, so no rate can be given without a
 * guess; the message names the table and the resource file to update.
 */
public final class RateTableException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  private final String table;
  private final String source;
  private final LocalDate date;

  /** Creates the exception for the table, its source file and the date asked for. */
  public RateTableException(String table, String source, LocalDate date, String message) {
    super(message);
    this.table = table;
    this.source = source;
    this.date = date;
  }

  /** The name of the table ({@code "ecb-mro"}). */
  public String table() {
    return table;
  }

  /** Where the table came from (resource path or file name). */
  public String source() {
    return source;
  }

  /** The date that is not covered. */
  public LocalDate date() {
    return date;
  }
}
