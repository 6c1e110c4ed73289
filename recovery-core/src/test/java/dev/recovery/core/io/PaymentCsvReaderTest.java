package dev.recovery.core.io;

import static dev.recovery.core.io.InvoiceCsvReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.Payment;
import dev.recovery.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PaymentCsvReaderTest {

  @Test
  void reports_every_bad_cell_and_keeps_good_rows() {
    ImportResult<Payment> r = PaymentCsvReader.read(resource("payments-bad.csv"));
    String f = "payments-bad.csv:";

    assertThat(r.failures()).extracting(Object::toString).containsExactly(
        f + "3: column 'date' (value '2025-02-30'): not a valid date: Invalid date 'FEBRUARY 30'",
        f + "3: column 'amount' (value '0.00'): must be positive",
        f + "4: column 'amount' (value '10.001'): has 3 decimals, more than the 2 of EUR",
        f + "5: column 'payer_iban' (value 'XX'): not an IBAN (two letters, two check digits, then 11 to 30 "
            + "letters or digits)",
        f + "6: column 'payment_id' (value 'P1'): duplicate payment_id, first seen on line 2");
    assertThat(r.rows()).extracting(p -> p.id().value()).containsExactly("P1", "P6");
    Payment p1 = r.rows().get(0);
    assertThat(p1.date()).isEqualTo(LocalDate.of(2025, 2, 28));
    assertThat(p1.amount()).isEqualTo(Money.of("EUR", "1250.00"));
    assertThat(p1.debtorId()).contains(DebtorId.of("D1"));
    assertThat(p1.remittance()).contains("F-1, F-2");
    assertThat(p1.payerName()).contains("BOULANGERIE MARTIN");
    assertThat(p1.payerIban()).contains("FR7630006000011234567890189");
    Payment p6 = r.rows().get(1);
    assertThat(p6.amount()).isEqualTo(Money.of("GBP", "5.00"));
    assertThat(p6.debtorId()).isEmpty();
    assertThat(p6.remittance()).isEmpty();
    assertThat(p6.payerIban()).isEmpty();
    assertThat(r.lineOf(1)).isEqualTo(7);
  }
}
