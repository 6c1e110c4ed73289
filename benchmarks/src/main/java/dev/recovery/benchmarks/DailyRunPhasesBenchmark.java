package dev.recovery.benchmarks;

import dev.recovery.core.aging.AgingReport;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.LedgerColumns;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.reconcile.Reconciler;
import dev.recovery.core.reconcile.ReconciliationResult;
import dev.recovery.core.risk.DefaultSegmenter;
import dev.recovery.core.risk.Segmentation;
import dev.recovery.core.risk.SegmentationResult;
import dev.recovery.scenarios.run.DebtorAccount;
import dev.recovery.scenarios.run.DunningRun;
import dev.recovery.scenarios.run.InMemoryActionJournal;
import dev.recovery.scenarios.run.RunResult;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link DailyRunBenchmark}'s run phase by phase, for information (no target of its own): each
 * benchmark times one phase on the same data, its inputs (the previous phases' outputs) made once in
 * the setup. The phases add up to the daily run, apart from the garbage collections that fall during
 * a whole run: {@code reconcile} (the day's payments against the open ledger, indexes built in the
 * run), {@code apply} (the reconciled ledger and its columnar view), {@code aging}, {@code segment},
 * {@code accounts} (one per debtor from the segmentation) and {@code plan} (scenarios and legal gate
 * for every debtor, with an empty journal). Score: milliseconds per phase.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DailyRunPhasesBenchmark {

  /** Dataset size: tiny, 10k, 100k, 1M open invoices. */
  @Param({"1M"})
  public String size;

  private Ledger raw;
  private List<Payment> payments;
  private DunningRun run;
  private Map<DebtorId, CaseFile> caseFiles;
  private ReconciliationResult reconciliation;
  private Ledger ledger;
  private SegmentationResult segments;
  private List<DebtorAccount> accounts;

  /** The daily run's data, and each phase's output as the next phase's input. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    raw = DailyRunBenchmark.openLedger(size);
    payments = DailyRunBenchmark.paymentsOf(raw, BenchmarkData.AS_OF, 5, 5);
    run = DailyRunBenchmark.engine();
    caseFiles = Map.of();
    reconciliation = reconcile();
    ledger = reconciliation.applyTo(raw);
    ledger.columns();
    segments = segment();
    accounts = accounts();
  }

  /** Reconciles the day's payments with the open ledger. */
  @Benchmark
  public ReconciliationResult reconcile() {
    return Reconciler.builder().asOf(BenchmarkData.AS_OF).build().reconcile(raw, payments);
  }

  /** Applies the reconciliation: the reconciled ledger and the columnar view the next phases read. */
  @Benchmark
  public LedgerColumns apply() {
    return reconciliation.applyTo(raw).columns();
  }

  /** Ages the reconciled ledger. */
  @Benchmark
  public AgingReport aging() {
    return AgingReport.compute(ledger, BenchmarkData.AS_OF);
  }

  /** Segments the debtors of the reconciled ledger. */
  @Benchmark
  public SegmentationResult segment() {
    return Segmentation.run(ledger, caseFiles, BenchmarkData.AS_OF, DefaultSegmenter.defaults());
  }

  /** Makes the accounts from the segmentation. */
  @Benchmark
  public List<DebtorAccount> accounts() {
    return DunningRun.accounts(ledger, caseFiles, segments);
  }

  /** Plans and gates every debtor's actions (empty journal: every overdue invoice is due a step). */
  @Benchmark
  public RunResult plan() {
    return run.plan(BenchmarkData.AS_OF, accounts, new InMemoryActionJournal(), true);
  }
}
