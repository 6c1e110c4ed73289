package dev.recovery.benchmarks;

import dev.recovery.core.aging.AgingReport;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.reconcile.Reconciler;
import dev.recovery.core.risk.DefaultSegmenter;
import dev.recovery.core.risk.Segmentation;
import dev.recovery.core.risk.SegmentationResult;
import dev.recovery.legal.RulePacks;
import dev.recovery.scenarios.run.ActionJournal;
import dev.recovery.scenarios.run.DunningRun;
import dev.recovery.scenarios.run.InMemoryActionJournal;
import dev.recovery.scenarios.run.RunResult;
import dev.recovery.scenarios.run.law.RulePackGate;
import dev.recovery.scenarios.run.law.RulePackPenalties;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.scenario.dsl.ScenarioFileReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
 * The full daily run end to end: reconcile the day's payments, age, segment, plan every debtor
 * through the scenarios and the legal gate. The score is open invoices processed per second
 * ({@value #INVOICES} per operation at size 1M). The setup also prints the heap retained by the ledger
 * (debtors, invoices, indexes and the columnar view the run reads) per open invoice (target: at most
 * 300 bytes), and what the day's payments add.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DailyRunBenchmark {

  static final int INVOICES = 1_000_000;

  /** Dataset size: tiny, 10k, 100k, 1M open invoices. */
  @Param({"1M"})
  public String size;

  private Ledger raw;
  private List<Payment> payments;
  private DunningRun run;
  private Map<DebtorId, CaseFile> caseFiles;

  /** Builds the ledger (no allocations), the day's payments (a fifth of the invoices), the run. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    System.gc();
    long before = usedHeap();
    raw = openLedger(size);
    System.gc();
    long ledgerBytes = usedHeap() - before;
    payments = paymentsOf(raw, BenchmarkData.AS_OF, 5, 5);
    System.gc();
    long paymentBytes = usedHeap() - before - ledgerBytes;
    int n = Math.max(1, raw.invoices().size());
    System.out.printf("%ndaily run data: %d invoices, %d debtors, %d payments; heap retained by the ledger (debtors, "
        + "invoices, their indexes and columnar view): about %d bytes per open invoice; by the day's payments: "
        + "about %d bytes per open invoice more%n", raw.invoices().size(), raw.debtors().size(), payments.size(),
        Math.max(0, ledgerBytes) / n, Math.max(0, paymentBytes) / n);
    run = engine();
    caseFiles = Map.of();
  }

  /**
   * The ledger of the daily-run benchmarks: the seeded ledger's debtors and invoices without
   * allocations (every invoice open), with its columnar view built, as a host loads it.
   */
  static Ledger openLedger(String size) {
    Ledger seeded = BenchmarkData.ledger(size, 21);
    Ledger open = Ledger.of(seeded.debtors().values(), seeded.invoices(), List.of());
    open.columns();
    return open;
  }

  /** The engine of the daily-run benchmarks: the benchmark scenarios, the standard rule packs' gate and penalties. */
  static DunningRun engine() throws IOException {
    ScenarioBook book;
    try (var in = new InputStreamReader(DailyRunBenchmark.class.getResourceAsStream("/benchmark-scenarios.yaml"),
        StandardCharsets.UTF_8)) {
      book = ScenarioFileReader.standard().read(in, "benchmark-scenarios.yaml");
    }
    RulePacks packs = RulePacks.standard();
    return DunningRun.of(book, RulePackGate.of(packs), RulePackPenalties.of(packs));
  }

  /** The day's payments: one in {@code every} invoices paid in full the day before {@code day}, seeded. */
  static List<Payment> paymentsOf(Ledger ledger, LocalDate day, int every, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Payment> payments = new ArrayList<>();
    LocalDate paidOn = day.minusDays(1);
    for (Invoice i : ledger.invoices()) {
      if (random.nextInt(every) == 0) {
        payments.add(Payment.of(PaymentId.of("P-" + i.id()), paidOn, i.amount(), i.debtorId(),
            "Facture " + i.id()));
      }
    }
    return payments;
  }

  /** One daily run: reconcile the payments, apply them, age, segment, plan every debtor and gate. */
  static RunResult dailyRun(Ledger raw, List<Payment> payments, DunningRun run, Map<DebtorId, CaseFile> caseFiles,
      ActionJournal journal, LocalDate day) {
    Ledger ledger = Reconciler.builder().asOf(day).build().reconcile(raw, payments).applyTo(raw);
    AgingReport.compute(ledger, day);
    SegmentationResult segments = Segmentation.run(ledger, caseFiles, day, DefaultSegmenter.defaults());
    var accounts = DunningRun.accounts(ledger, caseFiles, segments);
    return run.plan(day, accounts, journal, true);
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Reconcile, age, segment, plan. */
  @Benchmark
  @OperationsPerInvocation(INVOICES)
  public RunResult dailyRun() {
    return dailyRun(raw, payments, run, caseFiles, new InMemoryActionJournal(), BenchmarkData.AS_OF);
  }
}
