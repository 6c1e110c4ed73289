package dev.recovery.scenarios.simulate;

import dev.recovery.core.casefile.CaseEvent;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.PromiseToPay;
import dev.recovery.core.io.Portfolio;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.DebtorType;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates a realistic synthetic portfolio, the same for the same seed (byte for byte once written
 * with {@link dev.recovery.core.io.PortfolioWriter}).
 *
 * <p>The mix: French businesses (70 %), French public bodies (8 %), French consumers (12 %), UK
 * businesses (7 %, GBP, Europe/London), US businesses and consumers (3 %, USD, America/New_York);
 * customers since 2008 or later; invoice counts per debtor skewed (a few large accounts hold many);
 * issue dates from 60 days before the start to the end of the following year, busier at quarter ends;
 * payment terms among those the parser reads, by debtor type; amounts long-tailed (log-normal,
 * median about 650 in the currency); 85 % of the invoices that fell due more than ten days before the
 * start paid (a tenth of them by half), by transfers naming the invoice; a few disputes and promises
 * already in the case files.
 * Immutable and thread-safe.
 */
public final class PortfolioGenerator {

  private static final String[] BUSINESS_TERMS = {"30 jours fin de mois", "45 jours fin de mois", "30 jours",
    "60 jours", "2/10 net 30", "fin de mois + 45 jours", "30/60/90 jours", "30 jours fin de mois le 10"};
  private static final String[] UK_TERMS = {"net 30", "30 days end of month", "net 60", "2/10 net 30"};
  private static final String[] CONSUMER_TERMS = {"à réception", "net 15", "30 jours"};
  private static final String[] NAMES = {"Durand", "Martin", "Bernard", "Petit", "Robert", "Richard", "Moreau",
    "Laurent", "Simon", "Michel", "Lefebvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard"};
  private static final String[] TRADES = {"Menuiserie", "Transports", "Boulangerie", "Imprimerie", "Garage",
    "Cabinet", "Plomberie", "Électricité", "Traiteur", "Pharmacie", "Librairie", "Atelier"};
  private static final String[] FORMS = {"SAS", "SARL", "SA", "EURL"};
  private static final String[] UK_NAMES = {"Thames Widgets Ltd", "Albion Supplies Ltd", "Pennine Tools Ltd",
    "Severn Foods Ltd", "Mersey Print Ltd"};
  private static final String[] US_NAMES = {"Hudson Supplies Inc", "Empire Parts LLC", "Liberty Foods Inc"};

  private PortfolioGenerator() {}

  /** Generates {@code debtors} debtors and about {@code invoices} invoices around {@code start}. */
  public static Portfolio generate(int debtors, int invoices, long seed, LocalDate start) {
    if (debtors <= 0 || invoices < 0) {
      throw new IllegalArgumentException("debtors must be positive and invoices not negative, were " + debtors + " and "
          + invoices);
    }
    SplittableRandom random = new SplittableRandom(seed);
    Map<String, PaymentTerms> terms = new HashMap<>();
    List<Debtor> ds = new ArrayList<>(debtors);
    double[] weight = new double[debtors];
    double totalWeight = 0;
    for (int i = 0; i < debtors; i++) {
      ds.add(debtor(i, random, start));
      weight[i] = Math.exp(random.nextGaussian() * 0.9);
      totalWeight += weight[i];
    }
    List<Invoice> list = new ArrayList<>(invoices);
    List<CaseEvent> events = new ArrayList<>();
    int n = 0;
    for (int i = 0; i < debtors && n < invoices; i++) {
      int count = i == debtors - 1 ? invoices - n
          : (int) Math.min(invoices - n, Math.max(1, Math.round(weight[i] / totalWeight * invoices)));
      Debtor d = ds.get(i);
      for (int k = 0; k < count; k++, n++) {
        list.add(invoice(d, n, random, start, terms));
      }
    }
    for (int k = 0; n < invoices; k++, n++) {
      list.add(invoice(ds.get(k % debtors), n, random, start, terms));
    }
    // history: most invoices that fell due well before the start are paid, some partly, by transfer
    // naming the invoice (the reconciliation finds them); the others are the opening overdue book
    List<Payment> payments = new ArrayList<>();
    for (Invoice inv : list) {
      LocalDate due = inv.finalDueDate();
      if (!due.isBefore(start.minusDays(10))) {
        continue;
      }
      int u = random.nextInt(100);
      if (u >= 85) {
        continue;
      }
      LocalDate paidOn = due.plusDays(random.nextInt(25) - 5);
      if (paidOn.isBefore(inv.issueDate())) {
        paidOn = inv.issueDate();
      }
      if (!paidOn.isBefore(start)) {
        paidOn = start.minusDays(1);
      }
      Money amount = u < 75 ? inv.amount()
          : inv.amount().multipliedBy(new java.math.BigDecimal("0.5"), java.math.RoundingMode.HALF_UP);
      payments.add(new Payment(PaymentId.of(String.format("P%07d", payments.size() + 1)), paidOn, amount,
          Optional.of(inv.debtorId()), Optional.of("Facture " + inv.id().value()), Optional.empty(), Optional.empty()));
    }
    for (Invoice inv : list) {
      if (inv.issueDate().isBefore(start.minusDays(30)) && random.nextInt(40) == 0) {
        events.add(new Dispute(inv.debtorId(), inv.id(), inv.finalDueDate().plusDays(2), random.nextBoolean() ? "dispute"
            : "cash", Optional.empty(), Optional.of("generated")));
      } else if (inv.issueDate().isBefore(start.minusDays(30)) && random.nextInt(40) == 0) {
        events.add(new PromiseToPay(inv.debtorId(), start.minusDays(2).atTime(10, 0).atOffset(ZoneOffset.ofHours(1)),
            inv.amount(), start.plusDays(5 + random.nextInt(10)), List.of(inv.id())));
      }
    }
    return Portfolio.of(ds, list, payments, events);
  }

