package dev.recovery.core.io;

import static dev.recovery.core.io.InvoiceCsvReaderTest.resource;
import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.ledger.Debtor;
import dev.recovery.core.ledger.DebtorType;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class DebtorCsvReaderTest {

  @Test
  void reports_every_bad_cell_and_keeps_good_rows() {
    ImportResult<Debtor> r = DebtorCsvReader.read(resource("debtors-bad.csv"));
    String f = "debtors-bad.csv:";

    assertThat(r.failures()).extracting(Object::toString).containsExactly(
        f + "3: column 'name' (value ''): must not be empty",
        f + "3: column 'type' (value 'company'): not one of business, consumer, public",
        f + "3: column 'country' (value 'FRA'): not an ISO 3166-1 alpha-2 country code (two letters, e.g. FR)",
        f + "3: column 'time_zone' (value 'Mars/Olympus'): not a time zone id (expected a region such as Europe/Paris)",
        f + "3: column 'language' (value 'french'): not an ISO 639-1 language code (two letters, e.g. fr)",
        f + "3: column 'email' (value 'not-an-email'): not an e-mail address (expected name@domain)",
        f + "3: column 'customer_since' (value '12/03/2015'): not an ISO date (expected yyyy-MM-dd, e.g. 2025-03-31)",
        f + "5: column 'debtor_id' (value 'D1'): duplicate debtor_id, first seen on line 2",
        f + "6: column 'iban' (value 'GB29NWBK'): not an IBAN (two letters, two check digits, then 11 to 30 "
            + "letters or digits)");
    assertThat(r.rows()).extracting(d -> d.id().value()).containsExactly("D1", "D3");
    Debtor d1 = r.rows().get(0);
    assertThat(d1.country()).isEqualTo("FR");
    assertThat(d1.language()).isEqualTo("fr");
    assertThat(d1.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(d1.customerSince()).contains(LocalDate.of(2015, 3, 12));
    assertThat(d1.segment()).contains("key_account");
    assertThat(d1.ibans()).isEqualTo(List.of("FR7630006000011234567890189", "GB29NWBK60161331926819"));
    assertThat(d1.phone()).contains("+33 1 42 00 11 22");
    Debtor d3 = r.rows().get(1);
    assertThat(d3.type()).isEqualTo(DebtorType.CONSUMER);
    assertThat(d3.email()).isEmpty();
    assertThat(d3.customerSince()).isEmpty();
    assertThat(d3.segment()).isEmpty();
    assertThat(d3.ibans()).isEmpty();
    assertThat(r.lineOf(1)).isEqualTo(4);
  }
}
