package dev.recovery.examples;

import dev.recovery.core.aging.AgingBuckets;
import dev.recovery.core.aging.AgingReport;
import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.List;

/** The README's embedding example, kept compiling here. */
public final class EmbedExample {

  private EmbedExample() {}

  /** Runs the example. */
  public static void main(String[] args) {
    PaymentTerms terms = PaymentTerms.parse("30 jours fin de mois");
    System.out.println(terms.dueDate(LocalDate.of(2025, 1, 15)));           // 2025-02-28
    Debtor acme = Debtor.builder(DebtorId.of("D1"), "ACME SAS").build();   // a French business
    Invoice f1 = Invoice.of(InvoiceId.of("F-2025-001"), acme.id(), LocalDate.of(2025, 1, 15),
        terms, Money.parse("EUR 3000.00"));
    Ledger ledger = Ledger.of(List.of(acme), List.of(f1), List.of());
    AgingReport aging = AgingReport.compute(ledger, LocalDate.of(2025, 4, 15), AgingBuckets.standard());
    System.out.println(aging);                                              // EUR 3000.00 in 31-60
  }
}
