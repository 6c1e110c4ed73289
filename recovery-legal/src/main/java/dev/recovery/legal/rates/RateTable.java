package dev.recovery.legal.rates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A dated series of annual rates in percent: each entry applies from its date until the next one.
 *
 * <p>Immutable and thread-safe. A table knows the last date it is complete for ({@link
 * #validThrough()}); asking for a rate before the first entry or after that date throws a {@link
 * RateTableException} naming the table and its source file, never a guess.
 *
 * <p>File format (UTF-8 text): lines {@code YYYY-MM-DD RATE} in increasing date order; {@code #}
 * starts a comment; the header comments {@code # name: ...} and {@code # valid-through: YYYY-MM-DD}
 * are required (the name may also be given by the caller), and the header should cite the source.
 */
public final class RateTable {

  private final String name;
  private final String source;
  private final NavigableMap<LocalDate, BigDecimal> rates;
  private final LocalDate validThrough;

  private RateTable(String name, String source, NavigableMap<LocalDate, BigDecimal> rates, LocalDate validThrough) {
    this.name = name;
    this.source = source;
    this.rates = rates;
    this.validThrough = validThrough;
  }

  /**
   * A table from dated rates.
   *
   * @param name the table name, such as {@code "ecb-mro"}
   * @param source where the data comes from (file or official source), used in error messages
   * @param rates the rates in percent by the date from which each applies; at least one
   * @param validThrough the last date the table is known to be complete for; not before the last entry
   * @throws IllegalArgumentException if there is no rate or {@code validThrough} is before the last entry
   */
  public static RateTable of(String name, String source, Map<LocalDate, BigDecimal> rates, LocalDate validThrough) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(rates, "rates");
    Objects.requireNonNull(validThrough, "validThrough");
    if (name.isBlank()) {
      throw new IllegalArgumentException("rate table name must not be blank");
    }
    if (rates.isEmpty()) {
      throw new IllegalArgumentException("rate table '" + name + "' has no rate");
    }
    TreeMap<LocalDate, BigDecimal> copy = new TreeMap<>();
    rates.forEach((d, r) -> copy.put(Objects.requireNonNull(d, "date"), Objects.requireNonNull(r, "rate")));
    if (validThrough.isBefore(copy.lastKey())) {
      throw new IllegalArgumentException("rate table '" + name + "': valid-through " + validThrough
          + " is before its last entry " + copy.lastKey());
    }
    return new RateTable(name.strip(), source, Collections.unmodifiableNavigableMap(copy), validThrough);
  }

  /**
   * Reads a table in the file format described above.
   *
   * @param source the file or resource name, used in messages
   * @param reader the text; not closed
   * @throws RateTableFormatException naming the source and line of a bad line
   */
  public static RateTable parse(String source, Reader reader) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(reader, "reader");
    String name = null;
    LocalDate validThrough = null;
    TreeMap<LocalDate, BigDecimal> rates = new TreeMap<>();
    BufferedReader in = new BufferedReader(reader);
    long lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        String t = line.strip();
        if (t.isEmpty()) {
          continue;
        }
        if (t.startsWith("#")) {
          String c = t.substring(1).strip();
          if (c.startsWith("name:")) {
            name = c.substring(5).strip();
          } else if (c.startsWith("valid-through:")) {
            String v = c.substring(14).strip();
            if (!v.isEmpty() && Character.isDigit(v.charAt(0))) {
              try {
                validThrough = LocalDate.parse(v);
              } catch (DateTimeParseException e) {
                throw new RateTableFormatException(source, lineNo, "valid-through '" + v + "' is not a date YYYY-MM-DD");
              }
            }
          }
          continue;
        }
        String[] parts = t.split("\\s+");
        if (parts.length != 2) {
          throw new RateTableFormatException(source, lineNo, "expected 'YYYY-MM-DD RATE', found '" + t + "'");
        }
        LocalDate date;
        BigDecimal rate;
        try {
          date = LocalDate.parse(parts[0]);
        } catch (DateTimeParseException e) {
          throw new RateTableFormatException(source, lineNo, "date '" + parts[0] + "' is not YYYY-MM-DD");
        }
        try {
          rate = new BigDecimal(parts[1]);
        } catch (NumberFormatException e) {
          throw new RateTableFormatException(source, lineNo, "rate '" + parts[1] + "' is not a decimal number");
        }
        if (!rates.isEmpty() && !date.isAfter(rates.lastKey())) {
          throw new RateTableFormatException(source, lineNo, "date " + date + " is not after the previous entry "
              + rates.lastKey());
        }
        rates.put(date, rate);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read rate table " + source, e);
    }
    if (name == null || name.isBlank()) {
      throw new RateTableFormatException(source, lineNo, "missing header '# name: ...'");
    }
    if (validThrough == null) {
      throw new RateTableFormatException(source, lineNo, "missing header '# valid-through: YYYY-MM-DD'");
    }
    if (rates.isEmpty()) {
      throw new RateTableFormatException(source, lineNo, "no rate line");
    }
    if (validThrough.isBefore(rates.lastKey())) {
      throw new RateTableFormatException(source, lineNo, "valid-through " + validThrough
          + " is before the last entry " + rates.lastKey());
    }
    return new RateTable(name, source, Collections.unmodifiableNavigableMap(rates), validThrough);
  }

  /** The table name, such as {@code "ecb-mro"}. */
  public String name() {
    return name;
  }

  /** Where the data came from (resource path or file). */
  public String source() {
    return source;
  }

  /** The first date covered. */
  public LocalDate validFrom() {
    return rates.firstKey();
  }

  /** The last date the table is known to be complete for. */
  public LocalDate validThrough() {
    return validThrough;
  }

  /** The entries: rate in percent by the date from which it applies. */
  public NavigableMap<LocalDate, BigDecimal> entries() {
    return rates;
  }

  /** Whether the date is covered. */
  public boolean covers(LocalDate date) {
    return !date.isBefore(validFrom()) && !date.isAfter(validThrough);
  }

  /**
   * The rate in percent in force on the date.
   *
   * @throws RateTableException if the date is before the first entry or after {@link #validThrough()}
   */
  public BigDecimal rateOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (!covers(date)) {
      throw new RateTableException(name, source, date, "rate table '" + name + "' (" + source + ") covers "
          + validFrom() + " to " + validThrough + " and has no rate for " + date
          + ": add the rates in force after " + validThrough + " to " + source
          + " and move its valid-through date, or override the table with RateTables.with(...)");
    }
    return rates.floorEntry(date).getValue();
  }

  /** The dates strictly after {@code from} and on or before {@code to} on which the rate changes. */
  public List<LocalDate> changesBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return List.of();
    }
    return new ArrayList<>(rates.subMap(from, false, to, true).keySet());
  }

  /** This table with entries from another (same name) replacing or extending it; the later valid-through wins. */
  public RateTable extendedWith(RateTable more) {
    TreeMap<LocalDate, BigDecimal> merged = new TreeMap<>(rates);
    merged.putAll(more.rates);
    LocalDate through = more.validThrough.isAfter(validThrough) ? more.validThrough : validThrough;
    return of(name, source + " + " + more.source, merged, through);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RateTable t && name.equals(t.name) && rates.equals(t.rates)
        && validThrough.equals(t.validThrough);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rates, validThrough);
  }

  @Override
  public String toString() {
    return "RateTable[" + name + ", " + validFrom() + ".." + validThrough + ", " + rates.size() + " entries]";
  }
}
