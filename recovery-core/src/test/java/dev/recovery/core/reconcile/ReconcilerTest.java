package dev.recovery.core.reconcile;

import static dev.recovery.core.reconcile.Fixtures.MAR_03;
import static dev.recovery.core.reconcile.Fixtures.bank;
import static dev.recovery.core.reconcile.Fixtures.creditNote;
import static dev.recovery.core.reconcile.Fixtures.debtor;
import static dev.recovery.core.reconcile.Fixtures.invoice;
import static dev.recovery.core.reconcile.Fixtures.paid;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.ledger.Allocation;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Worked examples: one per rule and per trap of reconciliation (issue 4). */
class ReconcilerTest {

  private static final Debtor MARTIN = debtor("D1", "Boulangerie Martin SARL", "FR7630006000011234567890189");
  private static final Debtor LEROY = debtor("D2", "Transports Leroy & Fils, SA");
  private static final Debtor CAFE = debtor("D3", "Café de l'Étoile SAS");

  private static ReconciliationResult run(Reconciler r, List<Invoice> invoices, Payment... payments) {
    Ledger ledger = Ledger.of(List.of(MARTIN, LEROY, CAFE), invoices, List.of());
    return r.reconcile(ledger, List.of(payments));
  }

  private static ReconciliationResult run(List<Invoice> invoices, Payment... payments) {
    return run(Reconciler.defaults(), invoices, payments);
  }

  private static String allocs(Match m) {
    return m.allocations().stream().map(a -> a.invoiceId() + "=" + a.amount().toPlainString())
        .collect(Collectors.joining(","));
  }

  @ParameterizedTest(name = "remittance ''{0}'' names F-2025-0012")
  @CsvSource(delimiter = '|', value = {
      "F-2025-0012|reference", "f2025 0012|reference", "Facture F 2025 12|reference", "F2025-12 merci|reference",
      "FACT. 2025-12|reference", "f 20250012|reference", "Fact. F20250012|reference"})
  void reference_is_tolerant_to_format(String remittance, String rule) {
    ReconciliationResult r = run(List.of(invoice("F-2025-0012", "D1", "120.00"), invoice("F-2025-0013", "D1", "120.00")),
        paid("P1", "D1", "120.00", remittance));
    assertThat(r.matches()).hasSize(1);
    Match m = r.matches().get(0);
    assertThat(m.rule().code()).isEqualTo(rule);
    assertThat(allocs(m)).isEqualTo("F-2025-0012=120.00");
  }

  @ParameterizedTest(name = "paid {1} with remittance ''{0}''")
  @CsvSource(delimiter = '|', value = {
      "F-2025-0012|120.00|the amount equals the open EUR 120.00; payer D1 given with the payment; "
          + "the remittance names F-2025-0012",
      "Facture F 2025 12|120.00|the amount equals the open EUR 120.00; payer D1 given with the payment; "
          + "the remittance names F-2025-0012 ('F 2025 12')",
      "F-2025-0012|150.00|the amount exceeds the open EUR 120.00: the rest is unapplied credit; payer D1 given with "
          + "the payment; the remittance names F-2025-0012"})
  void the_explanation_says_what_was_found_in_words(String remittance, String amount, String explanation) {
    ReconciliationResult r = run(List.of(invoice("F-2025-0012", "D1", "120.00"), invoice("F-2025-0013", "D1", "120.00")),
        paid("P1", "D1", amount, remittance));
    Match m = r.matches().get(0);
    assertThat(m.explanation()).isEqualTo(explanation);
    // the same text on every read, and in the match's equality
    assertThat(m.explanation()).isEqualTo(explanation);
    assertThat(m).isEqualTo(new Match(m.paymentId(), m.debtorId(), m.rule(), m.confidence(), m.identifiedBy(),
        m.amount(), m.allocations(), m.writeOff(), m.unapplied(), explanation));
  }

