package dev.recovery.core.reconcile;

import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.ledger.PaymentId;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Small builders for reconciliation tests. */
final class Fixtures {

  static final LocalDate JAN_10 = LocalDate.of(2025, 1, 10);
  static final LocalDate MAR_03 = LocalDate.of(2025, 3, 3);
  static final PaymentTerms NET_30 = PaymentTerms.parse("net 30");

  private Fixtures() {}

  static Debtor debtor(String id, String name, String... ibans) {
    return Debtor.builder(DebtorId.of(id), name).ibans(List.of(ibans)).build();
  }

  static Invoice invoice(String id, String debtor, String amount) {
    return invoice(id, debtor, "EUR", amount);
  }

  static Invoice invoice(String id, String debtor, String currency, String amount) {
    return Invoice.of(InvoiceId.of(id), DebtorId.of(debtor), JAN_10, NET_30, Money.of(currency, amount));
  }

  static Invoice creditNote(String id, String debtor, String amount, String credited) {
    return Invoice.creditNote(InvoiceId.of(id), DebtorId.of(debtor), JAN_10.plusDays(5), Money.of("EUR", amount),
        Optional.ofNullable(credited).map(InvoiceId::of));
  }

  static Payment paid(String id, String debtor, String amount, String remittance) {
    return Payment.of(PaymentId.of(id), MAR_03, Money.of("EUR", amount), debtor == null ? null : DebtorId.of(debtor),
        remittance);
  }

  static Payment bank(String id, String currency, String amount, String remittance, String name, String iban) {
    return new Payment(PaymentId.of(id), MAR_03, Money.of(currency, amount), Optional.empty(),
        Optional.ofNullable(remittance), Optional.ofNullable(name), Optional.ofNullable(iban));
  }
}
