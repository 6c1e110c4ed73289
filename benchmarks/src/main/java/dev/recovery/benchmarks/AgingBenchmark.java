package dev.recovery.benchmarks;

import dev.recovery.core.aging.AgingBuckets;
import dev.recovery.core.aging.AgingReport;
import dev.recovery.core.aging.KpiCalculator;
import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.Ledger;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Aging + KPIs over a ledger of open invoices, against DuckDB (JDBC, in-process) running the
 * equivalent SQL on the same data in the same run: the target is to be no slower than DuckDB.
 *
 * <p>Both start from data already in memory (the library from its {@link Ledger}, DuckDB from a
 * table loaded in the setup) and compute the buckets per currency and per debtor plus the sums the
 * KPIs need (receivables, current, overdue, sales of the period).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class AgingBenchmark {

  /** Dataset size: tiny, 10k, 100k, 1M open invoices. */
  @Param({"1M"})
  public String size;

  private Ledger ledger;
  private Connection duck;

  static final String SQL = """
      WITH items AS (
        SELECT debtor_id, currency, amount - paid AS open, amount, issue_date,
               date_diff('day', due_date, DATE '2025-12-31') AS dpd
        FROM invoices WHERE issue_date <= DATE '2025-12-31'
      ), aged AS (
        SELECT debtor_id, currency, open, amount, issue_date, dpd,
               CASE WHEN dpd <= 0 THEN 0 WHEN dpd <= 30 THEN 1 WHEN dpd <= 60 THEN 2
                    WHEN dpd <= 90 THEN 3 WHEN dpd <= 120 THEN 4 ELSE 5 END AS bucket
        FROM items WHERE open > 0
      ), per_debtor AS (
        SELECT debtor_id, currency, bucket, sum(open) AS open FROM aged GROUP BY debtor_id, currency, bucket
      ), per_currency AS (
        SELECT currency, bucket, sum(open) AS open, count(*) AS n,
               sum(CASE WHEN dpd > 0 THEN open ELSE 0 END) AS overdue FROM aged GROUP BY currency, bucket
      ), sales AS (
        SELECT currency, sum(amount) AS sales FROM items
        WHERE issue_date > DATE '2025-12-31' - INTERVAL 90 DAY GROUP BY currency
      )
      SELECT (SELECT count(*) FROM per_debtor), (SELECT sum(open) FROM per_currency),
             (SELECT sum(overdue) FROM per_currency), (SELECT sum(sales) FROM sales)
      """;

  /** Builds the ledger and loads the same rows into DuckDB (due date of the last installment). */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    ledger = BenchmarkData.ledger(size, 11);
    ledger.columns(); // the columnar view is built once per ledger, like DuckDB's table below
    duck = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement s = duck.createStatement()) {
      s.execute("CREATE TABLE invoices (debtor_id VARCHAR, currency VARCHAR, issue_date DATE, due_date DATE, "
          + "amount BIGINT, paid BIGINT)");
    }
    try (DuckDBAppender appender = ((DuckDBConnection) duck).createAppender(DuckDBConnection.DEFAULT_SCHEMA,
        "invoices")) {
      for (Invoice invoice : ledger.invoices()) {
        long paid = 0;
        for (Allocation a : ledger.allocationsTo(invoice.id())) {
          paid += a.amount().toMinorUnits();
        }
        appender.beginRow();
        appender.append(invoice.debtorId().value());
        appender.append(invoice.amount().currencyCode());
        appender.append(invoice.issueDate());
        appender.append(invoice.finalDueDate());
        appender.append(invoice.amount().toMinorUnits());
        appender.append(paid);
        appender.endRow();
      }
    }
  }

  /** Closes DuckDB. */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    duck.close();
  }

  /** The library: aging report (per installment) and KPIs. */
  @Benchmark
  public void agingAndKpis(Blackhole bh) {
    bh.consume(AgingReport.compute(ledger, BenchmarkData.AS_OF, AgingBuckets.standard()));
    bh.consume(KpiCalculator.compute(ledger, BenchmarkData.AS_OF, 90));
  }

  /** The baseline: DuckDB running the equivalent SQL. */
  @Benchmark
  public void duckDbBaseline(Blackhole bh) throws SQLException {
    try (Statement s = duck.createStatement(); ResultSet rs = s.executeQuery(SQL)) {
      while (rs.next()) {
        bh.consume(rs.getLong(1));
        bh.consume(rs.getObject(2));
      }
    }
  }
}