  @ParameterizedTest(name = "second payment with remittance ''{0}''")
  @CsvSource({"F-2025-0076695", "f 20250076695"})
  void a_second_payment_naming_a_settled_invoice_is_a_possible_duplicate_not_a_match_elsewhere(String remittance) {
    // the second payment names the invoice the first one paid; another open item of the payer is within
    // the tolerance of its amount, but the remittance says what the payment was for
    ReconciliationResult r = run(Reconciler.builder().tolerance(Tolerance.parse("2.00")).build(),
        List.of(invoice("F-2025-0076695", "D1", "3085.05"), invoice("F-2025-0076699", "D1", "3086.31")),
        paid("P1", "D1", "3085.05", "F-2025-0076695"), paid("P2", "D1", "3085.05", remittance));
    assertThat(r.matches()).as("%s", r.matches().stream().map(Match::explanation).toList()).singleElement()
        .satisfies(m -> assertThat(allocs(m)).isEqualTo("F-2025-0076695=3085.05"));
    assertThat(r.unmatched()).singleElement().satisfies(u -> {
      assertThat(u.paymentId()).isEqualTo(PaymentId.of("P2"));
      assertThat(u.reason()).contains("possibly a duplicate payment").contains("F-2025-0076695");
    });
  }

  @Test
  void loose_reference_without_amount_confirmation_is_only_a_suggestion() {
    ReconciliationResult r = run(List.of(invoice("F-2025-0012", "D1", "120.00"), invoice("F-2025-0013", "D1", "80.00")),
        paid("P1", "D1", "50.00", "FACT. 2025-12"));
    assertThat(r.matches()).isEmpty();
    assertThat(r.suggestions()).singleElement().satisfies(s ->
        assertThat(s.candidates().get(0).invoiceIds()).containsExactly(InvoiceId.of("F-2025-0012")));
  }

  @Test
  void leading_zeros_are_ignored_only_where_unambiguous() {
    // F-12 and F-0012 have the same canonical key; the text "F-012" is neither exactly: ambiguous.
    List<Invoice> inv = List.of(invoice("F-12", "D1", "100.00"), invoice("F-0012", "D1", "100.00"));
    ReconciliationResult ambiguous = run(inv, paid("P1", "D1", "100.00", "F-012"));
    assertThat(ambiguous.matches()).isEmpty();
    assertThat(ambiguous.suggestions()).hasSize(1);
    // the exact text wins
    ReconciliationResult exact = run(inv, paid("P1", "D1", "100.00", "F-0012"));
    assertThat(allocs(exact.matches().get(0))).isEqualTo("F-0012=100.00");
  }

  @Test
  void several_invoices_in_one_text_are_all_paid_oldest_first() {
    ReconciliationResult r = run(List.of(invoice("F-1001", "D1", "100.00"), invoice("F-1002", "D1", "250.00"),
        invoice("F-1003", "D1", "75.00")), paid("P1", "D1", "350.00", "Règlement F-1001 + F-1002"));
    Match m = r.matches().get(0);
    assertThat(m.rule()).isEqualTo(MatchRule.REFERENCE);
    assertThat(allocs(m)).isEqualTo("F-1001=100.00,F-1002=250.00");
    assertThat(m.unapplied().isZero()).isTrue();
  }

  @Test
  void valid_creditor_reference_matches() {
    String rf = CreditorReference.forInvoice(InvoiceId.of("F-2025-020")).toPrintForm();
    ReconciliationResult r = run(List.of(invoice("F-2025-020", "D1", "2780.00")),
        bank("B1", "EUR", "2780.00", rf, null, null));
    Match m = r.matches().get(0);
    assertThat(m.rule()).isEqualTo(MatchRule.CREDITOR_REFERENCE);
    assertThat(m.identifiedBy()).isEqualTo(PayerIdentification.REFERENCE);
    assertThat(m.confidence()).isEqualTo(0.99);
  }

  @Test
  void wrong_rf_check_digit_is_no_match_and_the_explanation_says_so() {
    // RF35F2025020 is valid; RF36F2025020 has a wrong check digit.
    assertThat(CreditorReference.isValid("RF35F2025020")).isTrue();
    ReconciliationResult r = run(List.of(invoice("F-2025-020", "D1", "2780.00")),
        bank("B1", "EUR", "2780.00", "RF36F2025020", null, null));
    assertThat(r.matches()).isEmpty();
    assertThat(r.unmatched()).singleElement().satisfies(u ->
        assertThat(u.reason()).contains("RF36F2025020").contains("wrong check digits 36").contains("35"));
  }

