package dev.recovery.benchmarks;

import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Due dates from parsed payment terms, one thread: the score is due dates per second per core.
 *
 * <p>The terms are parsed once (as an import does, once per distinct text); the measured loop
 * computes the due date of {@value #N} invoices with a mix of the common terms.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class TermsBenchmark {

  static final int N = 4096;

  private static final String[] TEXTS = {
    "30 jours fin de mois", "45 days end of month", "net 30", "2/10 net 30", "à réception",
    "fin de mois + 45 jours", "30 jours fin de mois le 10", "60 jours"
  };

  private PaymentTerms[] terms;
  private LocalDate[] dates;

  /** Builds a seeded mix of terms and invoice dates. */
  @Setup
  public void setUp() {
    PaymentTerms[] parsed = new PaymentTerms[TEXTS.length];
    for (int i = 0; i < TEXTS.length; i++) {
      parsed[i] = PaymentTerms.parse(TEXTS[i]);
    }
    SplittableRandom random = new SplittableRandom(42);
    terms = new PaymentTerms[N];
    dates = new LocalDate[N];
    LocalDate start = LocalDate.of(2024, 1, 1);
    for (int i = 0; i < N; i++) {
      terms[i] = parsed[random.nextInt(parsed.length)];
      dates[i] = start.plusDays(random.nextInt(730));
    }
  }

  /** Computes {@value #N} due dates. */
  @Benchmark
  @OperationsPerInvocation(N)
  public void dueDate(Blackhole bh) {
    for (int i = 0; i < N; i++) {
      bh.consume(terms[i].dueDate(dates[i]));
    }
  }
}