  private static Debtor debtor(int i, SplittableRandom r, LocalDate start) {
    int kind = r.nextInt(100);
    String id = String.format("D%06d", i + 1);
    LocalDate since = start.minusDays(30 + r.nextInt(365 * 15));
    String family = NAMES[r.nextInt(NAMES.length)];
    Debtor.Builder b = Debtor.builder(DebtorId.of(id), family).customerSince(since);
    if (kind < 70) {
      b.name(TRADES[r.nextInt(TRADES.length)] + " " + family + " " + FORMS[r.nextInt(FORMS.length)])
          .email("compta@" + family.toLowerCase(java.util.Locale.ROOT) + (i + 1) + ".fr")
          .phone(String.format("+33 1 %02d %02d %02d %02d", r.nextInt(100), r.nextInt(100), r.nextInt(100), r.nextInt(100)));
    } else if (kind < 78) {
      b.name("Commune de " + family + "-sur-Loire").type(DebtorType.PUBLIC).email("factures@mairie-" + (i + 1) + ".fr")
          .phone(String.format("+33 5 %02d %02d %02d %02d", r.nextInt(100), r.nextInt(100), r.nextInt(100), r.nextInt(100)));
    } else if (kind < 90) {
      b.name((r.nextBoolean() ? "Claire " : "Julien ") + family).type(DebtorType.CONSUMER)
          .email(family.toLowerCase(java.util.Locale.ROOT) + (i + 1) + "@example.fr")
          .phone(String.format("+33 6 %02d %02d %02d %02d", r.nextInt(100), r.nextInt(100), r.nextInt(100), r.nextInt(100)));
    } else if (kind < 97) {
      b.name(UK_NAMES[r.nextInt(UK_NAMES.length)] + " " + (i + 1)).country("GB").language("en")
          .timeZone(ZoneId.of("Europe/London")).email("accounts@uk" + (i + 1) + ".example.co.uk")
          .phone(String.format("+44 20 7%03d %04d", r.nextInt(1000), r.nextInt(10000)));
    } else {
      boolean consumer = r.nextInt(3) == 0;
      b.name(consumer ? "Pat " + family : US_NAMES[r.nextInt(US_NAMES.length)] + " " + (i + 1)).country("US")
          .language("en").timeZone(ZoneId.of("America/New_York"))
          .type(consumer ? DebtorType.CONSUMER : DebtorType.BUSINESS).email("ap@us" + (i + 1) + ".example.com")
          .phone(String.format("+1 212 555 %04d", r.nextInt(10000)));
    }
    return b.build();
  }

  private static Invoice invoice(Debtor d, int n, SplittableRandom r, LocalDate start, Map<String, PaymentTerms> cache) {
    String currency = d.country().equals("GB") ? "GBP" : d.country().equals("US") ? "USD" : "EUR";
    String[] terms = d.type() == DebtorType.CONSUMER ? CONSUMER_TERMS
        : d.type() == DebtorType.PUBLIC ? new String[] {"30 jours"} : d.country().equals("FR") ? BUSINESS_TERMS : UK_TERMS;
    int offset = r.nextInt(425) - 60;
    LocalDate issue = start.plusDays(offset);
    // quarter ends are busier: move some issue dates to the last days of the quarter
    if (r.nextInt(5) == 0) {
      LocalDate qEnd = issue.withMonth(((issue.getMonthValue() - 1) / 3) * 3 + 3);
      issue = qEnd.withDayOfMonth(qEnd.lengthOfMonth()).minusDays(r.nextInt(5));
    }
    double median = d.type() == DebtorType.CONSUMER ? 150 : 650;
    long cents = Math.max(1_000, Math.min(20_000_000, Math.round(median * 100 * Math.exp(r.nextGaussian() * 1.1))));
    return Invoice.of(InvoiceId.of(String.format("F%07d", n + 1)), d.id(), issue,
        cache.computeIfAbsent(terms[r.nextInt(terms.length)], PaymentTerms::parse), Money.ofMinor(Money.currency(currency), cents));
  }
}