  @Test
  void exact_amount_single_open_item() {
    ReconciliationResult r = run(List.of(invoice("F-1", "D1", "100.00"), invoice("F-2", "D1", "250.00")),
        paid("P1", "D1", "250.00", null));
    Match m = r.matches().get(0);
    assertThat(m.rule()).isEqualTo(MatchRule.EXACT_AMOUNT);
    assertThat(allocs(m)).isEqualTo("F-2=250.00");
  }

  @Test
  void trap_two_open_items_of_the_same_amount_without_reference_is_a_suggestion() {
    ReconciliationResult r = run(List.of(invoice("F-1", "D1", "120.00"), invoice("F-2", "D1", "120.00")),
        paid("P1", "D1", "120.00", "merci"));
    assertThat(r.matches()).isEmpty();
    Suggestion s = r.suggestions().get(0);
    assertThat(s.candidates()).extracting(c -> c.invoiceIds().get(0).value()).containsExactly("F-1", "F-2");
    assertThat(s.candidates()).allSatisfy(c -> assertThat(c.confidence()).isEqualTo(0.5));
    assertThat(r.allocations()).isEmpty();
  }

  @Test
  void trap_exact_single_and_a_combination_both_fit_is_a_suggestion() {
    ReconciliationResult r = run(List.of(invoice("F-1", "D1", "300.00"), invoice("F-2", "D1", "100.00"),
        invoice("F-3", "D1", "200.00"), invoice("F-4", "D1", "999.00")), paid("P1", "D1", "300.00", null));
    assertThat(r.matches()).isEmpty();
    assertThat(r.suggestions().get(0).candidates().get(0).rule()).isEqualTo(MatchRule.EXACT_AMOUNT);
  }

  @Test
  void unique_combination_matches() {
    ReconciliationResult r = run(List.of(invoice("F-1", "D1", "100.00"), invoice("F-2", "D1", "250.00"),
        invoice("F-3", "D1", "75.50"), invoice("F-4", "D1", "990.00")), paid("P1", "D1", "175.50", null));
    Match m = r.matches().get(0);
    assertThat(m.rule()).isEqualTo(MatchRule.COMBINATION);
    assertThat(allocs(m)).isEqualTo("F-1=100.00,F-3=75.50");
  }

  @Test
  void trap_two_combinations_is_a_suggestion() {
    ReconciliationResult r = run(List.of(invoice("F-1", "D1", "100.00"), invoice("F-2", "D1", "50.00"),
        invoice("F-3", "D1", "60.00"), invoice("F-4", "D1", "90.00"), invoice("F-5", "D1", "999.00")),
        paid("P1", "D1", "150.00", null));
    assertThat(r.matches()).isEmpty();
    assertThat(r.suggestions().get(0).candidates()).hasSizeGreaterThanOrEqualTo(2)
        .allSatisfy(c -> assertThat(c.rule()).isEqualTo(MatchRule.COMBINATION));
  }

  @Test
  void combination_size_is_bounded_by_k_and_the_node_budget() {
    List<Invoice> inv = List.of(invoice("F-1", "D1", "1.00"), invoice("F-2", "D1", "2.00"), invoice("F-3", "D1", "4.00"),
        invoice("F-4", "D1", "8.00"), invoice("F-5", "D1", "100.00"));
    Payment p = paid("P1", "D1", "15.00", null);
    assertThat(run(inv, p).matches().get(0).allocations()).hasSize(4);
    assertThat(run(Reconciler.builder().maxCombination(3).build(), inv, p).matches()).isEmpty();
    ReconciliationResult tiny = run(Reconciler.builder().nodeBudget(3).build(), inv, p);
    assertThat(tiny.matches()).isEmpty();
    assertThat(tiny.unmatched().get(0).reason()).contains("budget");
  }

  @Test
  void whole_open_balance_matches_beyond_k() {
    List<Invoice> inv = new java.util.ArrayList<>();
    for (int i = 1; i <= 8; i++) {
      inv.add(invoice("F-" + i, "D1", i + "0.00"));
    }
    ReconciliationResult r = run(inv, paid("P1", "D1", "360.00", null));
    Match m = r.matches().get(0);
    assertThat(m.rule()).isEqualTo(MatchRule.OPEN_BALANCE);
    assertThat(m.allocations()).hasSize(8);
  }

