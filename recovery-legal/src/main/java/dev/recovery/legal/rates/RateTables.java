package dev.recovery.legal.rates;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A set of named {@link RateTable}s: the standard ones shipped with the library, which a host can
 * replace or extend with {@link #with(RateTable)}.
 *
 * <p>Immutable and thread-safe. Standard tables (resources under {@code dev/recovery/legal/rates/}):
 * {@value #ECB_MRO} (ECB main refinancing rate), {@value #FR_LEGAL_OTHER_CASES} and {@value
 * #FR_LEGAL_PRIVATE_CREDITOR} (the two French legal interest rates of Code monetaire et financier
 * L313-2, per half-year), {@value #BOE_BASE} (Bank of England base rate).
 */
public final class RateTables {

  /** ECB main refinancing operations rate. */
  public static final String ECB_MRO = "ecb-mro";
  /** French legal interest rate "in all other cases" (C. monet. fin. L313-2): any business creditor. */
  public static final String FR_LEGAL_OTHER_CASES = "fr-legal-other-cases";
  /** French legal interest rate for a creditor who is a natural person not acting for professional needs. */
  public static final String FR_LEGAL_PRIVATE_CREDITOR = "fr-legal-private-creditor";
  /** Bank of England base rate. */
  public static final String BOE_BASE = "boe-base";

  private static final String RESOURCE_DIR = "/dev/recovery/legal/rates/";

  private final Map<String, RateTable> tables;

  private RateTables(Map<String, RateTable> tables) {
    this.tables = tables;
  }

  /** The standard tables shipped with the library. */
  public static RateTables standard() {
    return Standard.INSTANCE;
  }

  /** An empty set of tables. */
  public static RateTables empty() {
    return new RateTables(Map.of());
  }

  /** Loads one table from a classpath resource of this library, such as {@code "ecb-mro.txt"}. */
  public static RateTable loadResource(String fileName) {
    String path = RESOURCE_DIR + fileName;
    InputStream in = RateTables.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("rate table resource " + path + " not found on the classpath");
    }
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      return RateTable.parse("recovery-legal resource " + path.substring(1), reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** These tables with one added or replaced (by name). */
  public RateTables with(RateTable table) {
    Objects.requireNonNull(table, "table");
    Map<String, RateTable> copy = new LinkedHashMap<>(tables);
    copy.put(table.name(), table);
    return new RateTables(Collections.unmodifiableMap(copy));
  }

  /**
   * The table with that name.
   *
   * @throws IllegalArgumentException naming the known tables if there is none
   */
  public RateTable get(String name) {
    RateTable t = tables.get(name);
    if (t == null) {
      throw new IllegalArgumentException("no rate table named '" + name + "'; known: " + tables.keySet());
    }
    return t;
  }

  /** Whether a table with that name is present. */
  public boolean contains(String name) {
    return tables.containsKey(name);
  }

  /** The table names. */
  public Set<String> names() {
    return tables.keySet();
  }

  @Override
  public String toString() {
    return "RateTables" + tables.keySet();
  }

  /** Lazy holder: the standard tables are read once, on first use, and never change. */
  private static final class Standard {
    static final RateTables INSTANCE = load();

    private static RateTables load() {
      RateTables t = empty();
      for (String file : new String[] {"ecb-mro.txt", "fr-legal-other-cases.txt", "fr-legal-private-creditor.txt",
          "boe-base.txt"}) {
        t = t.with(loadResource(file));
      }
      return t;
    }
  }
}
