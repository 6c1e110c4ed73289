package dev.recovery.benchmarks;

import dev.recovery.core.io.ImportFailure;
import dev.recovery.core.io.ImportSink;
import dev.recovery.core.io.InvoiceCsvReader;
import dev.recovery.core.ledger.Invoice;
import java.io.StringReader;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * CSV import of invoices ({@code invoices.csv} format, all columns, parsed and validated into
 * {@link Invoice} values handed to a streaming {@link ImportSink}): the score is rows per second.
 *
 * <p>The file is generated once in memory ({@value #ROWS} seeded rows, realistic terms and amounts)
 * so that the measure is parsing, not disk I/O.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CsvImportBenchmark {

  static final int ROWS = 200_000;

  private static final String[] TERMS = {
    "30 jours fin de mois", "45 days end of month", "net 30", "2/10 net 30", "à réception", "60 jours",
    "30/60/90 jours", "fin de mois + 45 jours"
  };
  private static final String[] CURRENCIES = {"EUR", "EUR", "EUR", "GBP", "USD"};

  private String csv;

  /** Generates the file. */
  @Setup
  public void setUp() {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder sb = new StringBuilder(ROWS * 80);
    sb.append("invoice_id,debtor_id,issue_date,terms,amount,currency,due_date,reference,kind\n");
    for (int i = 0; i < ROWS; i++) {
      long cents = 1_000 + (long) (Math.exp(random.nextDouble() * 12) * 10);
      int day = random.nextInt(365);
      sb.append("F-").append(1_000_000 + i).append(',')
          .append("D").append(random.nextInt(ROWS / 5)).append(',')
          .append(java.time.LocalDate.of(2025, 1, 1).plusDays(day)).append(',')
          .append(TERMS[random.nextInt(TERMS.length)]).append(',')
          .append(cents / 100).append('.').append(String.format("%02d", cents % 100)).append(',')
          .append(CURRENCIES[random.nextInt(CURRENCIES.length)]).append(",,PO-").append(i).append(",invoice\n");
    }
    csv = sb.toString();
  }

  /** Imports the {@value #ROWS} rows. */
  @Benchmark
  @OperationsPerInvocation(ROWS)
  public void importInvoices(Blackhole bh) {
    long[] count = new long[1];
    InvoiceCsvReader.read(new StringReader(csv), "invoices.csv", new ImportSink<Invoice>() {
      @Override
      public void row(Invoice row, long line) {
        bh.consume(row);
        count[0]++;
      }

      @Override
      public void failure(ImportFailure failure) {
        throw new IllegalStateException("unexpected failure: " + failure);
      }
    });
    if (count[0] != ROWS) {
      throw new IllegalStateException("import lost rows: " + count[0] + " of " + ROWS);
    }
  }
}
