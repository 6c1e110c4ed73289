package dev.recovery.core.io.camt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.ledger.Payment;
import dev.recovery.core.money.Money;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** camt.053 import: versions, entry kinds, batches and errors (ISO 20022 camt.053.001.02 / .08). */
class CamtStatementReaderTest {

  private static CamtStatement read(String xml) {
    return CamtStatementReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "test.xml");
  }

  private static String doc(String version, String entries) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001." + version + "\">\n"
        + "<BkToCstmrStmt><GrpHdr><MsgId>MSG-1</MsgId></GrpHdr>\n"
        + "<Stmt><Id>S-1</Id><Acct><Id><IBAN>FR7630004000031234567890143</IBAN></Id></Acct>\n"
        + entries + "</Stmt></BkToCstmrStmt></Document>\n";
  }

  private static final String CREDIT_V02 = """
      <Ntry><Amt Ccy="EUR">1320.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
        <BookgDt><Dt>2025-07-07</Dt></BookgDt><ValDt><Dt>2025-07-08</Dt></ValDt><AcctSvcrRef>BQ-1</AcctSvcrRef>
        <NtryDtls><TxDtls><Refs><EndToEndId>E2E-1</EndToEndId></Refs>
          <RltdPties><Dbtr><Nm>BOULANGERIE MARTIN</Nm></Dbtr>
            <DbtrAcct><Id><IBAN>FR7630006000011234567890189</IBAN></Id></DbtrAcct></RltdPties>
          <RmtInf><Ustrd>FACTURE F-2025-025</Ustrd>
            <Strd><CdtrRefInf><Ref>RF35F2025020</Ref></CdtrRefInf></Strd></RmtInf>
        </TxDtls></NtryDtls></Ntry>
      """;

  @Test
  void reads_a_booked_credit_of_version_02() {
    CamtStatement s = read(doc("02", CREDIT_V02));
    assertThat(s.version()).isEqualTo("camt.053.001.02");
    assertThat(s.messageId()).contains("MSG-1");
    assertThat(s.accountIban()).contains("FR7630004000031234567890143");
    StatementLine l = s.lines().get(0);
    assertThat(l.id().value()).isEqualTo("BQ-1");
    assertThat(l.amount()).isEqualTo(Money.of("EUR", "1320.00"));
    assertThat(l.bookingDate()).contains(LocalDate.of(2025, 7, 7));
    assertThat(l.valueDate()).contains(LocalDate.of(2025, 7, 8));
    assertThat(l.partyName()).contains("BOULANGERIE MARTIN");
    assertThat(l.partyIban()).contains("FR7630006000011234567890189");
    assertThat(l.endToEndId()).contains("E2E-1");
    assertThat(l.structured()).containsExactly("RF35F2025020");
    assertThat(l.unstructured()).containsExactly("FACTURE F-2025-025");
    Payment p = s.payments().get(0);
    assertThat(p.remittance()).contains("RF35F2025020 FACTURE F-2025-025");
    assertThat(p.date()).isEqualTo(LocalDate.of(2025, 7, 7));
  }

  @Test
  void reads_version_08_status_code_party_and_datetime_booking_and_the_entry_amount_wins() {
    String entry = """
        <Ntry><Amt Ccy="EUR">8.85</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>
          <BookgDt><DtTm>2014-12-31T13:15:00+01:00</DtTm></BookgDt><ValDt><Dt>2015-01-02</Dt></ValDt>
          <NtryDtls><TxDtls><Amt Ccy="SEK">0</Amt><RltdPties><Dbtr><Pty><Nm>NAME NAME</Nm></Pty></Dbtr></RltdPties>
          </TxDtls></NtryDtls></Ntry>
        """;
    CamtStatement s = read(doc("08", entry));
    StatementLine l = s.lines().get(0);
    assertThat(s.version()).isEqualTo("camt.053.001.08");
    assertThat(l.amount()).isEqualTo(Money.of("EUR", "8.85"));
    assertThat(l.bookingDate()).contains(LocalDate.of(2014, 12, 31));
    assertThat(l.partyName()).contains("NAME NAME");
    assertThat(l.notes()).singleElement().asString().contains("entry amount EUR 8.85 is used");
    assertThat(l.id().value()).isEqualTo("S-1/1");
  }

  @Test
  void debits_reversals_and_pending_entries_are_reported_not_matched() {
    String entries = """
        <Ntry><Amt Ccy="EUR">35.00</Amt><CdtDbtInd>DBIT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2025-07-10</Dt></BookgDt></Ntry>
        <Ntry><Amt Ccy="EUR">980.40</Amt><CdtDbtInd>CRDT</CdtDbtInd><RvslInd>true</RvslInd><Sts>BOOK</Sts><BookgDt><Dt>2025-07-10</Dt></BookgDt></Ntry>
        <Ntry><Amt Ccy="EUR">10.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>PDNG</Sts><BookgDt><Dt>2025-07-10</Dt></BookgDt></Ntry>
        """;
    CamtStatement s = read(doc("02", entries));
    assertThat(s.payments()).isEmpty();
    assertThat(s.excluded()).extracting(l -> l.exclusion().orElseThrow())
        .satisfiesExactly(e -> assertThat(e).contains("debit"), e -> assertThat(e).contains("reversal"),
            e -> assertThat(e).contains("not booked"));
    assertThatThrownBy(() -> s.excluded().get(0).toPayment()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void a_batch_with_amounts_per_transaction_gives_one_payment_per_transaction() {
    String entry = """
        <Ntry><Amt Ccy="EUR">578.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2025-07-10</Dt></BookgDt>
          <AcctSvcrRef>B-8</AcctSvcrRef><NtryDtls>
          <TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">249.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>F-2025-014</Ustrd></RmtInf></TxDtls>
          <TxDtls><AmtDtls><TxAmt><Amt Ccy="EUR">329.00</Amt></TxAmt></AmtDtls><RmtInf><Ustrd>F-2025-027</Ustrd></RmtInf></TxDtls>
        </NtryDtls></Ntry>
        """;
    List<Payment> payments = read(doc("02", entry)).payments();
    assertThat(payments).extracting(p -> p.id().value()).containsExactly("B-8/1", "B-8/2");
    assertThat(payments).extracting(p -> p.amount().toPlainString()).containsExactly("249.00", "329.00");
    assertThat(payments.get(1).remittance()).contains("F-2025-027");
    // amounts that do not add up: one line with the entry amount, and a note
    CamtStatement odd = read(doc("02", entry.replace("329.00", "300.00")));
    assertThat(odd.lines()).singleElement().satisfies(l -> {
      assertThat(l.amount().toPlainString()).isEqualTo("578.00");
      assertThat(l.notes().get(0)).contains("not the entry amount");
    });
  }

  @Test
  void an_unreadable_entry_is_one_failure_and_the_others_are_kept() {
    String entries = "<Ntry><Amt>12.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><BookgDt><Dt>2025-07-10</Dt></BookgDt></Ntry>\n"
        + CREDIT_V02;
    CamtStatement s = read(doc("02", entries));
    assertThat(s.lines()).hasSize(1);
    assertThat(s.failures()).singleElement().satisfies(f -> {
      assertThat(f.line()).isEqualTo(5);
      assertThat(f.toString()).contains("Ccy");
    });
  }

  @Test
  void malformed_xml_gives_line_and_column() {
    String xml = "<Document>\n<BkToCstmrStmt><Stmt>\n<Ntry><Amt Ccy=\"EUR\">1.00</Amt>\n</Stmt></BkToCstmrStmt></Document>";
    assertThatThrownBy(() -> read(xml)).isInstanceOfSatisfying(CamtFormatException.class, e -> {
      assertThat(e.line()).isEqualTo(4);
      assertThat(e.column()).isPositive();
      assertThat(e.getMessage()).startsWith("test.xml:4:").contains("Ntry");
    });
  }

  @Test
  void a_document_that_is_not_a_statement_is_refused() {
    assertThatThrownBy(() -> read("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.054.001.02\"><X/></Document>"))
        .isInstanceOf(CamtFormatException.class).hasMessageContaining("not camt.053");
    assertThatThrownBy(() -> read("<Document><X/></Document>")).hasMessageContaining("no BkToCstmrStmt");
  }

  @Test
  void doctype_and_external_entities_are_refused() {
    String xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        + "<Document><BkToCstmrStmt><Stmt><Id>&x;</Id></Stmt></BkToCstmrStmt></Document>";
    assertThatThrownBy(() -> read(xml)).isInstanceOf(CamtFormatException.class);
  }
}
