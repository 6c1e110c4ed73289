package dev.recovery.benchmarks;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Channel;
import dev.recovery.core.casefile.Contact;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.risk.Segmentation;
import dev.recovery.core.risk.SegmentationResult;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
 * <p>The seeded portfolio has invoices issued over the three years before the as-of date, 70 % paid
 * in full around their due date (10 days early to 60 days late), 10 % paid in part, the rest open;
 * one debtor in ten has a case file (contacts, a promise, sometimes a dispute). The ledger and its
 * columnar view are built in the setup, as in {@link AgingBenchmark}: the measured work is the
 * segmentation run itself (grouping by debtor, creditor revenue, features, score, segment).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SegmentationBenchmark {

  /** Dataset size: {@code tiny} (200 debtors / 1,000 invoices) or {@code 200k} (200,000 / 1,000,000). */
  @Param({"200k"})
  public String size;

  private static final LocalDate AS_OF = BenchmarkData.AS_OF;
  private static final String[] TERMS = {
    "30 jours fin de mois", "45 days end of month", "net 30", "60 jours", "à réception", "30/60/90 jours"
  };

  private Ledger ledger;
  private Map<DebtorId, CaseFile> caseFiles;

  /** Builds the seeded portfolio. */
  @Setup(Level.Trial)
  public void setUp() {
    int debtorCount;
    int invoiceCount;
    switch (size.toLowerCase(Locale.ROOT)) {
      case "tiny" -> {
        debtorCount = 200;
        invoiceCount = 1_000;
      }
      case "200k" -> {
        debtorCount = 200_000;
        invoiceCount = 1_000_000;
      }
      default -> throw new IllegalArgumentException("unknown dataset size '" + size + "' (tiny, 200k)");
    }
    SplittableRandom random = new SplittableRandom(6);
    PaymentTerms[] terms = new PaymentTerms[TERMS.length];
    for (int i = 0; i < TERMS.length; i++) {
      terms[i] = PaymentTerms.parse(TERMS[i]);
    }
    List<Debtor> debtors = new ArrayList<>(debtorCount);
    for (int i = 0; i < debtorCount; i++) {
      int kind = random.nextInt(100);
      debtors.add(Debtor.builder(DebtorId.of("D" + i), "Debtor " + i)
          .type(kind < 3 ? DebtorType.PUBLIC : kind < 13 ? DebtorType.CONSUMER : DebtorType.BUSINESS)
          .customerSince(AS_OF.minusDays(random.nextInt(4000)))
          .segment(kind == 99 ? "key-account" : null)
          .build());
    }
    List<Invoice> invoices = new ArrayList<>(invoiceCount);
    List<Allocation> allocations = new ArrayList<>(invoiceCount);
    for (int i = 0; i < invoiceCount; i++) {
      String currency = random.nextInt(10) == 0 ? "GBP" : "EUR";
      long cents = 1_000 + (long) (Math.exp(random.nextDouble() * 12) * 10);
      Invoice invoice = Invoice.of(InvoiceId.of("F" + i), debtors.get(random.nextInt(debtorCount)).id(),
          AS_OF.minusDays(random.nextInt(3 * 365)), terms[random.nextInt(terms.length)],
          Money.ofMinor(Money.currency(currency), cents));
      invoices.add(invoice);
      int fate = random.nextInt(10);
      LocalDate paidOn = invoice.finalDueDate().plusDays(random.nextInt(71) - 10);
      if (paidOn.isBefore(invoice.issueDate())) {
        paidOn = invoice.issueDate();
      }
      if (fate < 7) {
        allocations.add(Allocation.ofPayment(PaymentId.of("P" + i), invoice.id(), invoice.amount(), paidOn));
      } else if (fate == 7) {
        allocations.add(Allocation.ofPayment(PaymentId.of("P" + i), invoice.id(),
            Money.ofMinor(invoice.amount().currency(), 1 + random.nextLong(cents - 1)), paidOn));
      }
    }
    List<CaseEvent> events = new ArrayList<>();
    for (int i = 0; i < debtorCount; i += 10) {
      DebtorId id = debtors.get(i).id();
      LocalDate day = AS_OF.minusDays(random.nextInt(120));
      OffsetDateTime at = OffsetDateTime.of(day, LocalTime.of(10, 0), ZoneOffset.ofHours(1));
      events.add(Contact.outbound(id, at, Channel.PHONE,
          Contact.Outcome.values()[random.nextInt(Contact.Outcome.values().length)]));
      events.add(Contact.outbound(id, at.plusDays(2), Channel.EMAIL, Contact.Outcome.SENT));
      events.add(new PromiseToPay(id, at, Money.of("EUR", "500.00"), day.plusDays(random.nextInt(30)), List.of()));
      if (random.nextInt(3) == 0) {
        events.add(new Dispute(id, InvoiceId.of("F" + random.nextInt(invoiceCount)), day,
            new String[] {"dispute", "cash", "negligence", "bad_faith"}[random.nextInt(4)], Optional.empty(),
            Optional.empty()));
      }
    }
    // disputes may name another debtor's invoice in this synthetic set: keep only the consistent ones
    Ledger built = Ledger.of(debtors, invoices, List.of(), allocations);
    events.removeIf(e -> e instanceof Dispute d
        && !built.invoice(d.invoiceId()).map(inv -> inv.debtorId().equals(d.debtorId())).orElse(false));
    ledger = built;
    ledger.columns();
    caseFiles = CaseFile.byDebtor(events);
  }

  /** Features, score and segment of every debtor. */
  @Benchmark
  public SegmentationResult segment() {
    return Segmentation.defaults().segment(ledger, caseFiles, AS_OF);
  }
}