  @ParameterizedTest(name = "tolerance {0}: paying {1} on 100.00 gives rule {2}, write-off {3}")
  @CsvSource({"2.00,98.50,tolerance,1.50", "1%,99.00,tolerance,1.00", "1%,98.99,reference,", "0,99.90,reference,"})
  void tolerance_proposes_a_write_off_never_silently(String tolerance, String amount, String rule, String writeOff) {
    ReconciliationResult r = run(Reconciler.builder().tolerance(Tolerance.parse(tolerance)).build(),
        List.of(invoice("F-1", "D1", "100.00")), paid("P1", "D1", amount, "F-1"));
    Match m = r.matches().get(0);
    assertThat(m.rule().code()).isEqualTo(rule);
    if (writeOff == null) {
      assertThat(m.writeOff()).isEmpty();
    } else {
      assertThat(m.writeOff().get().amount()).isEqualTo(Money.of("EUR", writeOff));
      assertThat(m.writeOff().get().source()).isEqualTo(Allocation.Source.WRITE_OFF);
      assertThat(m.explanation()).contains("write-off");
    }
  }

  @Test
  void tolerance_without_reference_on_a_single_item() {
    ReconciliationResult r = run(Reconciler.builder().tolerance(Tolerance.ofAmount(new BigDecimal("5"))).build(),
        List.of(invoice("F-1", "D1", "100.00"), invoice("F-2", "D1", "300.00")), paid("P1", "D1", "297.00", null));
    Match m = r.matches().get(0);
    assertThat(m.rule()).isEqualTo(MatchRule.TOLERANCE);
    assertThat(m.writeOff().get().invoiceId().value()).isEqualTo("F-2");
    Ledger reconciled = r.applyTo(Ledger.of(List.of(MARTIN, LEROY, CAFE), List.of(invoice("F-1", "D1", "100.00"),
        invoice("F-2", "D1", "300.00")), List.of()));
    assertThat(reconciled.openAmount(InvoiceId.of("F-2"), MAR_03).isZero()).isTrue();
  }

  @Test
  void partial_payment_leaves_the_rest_open() {
    List<Invoice> inv = List.of(invoice("F-1", "D1", "12800.00"));
    Ledger ledger = Ledger.of(List.of(MARTIN), inv, List.of(paid("P1", "D1", "5000.00", "Acompte F-1")));
    ReconciliationResult r = Reconciler.defaults().reconcile(ledger);
    assertThat(r.matches().get(0).explanation()).contains("partial").contains("7800.00 remains open");
    assertThat(ledger.withAllocations(r.allocations()).openAmount(InvoiceId.of("F-1"), MAR_03))
        .isEqualTo(Money.of("EUR", "7800.00"));
  }

  @Test
  void over_payment_becomes_unapplied_credit() {
    List<Invoice> inv = List.of(invoice("F-1", "D1", "980.40"));
    Ledger ledger = Ledger.of(List.of(MARTIN), inv, List.of(paid("P1", "D1", "1000.00", "F-1")));
    ReconciliationResult r = Reconciler.defaults().reconcile(ledger);
    assertThat(r.matches().get(0).unapplied()).isEqualTo(Money.of("EUR", "19.60"));
    Ledger reconciled = ledger.withAllocations(r.allocations());
    assertThat(reconciled.unappliedPayments(MARTIN.id(), MAR_03)).containsValue(Money.of("EUR", "19.60"));
  }

  @Test
  void credit_note_is_applied_to_the_invoice_it_references_before_payments() {
    ReconciliationResult r = run(List.of(invoice("F-3", "D1", "3000.00"), creditNote("AV-1", "D1", "300.00", "F-3")),
        paid("P1", "D1", "2700.00", "F-3 moins avoir AV-1"));
    assertThat(r.creditNotes()).singleElement().satisfies(c -> {
      assertThat(c.allocations()).singleElement().satisfies(a -> {
        assertThat(a.source()).isEqualTo(Allocation.Source.CREDIT_NOTE);
        assertThat(a.invoiceId().value()).isEqualTo("F-3");
      });
      assertThat(c.remaining().isZero()).isTrue();
    });
    assertThat(allocs(r.matches().get(0))).isEqualTo("F-3=2700.00");
  }

