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
import dev.recovery.core.risk.SegmentAssignment;
import dev.recovery.core.risk.Segmentation;
import dev.recovery.core.risk.SegmentationResult;
import dev.recovery.legal.RulePacks;
import dev.recovery.scenarios.run.DunningRun;
import dev.recovery.scenarios.run.InMemoryActionJournal;
import dev.recovery.scenarios.run.RunResult;
import dev.recovery.scenarios.run.law.RulePackGate;
import dev.recovery.scenarios.run.law.RulePackPenalties;
import dev.recovery.scenarios.scenario.ScenarioBook;
import dev.recovery.scenarios.scenario.dsl.ScenarioFileReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
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
  private ScenarioBook book;
  private DunningRun run;
  private Map<DebtorId, CaseFile> caseFiles;

  /** Builds the ledger (no allocations), the day's payments (a fifth of the invoices), the run. */
  @Setup(Level.Trial)
  public void setUp() throws Exception {
    System.gc();
    long before = usedHeap();
    Ledger seeded = BenchmarkData.ledger(size, 21);
    raw = Ledger.of(seeded.debtors().values(), seeded.invoices(), List.of());
    seeded = null;
    raw.columns();
    System.gc();
    long ledgerBytes = usedHeap() - before;
    SplittableRandom random = new SplittableRandom(5);
    payments = new ArrayList<>();
    LocalDate paidOn = BenchmarkData.AS_OF.minusDays(1);
    for (Invoice i : raw.invoices()) {
      if (random.nextInt(5) == 0) {
        payments.add(Payment.of(PaymentId.of("P-" + i.id()), paidOn, i.amount(), i.debtorId(),
            "Facture " + i.id()));
      }
    }
    System.gc();
    long paymentBytes = usedHeap() - before - ledgerBytes;
    int n = Math.max(1, raw.invoices().size());
    System.out.printf("%ndaily run data: %d invoices, %d debtors, %d payments; heap retained by the ledger (debtors, "
        + "invoices, their indexes and columnar view): about %d bytes per open invoice; by the day's payments: "
        + "about %d bytes per open invoice more%n", raw.invoices().size(), raw.debtors().size(), payments.size(),
        Math.max(0, ledgerBytes) / n, Math.max(0, paymentBytes) / n);
    try (var in = new InputStreamReader(DailyRunBenchmark.class.getResourceAsStream("/benchmark-scenarios.yaml"),
        StandardCharsets.UTF_8)) {
      book = ScenarioFileReader.standard().read(in, "benchmark-scenarios.yaml");
    }
    RulePacks packs = RulePacks.standard();
    run = DunningRun.of(book, RulePackGate.of(packs), RulePackPenalties.of(packs));
    caseFiles = Map.of();
  }

  private static long usedHeap() {
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  /** Reconcile, age, segment, plan. */
  @Benchmark
  @OperationsPerInvocation(INVOICES)
  public RunResult dailyRun() {
    Ledger ledger = Reconciler.builder().asOf(BenchmarkData.AS_OF).build().reconcile(raw, payments).applyTo(raw);
    AgingReport.compute(ledger, BenchmarkData.AS_OF);
    SegmentationResult segments = Segmentation.run(ledger, caseFiles, BenchmarkData.AS_OF, DefaultSegmenter.defaults());
    var accounts = DunningRun.accounts(ledger, caseFiles,
        d -> segments.assignment(d.id()).map(SegmentAssignment::segment).orElse("standard"),
        d -> new HashSet<>(segments.assignment(d.id()).map(SegmentAssignment::flags).orElse(List.of())));
    return run.plan(BenchmarkData.AS_OF, accounts, new InMemoryActionJournal(), true);
  }
}
