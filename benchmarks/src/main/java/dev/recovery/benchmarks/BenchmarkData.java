package dev.recovery.benchmarks;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Seeded synthetic ledgers for the benchmarks, at the sizes of the performance issue.
 *
 * <p>Sizes: {@code tiny} (1,000 invoices, for the smoke run in {@code mvn verify}), {@code 10k},
 * {@code 100k}, {@code 1M} open invoices; five invoices per debtor on average; common French and
 * English terms; long-tailed amounts; a quarter of the invoices partly paid; 90 % EUR.
 */
final class BenchmarkData {

  static final LocalDate AS_OF = LocalDate.of(2025, 12, 31);

  private static final String[] TERMS = {
    "30 jours fin de mois", "45 days end of month", "net 30", "2/10 net 30", "à réception", "60 jours",
    "30/60/90 jours", "fin de mois + 45 jours"
  };

  private BenchmarkData() {}

  /** The number of invoices for a size label. */
  static int invoices(String size) {
    return switch (size.toLowerCase(Locale.ROOT)) {
      case "tiny" -> 1_000;
      case "10k" -> 10_000;
      case "100k" -> 100_000;
      case "1m" -> 1_000_000;
      default -> throw new IllegalArgumentException("unknown dataset size '" + size + "' (tiny, 10k, 100k, 1M)");
    };
  }

  /** A ledger with that many invoices, all issued in the year before {@link #AS_OF}, seeded. */
  static Ledger ledger(String size, long seed) {
    int n = invoices(size);
    int debtorCount = Math.max(1, n / 5);
    SplittableRandom random = new SplittableRandom(seed);
    PaymentTerms[] terms = new PaymentTerms[TERMS.length];
    for (int i = 0; i < TERMS.length; i++) {
      terms[i] = PaymentTerms.parse(TERMS[i]);
    }
    List<Debtor> debtors = new ArrayList<>(debtorCount);
    for (int i = 0; i < debtorCount; i++) {
      debtors.add(Debtor.builder(DebtorId.of("D" + i), "Debtor " + i)
          .type(i % 10 == 0 ? DebtorType.CONSUMER : DebtorType.BUSINESS)
          .customerSince(AS_OF.minusDays(random.nextInt(4000))).build());
    }
    // one LocalDate per day, shared by the invoices of that day, as the CSV readers produce them
    LocalDate first = AS_OF.minusDays(400);
    LocalDate[] days = new LocalDate[450];
    for (int d = 0; d < days.length; d++) {
      days[d] = first.plusDays(d);
    }
    List<Invoice> invoices = new ArrayList<>(n);
    List<Allocation> allocations = new ArrayList<>(n / 4);
    for (int i = 0; i < n; i++) {
      String currency = random.nextInt(10) == 0 ? "GBP" : "EUR";
      long cents = 1_000 + (long) (Math.exp(random.nextDouble() * 12) * 10);
      Invoice invoice = Invoice.of(InvoiceId.of("F" + i), debtors.get(random.nextInt(debtorCount)).id(),
          days[400 - random.nextInt(365)], terms[random.nextInt(terms.length)],
          Money.ofMinor(Money.currency(currency), cents));
      invoices.add(invoice);
      if (random.nextInt(4) == 0) {
        long paid = 1 + random.nextLong(cents - 1);
        allocations.add(Allocation.ofPayment(PaymentId.of("P" + i), invoice.id(),
            Money.ofMinor(invoice.amount().currency(), paid),
            days[(int) (invoice.issueDate().toEpochDay() - first.toEpochDay()) + random.nextInt(30)]));
      }
    }
    return Ledger.of(debtors, invoices, List.of(), allocations);
  }
}