  @Test
  void trap_currency_mismatch_is_never_matched() {
    ReconciliationResult r = run(List.of(invoice("UK-1", "D1", "GBP", "1560.00")),
        bank("B1", "EUR", "1560.00", "UK-1", "Boulangerie Martin", null));
    assertThat(r.matches()).isEmpty();
    assertThat(r.suggestions()).isEmpty();
    assertThat(r.unmatched().get(0).reason()).contains("never matched to an invoice in another currency");
  }

  @Test
  void trap_already_settled_invoice_named_again_is_not_reallocated() {
    Ledger ledger = Ledger.of(List.of(MARTIN), List.of(invoice("F-1", "D1", "100.00"), invoice("F-2", "D1", "100.00")),
        List.of(paid("P1", "D1", "100.00", "F-1"), paid("P2", "D1", "100.00", "F-1")));
    ReconciliationResult r = Reconciler.defaults().reconcile(ledger);
    assertThat(r.matches()).extracting(m -> m.paymentId().value()).containsExactly("P1");
    assertThat(r.unmatched().get(0).reason()).contains("already settled").contains("duplicate");
  }

  @Test
  void trap_invoice_issued_after_the_payment_is_not_a_candidate() {
    Invoice later = Invoice.of(InvoiceId.of("F-9"), MARTIN.id(), MAR_03.plusDays(1), Fixtures.NET_30,
        Money.of("EUR", "50.00"));
    ReconciliationResult r = run(List.of(later), paid("P1", "D1", "50.00", "F-9"));
    assertThat(r.matches()).isEmpty();
    assertThat(r.unmatched().get(0).reason()).contains("after the payment");
  }

  @Test
  void payer_identified_by_iban() {
    ReconciliationResult r = run(List.of(invoice("F-1", "D1", "42.00")),
        bank("B1", "EUR", "42.00", null, "SOMEONE ELSE", "fr76 3000 6000 0112 3456 7890 189"));
    assertThat(r.matches().get(0).identifiedBy()).isEqualTo(PayerIdentification.IBAN);
  }

  @ParameterizedTest(name = "payer name ''{0}'' is debtor {1}")
  @CsvSource(delimiter = '|', value = {"TRANSPORTS LEROY ET FILS|D2", "transports leroy & fils|D2",
      "CAFE DE L ETOILE|D3", "Café de l'Étoile|D3", "BOULANGERIE MARTIN|D1"})
  void payer_identified_by_normalised_name(String name, String debtor) {
    ReconciliationResult r = run(List.of(invoice("F-1", "D1", "41.00"), invoice("F-2", "D2", "42.00"),
        invoice("F-3", "D3", "43.00")), bank("B1", "EUR", "4" + debtor.charAt(1) + ".00", null, name, null));
    Match m = r.matches().get(0);
    assertThat(m.debtorId().value()).isEqualTo(debtor);
    assertThat(m.identifiedBy()).isEqualTo(PayerIdentification.NAME);
  }

  @Test
  void unknown_payer_without_reference_is_unmatched_with_the_reason() {
    ReconciliationResult r = run(List.of(invoice("F-1", "D1", "450.00")),
        bank("B1", "EUR", "450.00", "LOYER JUILLET", "SCI LES TILLEULS", "FR3310096000501234567890125"));
    assertThat(r.unmatched().get(0).reason()).contains("payer not identified").contains("SCI LES TILLEULS");
  }

  @Test
  void trap_reference_to_another_debtors_invoice_is_not_auto_matched() {
    ReconciliationResult r = run(List.of(invoice("F-1", "D1", "100.00"), invoice("F-2", "D2", "100.00")),
        paid("P1", "D1", "100.00", "F-2"));
    assertThat(r.matches()).isEmpty();
    assertThat(r.suggestions().get(0).explanation()).contains("belongs to debtor D2");
  }

