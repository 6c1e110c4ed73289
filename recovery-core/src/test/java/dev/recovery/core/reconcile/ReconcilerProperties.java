package dev.recovery.core.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.ledger.Allocation;
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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** Invariants of reconciliation on seeded random portfolios with deliberate ambiguity. */
class ReconcilerProperties {

  private static final LocalDate D0 = LocalDate.of(2025, 1, 1);
  private static final String[] AMOUNTS = {"10.00", "20.00", "30.00", "45.50", "60.00", "99.99", "120.00"};

  /** A portfolio built from the seed: few debtors, repeated amounts, references of every kind. */
  private record Case(List<Debtor> debtors, List<Invoice> invoices, List<Payment> payments) {}

  private static Case generate(long seed, int invoiceCount, int paymentCount) {
    Random r = new Random(seed);
    List<Debtor> debtors = new ArrayList<>();
    for (int d = 0; d < 4; d++) {
      debtors.add(Debtor.builder(DebtorId.of("D" + d), "Debtor " + d + " SARL").ibans(List.of("FR00TEST" + d)).build());
    }
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < invoiceCount; i++) {
      String debtor = "D" + r.nextInt(4);
      String currency = r.nextInt(10) == 0 ? "GBP" : "EUR";
      Invoice inv = Invoice.of(InvoiceId.of("F-" + (100 + i)), DebtorId.of(debtor), D0.plusDays(r.nextInt(20)),
          Fixtures.NET_30, Money.of(currency, AMOUNTS[r.nextInt(AMOUNTS.length)]));
      invoices.add(inv);
      if (r.nextInt(8) == 0) {
        invoices.add(Invoice.creditNote(InvoiceId.of("AV-" + i), DebtorId.of(debtor), D0.plusDays(25),
            Money.of(currency, "5.00"), Optional.of(inv.id())));
      }
    }
    List<Payment> payments = new ArrayList<>();
    for (int p = 0; p < paymentCount; p++) {
      Invoice target = invoices.get(r.nextInt(invoices.size()));
      String amount = switch (r.nextInt(4)) {
        case 0 -> target.amount().toPlainString();
        case 1 -> AMOUNTS[r.nextInt(AMOUNTS.length)];
        case 2 -> target.amount().minus(Money.of(target.amount().currencyCode(), "0.50")).toPlainString();
        default -> Money.of("EUR", String.valueOf(1 + r.nextInt(300))).toPlainString();
      };
      String remittance = switch (r.nextInt(4)) {
        case 0 -> target.id().value();
        case 1 -> CreditorReference.forInvoice(target.id()).toString();
        case 2 -> "merci";
        default -> null;
      };
      String currency = r.nextInt(12) == 0 ? "GBP" : "EUR";
      Optional<DebtorId> debtor = r.nextBoolean() ? Optional.of(target.debtorId()) : Optional.empty();
      Optional<String> iban = debtor.isEmpty() && r.nextBoolean() ? Optional.of("FR00TEST" + r.nextInt(4))
          : Optional.empty();
      payments.add(new Payment(PaymentId.of("P" + p), D0.plusDays(20 + r.nextInt(10)), Money.of(currency, amount),
          debtor, Optional.ofNullable(remittance), Optional.empty(), iban));
    }
    return new Case(debtors, invoices, payments);
  }

  private static final Reconciler RECONCILER =
      Reconciler.builder().tolerance(Tolerance.parse("1%")).minimumConfidence(0.6).build();

  @Property(tries = 200)
  void allocations_plus_unapplied_equal_the_payment_and_write_off_settles_the_shortfall(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Case c = generate(seed, 12, 10);
    Ledger ledger = Ledger.of(c.debtors(), c.invoices(), c.payments());
    ReconciliationResult result = RECONCILER.reconcile(ledger);
    for (Match m : result.matches()) {
      Money total = m.unapplied();
      for (Allocation a : m.allocations()) {
        total = total.plus(a.amount());
      }
      assertThat(total).isEqualTo(ledger.payment(m.paymentId()).get().amount());
      m.writeOff().ifPresent(w -> assertThat(m.rule()).isEqualTo(MatchRule.TOLERANCE));
      assertThat(m.allocations()).allSatisfy(a -> assertThat(a.amount().currency()).isEqualTo(m.amount().currency()));
    }
    assertThat(result.summary().payments()).isEqualTo(c.payments().size());
  }

  @Property(tries = 200)
  void no_invoice_is_allocated_beyond_its_open_amount(@ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
    Case c = generate(seed, 10, 14);
    Ledger ledger = Ledger.of(c.debtors(), c.invoices(), c.payments());
    ReconciliationResult result = RECONCILER.reconcile(ledger);
    Map<InvoiceId, Money> applied = new HashMap<>();
    Map<String, Money> fromCreditNote = new HashMap<>();
    for (Allocation a : result.allocations()) {
      applied.merge(a.invoiceId(), a.amount(), Money::plus);
      Invoice inv = ledger.invoice(a.invoiceId()).orElseThrow();
      assertThat(inv.isCreditNote()).isFalse();
      assertThat(inv.amount().currency()).isEqualTo(a.amount().currency());
      if (a.source() == Allocation.Source.CREDIT_NOTE) {
        fromCreditNote.merge(a.sourceId(), a.amount(), Money::plus);
      }
    }
    applied.forEach((id, total) -> assertThat(total).isLessThanOrEqualTo(ledger.invoice(id).get().amount()));
    fromCreditNote.forEach((id, total) ->
        assertThat(total).isLessThanOrEqualTo(ledger.invoice(InvoiceId.of(id)).get().amount()));
    Ledger reconciled = result.applyTo(ledger); // the ledger checks every invariant again
    for (Invoice inv : c.invoices()) {
      assertThat(reconciled.openAmount(inv.id(), D0.plusYears(1)).isNegative()).isFalse();
    }
  }

  @Property(tries = 100)
  void the_result_does_not_depend_on_input_order(@ForAll @LongRange(min = 0, max = 1_000_000) long seed,
      @ForAll @IntRange(min = 0, max = 1000) int shuffleSeed) {
    Case c = generate(seed, 14, 12);
    ReconciliationResult a = RECONCILER.reconcile(Ledger.of(c.debtors(), c.invoices(), List.of()), c.payments());
    List<Debtor> debtors = new ArrayList<>(c.debtors());
    List<Invoice> invoices = new ArrayList<>(c.invoices());
    List<Payment> payments = new ArrayList<>(c.payments());
    Random r = new Random(shuffleSeed);
    Collections.shuffle(debtors, r);
    Collections.shuffle(invoices, r);
    Collections.shuffle(payments, r);
    ReconciliationResult b = RECONCILER.reconcile(Ledger.of(debtors, invoices, List.of()), payments);
    assertThat(b.allocations()).containsExactlyElementsOf(a.allocations());
    assertThat(b.matches()).containsExactlyElementsOf(a.matches());
    assertThat(b.suggestions()).containsExactlyElementsOf(a.suggestions());
    assertThat(b.unmatched()).containsExactlyElementsOf(a.unmatched());
  }

  /**
   * A large batch over many debtors that reach one another: shared IBANs and names (ambiguous
   * payers), remittances naming another debtor's invoices, payers known only by their references,
   * several payments on the same invoices, credit notes.
   */
  private static Case linked(long seed, int debtorCount, int invoiceCount, int paymentCount) {
    Random r = new Random(seed);
    List<Debtor> debtors = new ArrayList<>();
    for (int d = 0; d < debtorCount; d++) {
      List<String> ibans = d % 7 == 0 ? List.of("FR00TEST" + d, "FR00SHARED") : List.of("FR00TEST" + d);
      String name = d % 5 == 0 ? "Common Name SARL" : "Debtor " + d + " SARL";
      debtors.add(Debtor.builder(DebtorId.of("D" + d), name).ibans(ibans).build());
    }
    List<Invoice> invoices = new ArrayList<>();
    for (int i = 0; i < invoiceCount; i++) {
      String debtor = "D" + r.nextInt(debtorCount);
      String currency = r.nextInt(10) == 0 ? "GBP" : "EUR";
      Invoice inv = Invoice.of(InvoiceId.of("F-" + (100 + i)), DebtorId.of(debtor), D0.plusDays(r.nextInt(20)),
          Fixtures.NET_30, Money.of(currency, AMOUNTS[r.nextInt(AMOUNTS.length)]));
      invoices.add(inv);
      if (r.nextInt(8) == 0) {
        invoices.add(Invoice.creditNote(InvoiceId.of("AV-" + i), DebtorId.of(debtor), D0.plusDays(25),
            Money.of(currency, "5.00"), Optional.of(inv.id())));
      }
    }
    List<Payment> payments = new ArrayList<>();
    for (int p = 0; p < paymentCount; p++) {
      Invoice target = invoices.get(r.nextInt(invoices.size()));
      Invoice other = invoices.get(r.nextInt(invoices.size()));
      String amount = switch (r.nextInt(4)) {
        case 0 -> target.amount().toPlainString();
        case 1 -> AMOUNTS[r.nextInt(AMOUNTS.length)];
        case 2 -> target.amount().minus(Money.of(target.amount().currencyCode(), "0.50")).toPlainString();
        default -> Money.of("EUR", String.valueOf(1 + r.nextInt(300))).toPlainString();
      };
      String remittance = switch (r.nextInt(6)) {
        case 0 -> target.id().value();
        case 1 -> CreditorReference.forInvoice(target.id()).toString();
        case 2 -> target.id().value() + " " + other.id().value();
        case 3 -> "merci";
        case 4 -> other.id().value().toLowerCase(java.util.Locale.ROOT).replace("-", " ");
        default -> null;
      };
      String currency = r.nextInt(12) == 0 ? "GBP" : "EUR";
      Optional<DebtorId> debtor = r.nextInt(3) == 0 ? Optional.of(target.debtorId()) : Optional.empty();
      Optional<String> iban = Optional.empty();
      Optional<String> name = Optional.empty();
      if (debtor.isEmpty()) {
        switch (r.nextInt(4)) {
          case 0 -> iban = Optional.of(r.nextBoolean() ? "FR00SHARED" : "FR00TEST" + r.nextInt(debtorCount));
          case 1 -> name = Optional.of(r.nextBoolean() ? "COMMON NAME" : "Debtor " + r.nextInt(debtorCount));
          default -> { }
        }
      }
      payments.add(new Payment(PaymentId.of("P" + p), D0.plusDays(20 + r.nextInt(10)), Money.of(currency, amount),
          debtor, Optional.ofNullable(remittance), name, iban));
    }
    return new Case(debtors, invoices, payments);
  }

  @Property(tries = 25)
  void a_parallel_batch_equals_the_payments_applied_one_by_one(
      @ForAll @LongRange(min = 0, max = 1_000_000) long seed, @ForAll @IntRange(min = 3, max = 60) int debtorCount) {
    Case c = linked(seed, debtorCount, 400, 700);
    Ledger ledger = Ledger.of(c.debtors(), c.invoices(), List.of());
    ReconciliationResult parallel = RECONCILER.reconcile(ledger, c.payments());
    assertSameOutcomes(parallel, SEQUENTIAL.reconcile(ledger, c.payments()), c.payments().size());
  }

  /** {@link #RECONCILER} reading and applying the payments one by one. */
  private static final Reconciler SEQUENTIAL = Reconciler.builder().tolerance(Tolerance.parse("1%"))
      .minimumConfidence(0.6).parallel(false).build();

  /** The same outcomes, in the same order, one for each of the {@code payments}. */
  private static void assertSameOutcomes(ReconciliationResult parallel, ReconciliationResult oneByOne, int payments) {
    assertThat(parallel.matches()).containsExactlyElementsOf(oneByOne.matches());
    assertThat(parallel.suggestions()).containsExactlyElementsOf(oneByOne.suggestions());
    assertThat(parallel.unmatched()).containsExactlyElementsOf(oneByOne.unmatched());
    assertThat(parallel.creditNotes()).containsExactlyElementsOf(oneByOne.creditNotes());
    assertThat(parallel.payments()).containsExactlyElementsOf(oneByOne.payments());
    assertThat(parallel.allocations()).containsExactlyElementsOf(oneByOne.allocations());
    assertThat(parallel.matches().size() + parallel.suggestions().size() + parallel.unmatched().size())
        .isEqualTo(payments);
  }

  /**
   * From 10,000 payments the run prepares them (repeated ids, order, what each has left) alongside
   * the invoices' index: the same result as a sequential run, and a repeated id is refused with the
   * same message, not wrapped by the thread that found it.
   */
  @org.junit.jupiter.api.Test
  void a_large_batch_prepares_its_payments_alongside_the_index_with_the_same_result_and_errors() {
    Case c = linked(17, 400, 6_000, 12_000);
    Ledger ledger = Ledger.of(c.debtors(), c.invoices(), List.of());
    assertSameOutcomes(RECONCILER.reconcile(ledger, c.payments()), SEQUENTIAL.reconcile(ledger, c.payments()),
        c.payments().size());
    List<Payment> repeated = new ArrayList<>(c.payments());
    repeated.add(c.payments().get(4_321));
    String message = "payment " + c.payments().get(4_321).id() + " appears twice (in the ledger and among the payments"
        + " to reconcile, or twice among them)";
    for (Reconciler reconciler : List.of(RECONCILER, SEQUENTIAL)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(() -> reconciler.reconcile(ledger, repeated))
          .isExactlyInstanceOf(IllegalArgumentException.class).hasMessage(message).hasNoCause();
    }
  }
}
