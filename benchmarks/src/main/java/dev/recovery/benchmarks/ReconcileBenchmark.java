package dev.recovery.benchmarks;

import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.reconcile.CreditorReference;
import dev.recovery.core.reconcile.ReconciliationResult;
import dev.recovery.core.reconcile.Reconciler;
import dev.recovery.core.reconcile.Tolerance;
import dev.recovery.core.terms.PaymentTerms;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.reconcile.Match;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Reconciliation at scale: 100,000 payments against 1,000,000 open invoices of 100,000 debtors
 * (size {@code full}); the score is the time of one whole reconciliation, index building included.
 *
 * <p>The seeded payment mix: 35 % invoice number in the remittance (a third of them written
 * loosely, {@code "f 20250000123"}), 10 % RF creditor reference, 20 % IBAN only (exact amount),
 * 10 % debtor id and the sum of two invoices, 10 % partial payments, 5 % amount short by a bank fee
 * (tolerance), 10 % unknown payers. Target: under 2 s on a 2-core machine.
 *
 * <p>The generator knows which invoices each payment was made for (none for an unknown payer), so
 * at the end of each fork the benchmark reports the quality of one reconciliation: the auto-match
 * rate (payments matched automatically, of all payments) and the wrong matches (a match that applies
 * money to an invoice the payment was not made for, or matches an unknown payer's payment). They are
 * printed, and written to the directory named by the system property {@value
 * BenchmarkSuite#FACTS_PROPERTY} when set, for the suite's table and results file.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
public class ReconcileBenchmark {

  /** {@code full}: 1,000,000 invoices and 100,000 payments; {@code tiny}: 1,000 and 100 (smoke runs). */
  @Param({"full"})
  public String size;

  private Ledger ledger;
  private List<Payment> payments;
  private Reconciler reconciler;
  /** The invoices each payment was made for: none for an unknown payer. */
  private Map<PaymentId, Set<InvoiceId>> intended;

  /** Builds the seeded ledger and payments. */
  @Setup(Level.Trial)
  public void setUp() {
    int debtorCount = size.equals("tiny") ? 100 : 100_000;
    int perDebtor = 10;
    int paymentCount = size.equals("tiny") ? 100 : 100_000;
    SplittableRandom random = new SplittableRandom(20250704L);
    Currency eur = Money.currency("EUR");
    PaymentTerms terms = PaymentTerms.parse("30 jours fin de mois");
    LocalDate start = LocalDate.of(2025, 1, 1);
    List<Debtor> debtors = new ArrayList<>(debtorCount);
    List<Invoice> invoices = new ArrayList<>(debtorCount * perDebtor);
    for (int d = 0; d < debtorCount; d++) {
      String id = String.format("D%06d", d);
      List<String> ibans = d % 2 == 0 ? List.of(String.format("FR76300040000%014d", d)) : List.of();
      debtors.add(Debtor.builder(DebtorId.of(id), "Client " + d + " SARL").ibans(ibans).build());
      for (int k = 0; k < perDebtor; k++) {
        int n = d * perDebtor + k;
        invoices.add(Invoice.of(InvoiceId.of(String.format("F-2025-%07d", n)), DebtorId.of(id),
            start.plusDays(random.nextInt(150)), terms, Money.ofMinor(eur, 1_000 + random.nextInt(500_000))));
      }
    }
    ledger = Ledger.of(debtors, invoices, List.of());
    payments = new ArrayList<>(paymentCount);
    intended = new HashMap<>(paymentCount * 2);
    LocalDate payDay = start.plusDays(160);
    for (int p = 0; p < paymentCount; p++) {
      int d = random.nextInt(debtorCount);
      Invoice a = invoices.get(d * perDebtor + random.nextInt(perDebtor));
      Invoice b = invoices.get(d * perDebtor + random.nextInt(perDebtor));
      DebtorId debtor = a.debtorId();
      int kind = random.nextInt(100);
      Money amount = a.amount();
      Optional<DebtorId> debtorId = Optional.empty();
      String remittance = null;
      String iban = null;
      String name = null;
      if (kind < 35) {
        remittance = kind < 12 ? "f " + a.id().value().substring(2).replace("-", "") : "Facture " + a.id().value();
        debtorId = Optional.of(debtor);
      } else if (kind < 45) {
        remittance = CreditorReference.forInvoice(a.id()).toPrintForm();
      } else if (kind < 65) {
        iban = d % 2 == 0 ? String.format("FR76300040000%014d", d) : null;
        name = "CLIENT " + d;
      } else if (kind < 75) {
        debtorId = Optional.of(debtor);
        amount = a == b ? a.amount() : a.amount().plus(b.amount());
      } else if (kind < 85) {
        debtorId = Optional.of(debtor);
        remittance = "Acompte " + a.id().value();
        amount = Money.ofMinor(eur, Math.max(1, a.amount().toMinorUnits() / 2));
      } else if (kind < 90) {
        debtorId = Optional.of(debtor);
        remittance = a.id().value();
        amount = Money.ofMinor(eur, Math.max(1, a.amount().toMinorUnits() - 150));
      } else {
        name = "UNKNOWN PAYER " + p;
        remittance = "order " + p;
      }
      PaymentId id = PaymentId.of(String.format("B%07d", p));
      payments.add(new Payment(id, payDay.plusDays(random.nextInt(20)), amount,
          debtorId, Optional.ofNullable(remittance), Optional.ofNullable(name), Optional.ofNullable(iban)));
      intended.put(id, kind >= 90 ? Set.of() : kind >= 65 && kind < 75 ? Set.copyOf(List.of(a.id(), b.id()))
          : Set.of(a.id()));
    }
    reconciler = Reconciler.builder().tolerance(Tolerance.parse("2.00")).build();
    // promote the large ledger before measuring, so young collections in the measured runs do not copy it
    System.gc();
  }

  /**
   * The quality of a reconciliation against what each payment was made for.
   *
   * @param payments the payments reconciled
   * @param autoMatched those matched automatically
   * @param wrongMatches matches that apply money (or a write-off) to an invoice the payment was not
   *     made for, or that match a payment made for no invoice of the ledger
   * @param suggestions those left as suggestions for a person to confirm
   * @param unmatched those left unmatched
   */
  record Quality(int payments, int autoMatched, int wrongMatches, int suggestions, int unmatched) {

    /** Matched automatically, of all payments. */
    double autoMatchRate() {
      return payments == 0 ? 0 : (double) autoMatched / payments;
    }

    /** As the suite writes them to its results file, in this order. */
    Map<String, Object> facts() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("payments", payments);
      m.put("autoMatched", autoMatched);
      m.put("autoMatchRate", Math.round(autoMatchRate() * 10_000) / 10_000.0);
      m.put("wrongMatches", wrongMatches);
      m.put("suggestions", suggestions);
      m.put("unmatched", unmatched);
      return m;
    }
  }

  /** The quality of {@code result} against {@code intended}, the invoices each payment was made for. */
  static Quality quality(ReconciliationResult result, Map<PaymentId, Set<InvoiceId>> intended) {
    int wrong = 0;
    for (Match m : result.matches()) {
      Set<InvoiceId> meant = intended.getOrDefault(m.paymentId(), Set.of());
      boolean ok = !meant.isEmpty();
      for (Allocation a : m.allocations()) {
        ok &= meant.contains(a.invoiceId());
      }
      if (m.writeOff().isPresent()) {
        ok &= meant.contains(m.writeOff().get().invoiceId());
      }
      if (!ok) {
        wrong++;
      }
    }
    return new Quality(intended.size(), result.matches().size(), wrong, result.suggestions().size(),
        result.unmatched().size());
  }

  /** The quality of this fork's data: printed, and written for the suite when it asks. */
  @TearDown(Level.Trial)
  public void reportQuality() {
    Quality q = quality(reconcile(), intended);
    System.out.printf(java.util.Locale.ROOT, "%nreconciliation quality: %d of %d payments matched automatically "
        + "(%.2f %%), %d wrong matches, %d suggestions, %d unmatched%n", q.autoMatched(), q.payments(),
        100 * q.autoMatchRate(), q.wrongMatches(), q.suggestions(), q.unmatched());
    String dir = System.getProperty(BenchmarkSuite.FACTS_PROPERTY);
    if (dir != null) {
      try {
        Files.writeString(Path.of(dir).resolve(BenchmarkSuite.factsFile("ReconcileBenchmark.reconcile", size)),
            new ObjectMapper().writeValueAsString(q.facts()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** One reconciliation of every payment. */
  @Benchmark
  public ReconciliationResult reconcile() {
    return reconciler.reconcile(ledger, payments);
  }

  /** Runs this benchmark alone with a short configuration and prints the result summary. */
  public static void main(String[] args) throws RunnerException {
    ReconcileBenchmark b = new ReconcileBenchmark();
    b.size = args.length > 0 ? args[0] : "full";
    b.setUp();
    ReconciliationResult r = b.reconcile();
    System.out.println(r + " " + r.summary());
    new Runner(new OptionsBuilder().include(ReconcileBenchmark.class.getSimpleName() + ".reconcile")
        .param("size", b.size).forks(1).warmupIterations(2).warmupTime(TimeValue.seconds(2))
        .measurementIterations(3).measurementTime(TimeValue.seconds(2)).jvmArgsAppend("-Xms2g", "-Xmx8g")
        .build()).run();
  }
}
