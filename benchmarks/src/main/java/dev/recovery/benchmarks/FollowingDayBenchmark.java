package dev.recovery.benchmarks;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.Payment;
import dev.recovery.scenarios.run.DunningRun;
import dev.recovery.scenarios.run.InMemoryActionJournal;
import dev.recovery.scenarios.run.JournalEntry;
import dev.recovery.scenarios.run.RunResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The daily run on an ordinary day, for information next to {@link DailyRunBenchmark} (the first run
 * on a portfolio, the worst case that the target is judged on): the same ledger and pipeline, but the
 * journal holds the actions planned and recorded by the runs of the {@value #PREVIOUS_DAYS} days before,
 * and a thirtieth of the invoices is paid that day (about what 30-day terms bring in). Score: open
 * invoices processed per second ({@value DailyRunBenchmark#INVOICES} per operation at size 1M).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FollowingDayBenchmark {

  /** The days run and recorded before the measured one. */
  static final int PREVIOUS_DAYS = 7;

  /** Dataset size: tiny, 10k, 100k, 1M open invoices. */
  @Param({"1M"})
  public String size;

  private Ledger raw;
  private List<Payment> payments;
  private DunningRun run;
  private Map<DebtorId, CaseFile> caseFiles;
  private InMemoryActionJournal journal;

  /** Builds the ledger, runs and records the previous days (no payment on them), and the day's payments. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    raw = DailyRunBenchmark.openLedger(size);
    run = DailyRunBenchmark.engine();
    caseFiles = Map.of();
    journal = new InMemoryActionJournal();
    int recorded = 0;
    for (int back = PREVIOUS_DAYS; back >= 1; back--) {
      LocalDate day = BenchmarkData.AS_OF.minusDays(back);
      RunResult result = DailyRunBenchmark.dailyRun(raw, List.of(), run, caseFiles, journal, day);
      journal.record(result.actions().stream().map(JournalEntry::of).toList());
      recorded += result.actions().size();
    }
    payments = DailyRunBenchmark.paymentsOf(raw, BenchmarkData.AS_OF, 30, 7);
    System.out.printf("%nfollowing day data: %d invoices, %d debtors, %d payments that day, %d actions recorded by "
        + "the %d days before%n", raw.invoices().size(), raw.debtors().size(), payments.size(), recorded,
        PREVIOUS_DAYS);
  }

  /** Reconcile, age, segment, plan with the journal of the previous days (read, not written). */
  @Benchmark
  @OperationsPerInvocation(DailyRunBenchmark.INVOICES)
  public RunResult followingDay() {
    return DailyRunBenchmark.dailyRun(raw, payments, run, caseFiles, journal, BenchmarkData.AS_OF);
  }
}