  @Test
  void low_confidence_match_becomes_a_suggestion() {
    // by name (0.9) times combination (0.8) = 0.72 < 0.75
    ReconciliationResult r = run(List.of(invoice("F-1", "D2", "100.00"), invoice("F-2", "D2", "50.00"),
        invoice("F-3", "D2", "999.00")), bank("B1", "EUR", "150.00", null, "TRANSPORTS LEROY ET FILS", null));
    assertThat(r.matches()).isEmpty();
    assertThat(r.suggestions().get(0).explanation()).contains("below the minimum");
    ReconciliationResult relaxed = run(Reconciler.builder().minimumConfidence(0.5).build(), List.of(
        invoice("F-1", "D2", "100.00"), invoice("F-2", "D2", "50.00"), invoice("F-3", "D2", "999.00")),
        bank("B1", "EUR", "150.00", null, "TRANSPORTS LEROY ET FILS", null));
    assertThat(relaxed.matches().get(0).confidence()).isEqualTo(0.72);
  }

  @Test
  void payments_are_processed_in_date_then_id_order_and_summarised() {
    List<Invoice> inv = List.of(invoice("F-1", "D1", "100.00"));
    ReconciliationResult r = run(inv, paid("P2", "D1", "100.00", "F-1"), paid("P1", "D1", "100.00", "F-1"));
    assertThat(r.matches()).extracting(m -> m.paymentId().value()).containsExactly("P1");
    assertThat(r.summary().payments()).isEqualTo(2);
    assertThat(r.summary().amountMatched()).containsEntry("EUR", Money.of("EUR", "100.00"));
  }

  @Test
  void duplicate_payment_ids_are_rejected() {
    Ledger ledger = Ledger.of(List.of(MARTIN), List.of(), List.of(paid("P1", "D1", "1.00", null)));
    assertThatThrownBy(() -> Reconciler.defaults().reconcile(ledger, List.of(paid("P1", "D1", "1.00", null))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("P1");
  }

  @Test
  void payments_already_allocated_are_not_reconciled_again() {
    Ledger ledger = Ledger.of(List.of(MARTIN), List.of(invoice("F-1", "D1", "100.00")),
        List.of(paid("P1", "D1", "100.00", "F-1")));
    Ledger once = Reconciler.defaults().reconcile(ledger).applyTo(ledger);
    ReconciliationResult twice = Reconciler.defaults().reconcile(once);
    assertThat(twice.summary().payments()).isZero();
    assertThat(twice.allocations()).isEmpty();
  }

  @Test
  void statement_payments_are_added_with_their_identified_debtor() {
    Ledger ledger = Ledger.of(List.of(MARTIN), List.of(invoice("F-1", "D1", "100.00")), List.of());
    ReconciliationResult r = Reconciler.defaults().reconcile(ledger,
        List.of(bank("B1", "EUR", "130.00", "F-1", null, null)));
    Ledger reconciled = r.applyTo(ledger);
    assertThat(reconciled.payment(PaymentId.of("B1")).get().debtorId()).contains(MARTIN.id());
    assertThat(reconciled.unappliedPayments(MARTIN.id(), MAR_03)).containsValue(Money.of("EUR", "30.00"));
  }

  @Test
  void a_payment_id_given_twice_is_refused_naming_it_whether_repeated_among_the_payments_or_already_in_the_ledger() {
    List<Invoice> invoices = List.of(invoice("F1", "D1", "120.00"));
    assertThatThrownBy(() -> run(invoices, paid("P1", "D1", "10.00", "F1"), paid("P2", "D1", "10.00", "F1"),
        paid("P3", "D1", "10.00", "F1"), paid("P2", "D1", "20.00", "F1"), paid("P1", "D1", "20.00", "F1")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("payment P2 appears twice (in the ledger and among the payments to reconcile, or twice among them)");
    Ledger withPayment = Ledger.of(List.of(MARTIN, LEROY, CAFE), invoices, List.of(paid("P9", "D1", "5.00", "F1")));
    assertThatThrownBy(() -> Reconciler.defaults().reconcile(withPayment, List.of(paid("P9", "D1", "5.00", "F1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("payment P9 appears twice");
  }
}
