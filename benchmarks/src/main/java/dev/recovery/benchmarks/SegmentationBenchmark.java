package dev.recovery.benchmarks;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.money.Money;
import dev.recovery.core.risk.Segmentation;
import dev.recovery.core.risk.SegmentationResult;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
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
 * Risk features, scores and segments for a whole portfolio (issue 6): target at most 1 s for 200,000
 * debtors and 1,000,000 invoices.
 *
 * <p>The ledger is {@link BenchmarkData#ledger} (size {@code 1M}: 1,000,000 invoices, 200,000 debtors;
 * {@code tiny}: 1,000 / 200), seeded. On top of it, one debtor in ten gets a seeded case file: a phone
 * call and an e-mail in the last four months, a promise to pay, and one time in three a dispute on one
 * of its own invoices. The ledger's columnar view is built in the setup, as in {@link AgingBenchmark}:
 * the measured work is the segmentation run itself (grouping by debtor, creditor revenue, features,
 * score, segment, reasons).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SegmentationBenchmark {

  /** Dataset size: {@code tiny} (1,000 invoices) or {@code 1M} (1,000,000 invoices, 200,000 debtors). */
  @Param({"1M"})
  public String size;

  private static final LocalDate AS_OF = BenchmarkData.AS_OF;
  private static final String[] REASONS = {"dispute", "cash", "negligence", "bad_faith"};

  private Ledger ledger;
  private Map<DebtorId, CaseFile> caseFiles;

  /** Builds the seeded ledger and case files. */
  @Setup(Level.Trial)
  public void setUp() {
    ledger = BenchmarkData.ledger(size, 6);
    SplittableRandom random = new SplittableRandom(66);
    List<DebtorId> ids = new ArrayList<>(ledger.debtors().keySet());
    ids.sort(null);
    List<CaseEvent> events = new ArrayList<>();
    for (int i = 0; i < ids.size(); i += 10) {
      DebtorId id = ids.get(i);
      LocalDate day = AS_OF.minusDays(random.nextInt(120));
      OffsetDateTime at = OffsetDateTime.of(day, LocalTime.of(10, 0), ZoneOffset.ofHours(1));
      events.add(Contact.outbound(id, at, Channel.PHONE,
          Contact.Outcome.values()[random.nextInt(Contact.Outcome.values().length)]));
      events.add(Contact.outbound(id, at.plusDays(2), Channel.EMAIL, Contact.Outcome.SENT));
      events.add(new PromiseToPay(id, at, Money.of("EUR", "500.00"), day.plusDays(random.nextInt(30)), List.of()));
      List<Invoice> own = ledger.invoicesOf(id);
      if (!own.isEmpty() && random.nextInt(3) == 0) {
        events.add(new Dispute(id, own.get(random.nextInt(own.size())).id(), day, REASONS[random.nextInt(4)],
            Optional.empty(), Optional.empty()));
      }
    }
    ledger.columns();
    caseFiles = CaseFile.byDebtor(events);
  }

  /** Features, score and segment of every debtor. */
  @Benchmark
  public SegmentationResult segment() {
    return Segmentation.defaults().segment(ledger, caseFiles, AS_OF);
  }
}
