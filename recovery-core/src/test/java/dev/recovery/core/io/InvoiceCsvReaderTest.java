package dev.recovery.core.io;

import static org.assertj.core.api.Assertions.assertThat;

import dev.recovery.core.ledger.Invoice;
import dev.recovery.core.ledger.InvoiceKind;
import dev.recovery.core.money.Money;
import dev.recovery.core.terms.PaymentTerms;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvoiceCsvReaderTest {

  static Path resource(String name) {
    try {
      return Path.of(InvoiceCsvReaderTest.class.getResource("/io/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String termsReason(String text) {
    try {
      PaymentTerms.parse(text);
      throw new AssertionError("terms '" + text + "' should not parse");
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
  }

  @Test
  void reads_bom_semicolons_crlf_quoted_separators_and_multi_line_cells() {
    ImportResult<Invoice> r = InvoiceCsvReader.read(resource("invoices-bom-semicolon-crlf.csv"));

    assertThat(r.failures()).extracting(Object::toString).containsExactly(
        "invoices-bom-semicolon-crlf.csv:7: column 'amount' (value 'oops'): " + Cells.NOT_A_DECIMAL);
    assertThat(r.rows()).extracting(i -> i.id().value()).containsExactly("F-1", "F-2", "F-3");
    assertThat(r.lineOf(0)).isEqualTo(2);
    assertThat(r.lineOf(1)).isEqualTo(4);
    assertThat(r.lineOf(2)).isEqualTo(6);
    Invoice f1 = r.rows().get(0);
    assertThat(f1.reference()).contains("PO 1; lot 2");
    assertThat(f1.terms()).isEqualTo(PaymentTerms.parse("30 jours fin de mois"));
    assertThat(f1.issueDate()).isEqualTo(LocalDate.of(2025, 1, 10));
    assertThat(f1.amount()).isEqualTo(Money.of("EUR", "1250.00"));
    assertThat(f1.kind()).isEqualTo(InvoiceKind.INVOICE);
    assertThat(r.rows().get(1).reference()).contains("first line\r\nsecond line");
    assertThat(r.rows().get(1).terms()).isEqualTo(PaymentTerms.parse("2/10 net 30"));
    assertThat(r.rows().get(2).debtorId().value()).isEqualTo("D2");
    assertThat(r.rows().get(2).amount()).isEqualTo(Money.of("EUR", "12.50"));
    assertThat(r.rows().get(2).reference()).isEmpty();
  }

  @Test
  void reports_every_bad_cell_with_line_column_value_and_reason_and_keeps_good_rows() {
    ImportResult<Invoice> r = InvoiceCsvReader.read(resource("invoices-bad-cells.csv"));
    String f = "invoices-bad-cells.csv:";

    assertThat(r.failures()).extracting(Object::toString).containsExactly(
        f + "3: column 'invoice_id' (value ''): must not be empty",
        f + "4: column 'issue_date' (value '2025-13-01'): not a valid date: "
            + "Invalid value for MonthOfYear (valid values 1 - 12): 13",
        f + "5: column 'amount' (value '12,5x'): " + Cells.NOT_A_DECIMAL,
        f + "6: column 'amount' (value '1200.505'): has 3 decimals, more than the 2 of EUR",
        f + "7: column 'amount' (value '-50.00'): must be positive (a credit note has a positive amount and kind "
            + "credit_note)",
        f + "8: column 'currency' (value 'EURO'): not an ISO 4217 currency code (three letters, e.g. EUR)",
        f + "9: column 'currency' (value 'XYZ'): not a known ISO 4217 currency code",
        f + "10: column 'terms' (value 'payable whenever'): " + termsReason("payable whenever"),
        f + "11: column 'kind' (value 'proforma'): not one of invoice, credit_note",
        f + "12: column 'due_date' (value '2025-01-09'): is before the issue date 2025-01-10",
        f + "13: column 'invoice_id' (value 'F-01'): duplicate invoice_id, first seen on line 2",
        f + "14: the row has 6 cells, the header has 9",
        f + "15: column 'terms' (value ''): must not be empty for an invoice (for example 'net 30', "
            + "'30 jours fin de mois')",
        f + "16: column 'debtor_id' (value ''): must not be empty",
        f + "16: column 'issue_date' (value '2025-1-10'): not an ISO date (expected yyyy-MM-dd, e.g. 2025-03-31)",
        f + "16: column 'amount' (value 'abc'): " + Cells.NOT_A_DECIMAL,
        f + "18: column 'amount' (value '1500.5'): has 1 decimals, more than the 0 of JPY",
        f + "20: column 'terms' (value 'payable whenever'): " + termsReason("payable whenever"));
    assertThat(r.rows()).extracting(i -> i.id().value()).containsExactly("F-01", "AV-16", "F-18", "F-20");
    assertThat(r.lineOf(1)).isEqualTo(17);
    Invoice credit = r.rows().get(1);
    assertThat(credit.kind()).isEqualTo(InvoiceKind.CREDIT_NOTE);
    assertThat(credit.terms()).isEqualTo(PaymentTerms.onReceipt());
    assertThat(credit.reference()).contains("F-01");
    Invoice yen = r.rows().get(2);
    assertThat(yen.amount()).isEqualTo(Money.of("JPY", "1500"));
    assertThat(yen.dueDate()).contains(LocalDate.of(2025, 3, 1));
    assertThat(yen.finalDueDate()).isEqualTo(LocalDate.of(2025, 3, 1));
    assertThat(r.rows().get(3).amount()).isEqualTo(Money.of("EUR", "12.50"));
    assertThat(r.isClean()).isFalse();
    assertThat(r.failureReport()).hasLineCount(18);
  }

  @Test
  void missing_required_columns_are_one_failure_on_line_1_and_no_rows() {
    ImportResult<Invoice> r = InvoiceCsvReader.read(resource("invoices-missing-columns.csv"));

    assertThat(r.failures()).extracting(Object::toString).containsExactly(
        "invoices-missing-columns.csv:1: missing required columns amount, currency "
            + "(separator ',', header: invoice_id,debtor_id,issue_date,terms)");
    assertThat(r.rows()).isEmpty();
  }

  @Test
  void unknown_and_repeated_columns_are_failures_but_rows_are_still_read() {
    ImportResult<Invoice> r = InvoiceCsvReader.read(resource("invoices-unknown-columns.csv"));

    assertThat(r.failures()).hasSize(2);
    ImportFailure unknown = r.failures().get(0);
    assertThat(unknown.line()).isEqualTo(1);
    assertThat(unknown.column()).contains("vat_rate");
    assertThat(unknown.reason()).startsWith("unknown column; the known columns are invoice_id, debtor_id");
    assertThat(r.failures().get(1).toString()).isEqualTo(
        "invoices-unknown-columns.csv:1: column 'amount': the column appears twice (positions 5 and 8)");
    assertThat(r.rows()).extracting(i -> i.id().value()).containsExactly("F-1");
  }

  @Test
  void empty_file_and_header_only_file() {
    ImportResult<Invoice> empty = InvoiceCsvReader.read(new StringReader(""), "x.csv");
    assertThat(empty.failures()).extracting(Object::toString).containsExactly(
        "x.csv:1: the file is empty: expected a header line with the columns "
            + "invoice_id,debtor_id,issue_date,terms,amount,currency");

    ImportResult<Invoice> header = InvoiceCsvReader.read(
        new StringReader("invoice_id,debtor_id,issue_date,terms,amount,currency\n"), "x.csv");
    assertThat(header.isClean()).isTrue();
    assertThat(header.rows()).isEmpty();
  }

  @Test
  void unterminated_quote_is_reported_and_earlier_rows_are_kept() {
    String csv = "invoice_id,debtor_id,issue_date,terms,amount,currency\n"
        + "F1,D1,2025-01-10,net 30,10.00,EUR\n"
        + "F2,D1,2025-01-10,\"net 30,10.00,EUR\n";
    ImportResult<Invoice> r = InvoiceCsvReader.read(new StringReader(csv), "x.csv");

    assertThat(r.rows()).extracting(i -> i.id().value()).containsExactly("F1");
    assertThat(r.failures()).singleElement().satisfies(fail -> {
      assertThat(fail.line()).isEqualTo(3);
      assertThat(fail.reason()).startsWith("cannot read the rest of the file:");
    });
  }

  @Test
  void a_quote_left_open_in_the_last_cell_is_reported_even_when_the_cell_count_is_right() {
    // the parser reads an unclosed quote to the end of the file as one cell: "EUR\n" would pass
    String csv = "invoice_id,debtor_id,issue_date,terms,amount,currency\n"
        + "F1,D1,2025-01-10,net 30,10.00,EUR\n"
        + "F2,D1,2025-01-10,net 30,10.00,\"EUR\n";
    ImportResult<Invoice> r = InvoiceCsvReader.read(new StringReader(csv), "x.csv");

    assertThat(r.rows()).extracting(i -> i.id().value()).containsExactly("F1");
    assertThat(r.failures()).singleElement().satisfies(fail -> {
      assertThat(fail.line()).isEqualTo(3);
      assertThat(fail.reason()).startsWith("cannot read the rest of the file:").contains("never closed");
    });
  }

  @Test
  void quotes_inside_unquoted_cells_doubled_quotes_and_closed_multi_line_cells_at_the_end_are_fine() {
    String csv = "invoice_id,debtor_id,issue_date,terms,amount,currency,reference\r\n"
        + "F1,D1,2025-01-10,net 30,10.00,EUR,5\" screen\r\n"
        + "\r\n"
        + "F2,D1,2025-01-10,net 30,10.00,EUR,\"say \"\"hi\"\"\"\r\n"
        + "F3,D1,2025-01-10,net 30,10.00,EUR,\"two\nlines\"";
    ImportResult<Invoice> r = InvoiceCsvReader.read(new StringReader(csv), "x.csv");

    assertThat(r.failures()).isEmpty();
    assertThat(r.rows()).extracting(i -> i.reference().orElseThrow())
        .containsExactly("5\" screen", "say \"hi\"", "two\nlines");
    assertThat(r.lineOf(0)).isEqualTo(2);
    assertThat(r.lineOf(1)).isEqualTo(4);
    assertThat(r.lineOf(2)).isEqualTo(5);
  }

  @Test
  void text_after_a_closing_quote_stops_the_read_at_the_line_of_its_row() {
    String csv = "invoice_id,debtor_id,issue_date,terms,amount,currency,reference\n"
        + "F1,D1,2025-01-10,net 30,10.00,EUR,\"multi\nline\"\n"
        + "F2,D1,2025-01-10,net 30,10.00,EUR,\"PO 7\"x\n"
        + "F3,D1,2025-01-10,net 30,10.00,EUR,\n";
    ImportResult<Invoice> r = InvoiceCsvReader.read(new StringReader(csv), "x.csv");

    assertThat(r.rows()).extracting(i -> i.id().value()).containsExactly("F1");
    assertThat(r.failures()).singleElement().satisfies(fail -> {
      assertThat(fail.line()).isEqualTo(4);
      assertThat(fail.reason()).startsWith("cannot read the rest of the file:");
    });
  }

  @Test
  void invalid_utf8_is_reported() {
    byte[] bytes = "invoice_id,debtor_id,issue_date,terms,amount,currency\nF1,D\u00e9,2025-01-10,net 30,1,EUR\n"
        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path tmp;
    try {
      tmp = java.nio.file.Files.createTempFile("latin1", ".csv");
      java.nio.file.Files.write(tmp, bytes);
      ImportResult<Invoice> r = InvoiceCsvReader.read(tmp);
      assertThat(r.rows()).isEmpty();
      assertThat(r.failures()).singleElement().extracting(ImportFailure::reason).asString()
          .contains("not valid UTF-8");
      java.nio.file.Files.delete(tmp);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void bytes_that_are_not_utf8_are_reported_on_their_line_and_the_rows_before_them_are_kept() throws Exception {
    StringBuilder csv = new StringBuilder("invoice_id,debtor_id,issue_date,terms,amount,currency\n");
    for (int i = 1; i <= 300; i++) {
      csv.append("F").append(i).append(",D1,2025-01-10,net 30,10.00,EUR\n");
    }
    byte[] good = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bad = "F301,D\u00e9,2025-01-10,net 30,1,EUR\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    Path tmp = java.nio.file.Files.createTempFile("latin1", ".csv");
    try {
      try (var out = java.nio.file.Files.newOutputStream(tmp)) {
        out.write(good);
        out.write(bad);
      }
      ImportResult<Invoice> r = InvoiceCsvReader.read(tmp);
      assertThat(r.rows()).hasSize(300);
      assertThat(r.failures()).singleElement().satisfies(fail -> {
        assertThat(fail.line()).isEqualTo(302);
        assertThat(fail.reason()).isEqualTo("cannot read the rest of the file: the file is not valid UTF-8: byte 0xE9"
            + " on line 302, after 6 characters of the line (save the file as UTF-8)");
      });
    } finally {
      java.nio.file.Files.delete(tmp);
    }
  }

  @Test
  void explicit_optional_values_are_read() {
    String csv = "invoice_id,debtor_id,issue_date,terms,amount,currency,kind,due_date,reference\n"
        + "F1,D1,2025-01-10,45 days end of month,10,USD,invoice,2025-02-01,PO-1\n";
    Invoice i = InvoiceCsvReader.read(new StringReader(csv), "x.csv").rows().get(0);

    assertThat(i).isEqualTo(new Invoice(dev.recovery.core.ledger.InvoiceId.of("F1"),
        dev.recovery.core.ledger.DebtorId.of("D1"), LocalDate.of(2025, 1, 10),
        PaymentTerms.parse("45 days end of month"), Money.of("USD", "10.00"), Optional.of(LocalDate.of(2025, 2, 1)),
        Optional.of("PO-1"), InvoiceKind.INVOICE));
  }

  @Test
  void streaming_read_hands_over_the_same_rows_lines_and_failures() {
    ImportResult<Invoice> collected = InvoiceCsvReader.read(resource("invoices-bad-cells.csv"));
    java.util.List<Invoice> rows = new java.util.ArrayList<>();
    java.util.List<Long> lines = new java.util.ArrayList<>();
    java.util.List<ImportFailure> failures = new java.util.ArrayList<>();
    long count;
    try (java.io.Reader reader = java.nio.file.Files.newBufferedReader(resource("invoices-bad-cells.csv"))) {
      count = InvoiceCsvReader.read(reader, "invoices-bad-cells.csv", new ImportSink<Invoice>() {
        @Override
        public void row(Invoice row, long line) {
          rows.add(row);
          lines.add(line);
        }

        @Override
        public void failure(ImportFailure failure) {
          failures.add(failure);
        }
      });
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    assertThat(count).isEqualTo(4);
    assertThat(rows).isEqualTo(collected.rows());
    assertThat(lines).containsExactly(2L, 17L, 19L, 21L);
    assertThat(failures).isEqualTo(collected.failures());
  }
}
