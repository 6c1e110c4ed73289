package dev.recovery.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/**
 * The shortcut of {@link ReconciliationRun} for a known payer whose remittance names one of its
 * usable invoices gives exactly what the general path gives, on payments that take it and payments
 * just beside it: unknown debtor, another debtor's invoice, settled invoice (named twice), other
 * currency, invoice issued after the payment, credit note named, partial payment, overpayment,
 * shortfall within the tolerance, RF references, several references, confidence below the minimum.
 */
class ReconciliationFastPathProperties {

  private static final LocalDate D0 = LocalDate.of(2025, 1, 1);
  private static final String[] AMOUNTS = {"10.00", "20.00", "45.50", "99.99", "120.00", "1000.00"};

  private record Case(List<Debtor> debtors, List<Invoice> invoices, List<Payment> ledgerPayments,
      List<Payment> payments) {}

  private static Case generate(long seed, int debtorCount, int invoiceCount, int paymentCount) {
    Random r = new Random(seed);
    List<Debtor> debtors = new ArrayList<>();
    for (int d = 0; d < debtorCount; d++) {
      debtors.add(Debtor.builder(DebtorId.of("D" + d), "Debtor " + d).ibans(List.of("FR00TEST" + d)).build());
    }
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < invoiceCount; i++) {
      String debtor = "D" + r.nextInt(debtorCount);
      String currency = r.nextInt(10) == 0 ? "GBP" : "EUR";
      Invoice inv = Invoice.of(InvoiceId.of((r.nextInt(5) == 0 ? "INV/" : "F-") + (100 + i)), DebtorId.of(debtor),
          D0.plusDays(r.nextInt(40)), Fixtures.NET_30, Money.of(currency, AMOUNTS[r.nextInt(AMOUNTS.length)]));
      if (r.nextInt(6) == 0) {
        inv = inv.withReference(r.nextBoolean() ? CreditorReference.forInvoice(inv.id()).toString() : "PO " + i);
      }
      invoices.add(inv);
      if (r.nextInt(8) == 0) {
        invoices.add(Invoice.creditNote(InvoiceId.of("AV-" + i), DebtorId.of(debtor), D0.plusDays(25),
            Money.of(currency, "5.00"), Optional.of(inv.id())));
      }
    }
    List<Payment> ledgerPayments = new ArrayList<>();
    List<Payment> payments = new ArrayList<>();
    for (int p = 0; p < paymentCount; p++) {
      Invoice target = invoices.get(r.nextInt(invoices.size()));
      Invoice other = invoices.get(r.nextInt(invoices.size()));
      Money due = target.amount();
      String amount = switch (r.nextInt(9)) {
        case 0 -> due.minus(Money.of(due.currencyCode(), "0.01")).toPlainString(); // within 1%
        case 1 -> Money.ofMinor(due.currency(), due.toMinorUnits() / 2).toPlainString(); // partial
        case 4 -> due.minus(Money.of(due.currencyCode(), "0.40")).toPlainString(); // within 1% or not
        case 2 -> due.plus(Money.of(due.currencyCode(), "3.00")).toPlainString(); // overpayment
        case 3 -> AMOUNTS[r.nextInt(AMOUNTS.length)];
        default -> due.toPlainString();
      };
      String remittance = switch (r.nextInt(9)) {
        case 0 -> CreditorReference.forInvoice(target.id()).toString();
        case 1 -> target.id().value() + " " + other.id().value();
        case 2 -> target.id().value().toLowerCase(java.util.Locale.ROOT).replace("-", " ");
        case 3 -> target.reference().orElse("merci");
        case 4 -> null;
        default -> "Facture " + target.id().value();
      };
      String currency = r.nextInt(15) == 0 ? (due.currencyCode().equals("EUR") ? "GBP" : "EUR") : due.currencyCode();
      Optional<DebtorId> debtor = switch (r.nextInt(8)) {
        case 0 -> Optional.empty();
        case 1 -> Optional.of(DebtorId.of("DX" + r.nextInt(3))); // unknown
        case 2 -> Optional.of(DebtorId.of("D" + r.nextInt(debtorCount))); // likely another debtor
        default -> Optional.of(target.debtorId());
      };
      Optional<String> iban = debtor.isEmpty() && r.nextBoolean() ? Optional.of("FR00TEST" + r.nextInt(debtorCount))
          : Optional.empty();
      Payment payment = new Payment(PaymentId.of("P" + p), D0.plusDays(20 + r.nextInt(30)),
          Money.of(currency, amount), debtor, Optional.ofNullable(remittance), Optional.empty(), iban);
      (r.nextInt(10) == 0 ? ledgerPayments : payments).add(payment);
    }
    return new Case(debtors, invoices, ledgerPayments, payments);
  }

  @Property(tries = 300)
  void the_shortcut_gives_what_the_general_path_gives(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 12) int debtorCount, @ForAll @IntRange(min = 0, max = 3) int config) {
    Case c = generate(seed, debtorCount, 6 + (int) (seed % 30), 5 + (int) (seed % 40));
    Ledger ledger = Ledger.of(c.debtors(), c.invoices(), c.ledgerPayments());
    Reconciler.Builder b = Reconciler.builder();
    switch (config) {
      case 0 -> b.tolerance(Tolerance.parse("1%"));
      case 1 -> b.tolerance(Tolerance.parse("1%")).minimumConfidence(0.98);
      case 2 -> b.parallel(false);
      default -> { }
    }
    Reconciler reconciler = b.build();
    ReconciliationRun fast = new ReconciliationRun(reconciler, ledger, c.payments());
    ReconciliationRun general = new ReconciliationRun(reconciler, ledger, c.payments());
    general.fastPath = false;
    assertSame(fast.run(), general.run());
  }

  @Property(tries = 10)
  void the_shortcut_gives_what_the_general_path_gives_on_parallel_blocks(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Case c = generate(seed, 40, 600, 900);
    Ledger ledger = Ledger.of(c.debtors(), c.invoices(), c.ledgerPayments());
    Reconciler reconciler = Reconciler.builder().tolerance(Tolerance.parse("1%")).build();
    ReconciliationRun fast = new ReconciliationRun(reconciler, ledger, c.payments());
    ReconciliationRun general = new ReconciliationRun(reconciler, ledger, c.payments());
    general.fastPath = false;
    assertSame(fast.run(), general.run());
  }

  @Property(tries = 100)
  void the_summary_from_minor_units_is_the_summary_from_money(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 1, max = 12) int debtorCount) {
    Case c = generate(seed, debtorCount, 6 + (int) (seed % 30), 5 + (int) (seed % 40));
    Ledger ledger = Ledger.of(c.debtors(), c.invoices(), c.ledgerPayments());
    ReconciliationResult result = Reconciler.builder().tolerance(Tolerance.parse("1%")).build()
        .reconcile(ledger, c.payments());
    assertThat(result.summary()).isEqualTo(result.summariseByMoney());
  }

  @net.jqwik.api.Example
  void a_summary_beyond_a_long_of_minor_units_is_summed_as_money() {
    String huge = "90000000000000000.00"; // 9e18 cents, near Long.MAX_VALUE: two overflow a long
    List<Invoice> invoices = List.of(
        Invoice.of(InvoiceId.of("F-1"), DebtorId.of("D0"), D0, Fixtures.NET_30, Money.of("EUR", huge)),
        Invoice.of(InvoiceId.of("F-2"), DebtorId.of("D0"), D0, Fixtures.NET_30, Money.of("EUR", huge)));
    List<Payment> payments = List.of(
        Payment.of(PaymentId.of("P1"), D0.plusDays(1), Money.of("EUR", huge), DebtorId.of("D0"), "F-1"),
        Payment.of(PaymentId.of("P2"), D0.plusDays(1), Money.of("EUR", huge), DebtorId.of("D0"), "F-2"));
    Ledger ledger = Ledger.of(List.of(Debtor.builder(DebtorId.of("D0"), "D").build()), invoices, List.of());
    ReconciliationResult result = Reconciler.builder().build().reconcile(ledger, payments);
    assertThat(result.matches()).hasSize(2);
    assertThat(result.summary()).isEqualTo(result.summariseByMoney());
    assertThat(result.summary().amountMatched().get("EUR")).isEqualTo(Money.of("EUR", "180000000000000000.00"));
  }

  private static void assertSame(ReconciliationResult a, ReconciliationResult b) {
    assertThat(a.matches()).containsExactlyElementsOf(b.matches());
    assertThat(a.suggestions()).containsExactlyElementsOf(b.suggestions());
    assertThat(a.unmatched()).containsExactlyElementsOf(b.unmatched());
    assertThat(a.creditNotes()).containsExactlyElementsOf(b.creditNotes());
    assertThat(a.payments()).containsExactlyElementsOf(b.payments());
    assertThat(a.allocations()).containsExactlyElementsOf(b.allocations());
    assertThat(a.summary()).isEqualTo(b.summary());
  }
}
