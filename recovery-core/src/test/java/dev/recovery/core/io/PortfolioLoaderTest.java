package dev.recovery.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.recovery.core.casefile.CaseFile;
import dev.recovery.core.casefile.Dispute;
import dev.recovery.core.casefile.PaymentPlan;
import dev.recovery.core.ledger.DebtorId;
import dev.recovery.core.ledger.InvoiceId;
import dev.recovery.core.ledger.Ledger;
import dev.recovery.core.money.Money;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioLoaderTest {

  static final Path SAMPLE = Path.of("../examples/data/sample");
  static final Path BAD = Path.of("../examples/data/bad");
  static final LocalDate DATE_2025_07_15 = LocalDate.of(2025, 7, 15);

  @Test
  void sample_loads_cleanly() {
    PortfolioLoad load = PortfolioLoader.load(SAMPLE);

    assertThat(load.failureReport()).isEmpty();
    assertThat(load.isClean()).isTrue();
    Portfolio p = load.portfolio();
    assertThat(p.debtors()).hasSize(12);
    assertThat(p.invoices()).hasSize(40);
    assertThat(p.payments()).hasSize(16);
    assertThat(p.events()).hasSize(18);
  }

  @Test
  void sample_builds_a_ledger_and_case_files() {
    Portfolio p = PortfolioLoader.load(SAMPLE).portfolio();
    Ledger ledger = p.ledger();

    assertThat(ledger.invoice(InvoiceId.of("F-2025-005")).orElseThrow().amount()).isEqualTo(Money.of("EUR", "12800.00"));
    assertThat(ledger.invoice(InvoiceId.of("AV-2025-001")).orElseThrow().isCreditNote()).isTrue();
    assertThat(ledger.allocations()).isEmpty();
    CaseFile dfr005 = p.caseFiles().get(DebtorId.of("D-FR-005"));
    assertThat(dfr005.isDisputed(InvoiceId.of("F-2025-011"), DATE_2025_07_15)).isTrue();
    assertThat(p.caseFile(DebtorId.of("D-FR-002")).paymentPlans(DATE_2025_07_15)).singleElement()
        .extracting(PaymentPlan::total).isEqualTo(Money.of("EUR", "4520.00"));
    assertThat(p.caseFile(DebtorId.of("D-FR-001")).disputes(DATE_2025_07_15)).singleElement()
        .extracting(Dispute::resolved).isEqualTo(java.util.Optional.of(LocalDate.of(2025, 6, 2)));
    assertThat(p.caseFile(DebtorId.of("D-FR-999")).events()).isEmpty();
  }

  @Test
  void sample_write_then_load_is_identity_and_byte_stable(@TempDir Path tmp) throws IOException {
    Portfolio p = PortfolioLoader.load(SAMPLE).portfolio();
    Path first = tmp.resolve("first");
    Path second = tmp.resolve("second");

    PortfolioWriter.write(p, first);
    PortfolioLoad reloaded = PortfolioLoader.load(first);
    PortfolioWriter.write(reloaded.portfolio(), second);

    assertThat(reloaded.failureReport()).isEmpty();
    assertThat(reloaded.portfolio()).isEqualTo(p);
    for (String name : PortfolioWriter.fileNames()) {
      assertThat(Files.readAllBytes(second.resolve(name))).as(name).isEqualTo(Files.readAllBytes(first.resolve(name)));
    }
    assertThat(Files.readAllLines(first.resolve("invoices.csv"), StandardCharsets.UTF_8).get(0))
        .isEqualTo("invoice_id,debtor_id,issue_date,terms,amount,currency,due_date,reference,kind");
  }

  @Test
  void bad_directory_reports_every_problem_with_file_and_line() {
    PortfolioLoad load = PortfolioLoader.load(BAD);

    assertThat(load.failures()).extracting(Object::toString).containsExactly(
        "debtors.csv:4: column 'customer_since' (value '2019-02-30'): not a valid date: "
            + "Invalid date 'FEBRUARY 30'",
        "invoices.csv:3: column 'issue_date' (value '15/03/2025'): not an ISO date (expected yyyy-MM-dd, e.g. 2025-03-31)",
        "invoices.csv:4: column 'amount' (value '12,5x'): " + Cells.NOT_A_DECIMAL,
        "invoices.csv:5: column 'terms' (value '30 jours fin de moiss'): cannot parse payment terms "
            + "'30 jours fin de moiss': " + termsReason("30 jours fin de moiss"),
        "invoices.csv:6: column 'debtor_id' (value 'D-404'): unknown debtor: not among the valid rows of debtors.csv",
        "invoices.csv:7: column 'debtor_id' (value 'B-3'): unknown debtor: not among the valid rows of debtors.csv",
        "payments.csv:1: missing required column currency (separator ',', header: payment_id,date,amount,debtor_id)",
        "events.jsonl:2: field 'mood' (value 'angry'): unknown field for type 'contact'; the known fields are "
            + "type, debtorId, at, channel, direction, outcome, person, debt, invoices, note",
        "events.jsonl:3: field 'invoices[0]' (value 'F-404'): unknown invoice: not among the valid rows of invoices.csv");
    assertThat(load.portfolio().debtors()).extracting(d -> d.id().value()).containsExactly("B-1", "B-2");
    assertThat(load.portfolio().invoices()).extracting(i -> i.id().value()).containsExactly("BI-1");
    assertThat(load.portfolio().payments()).isEmpty();
    assertThat(load.portfolio().events()).hasSize(1);
  }

  private static String termsReason(String text) {
    try {
      dev.recovery.core.terms.PaymentTerms.parse(text);
      throw new AssertionError("terms '" + text + "' should not parse");
    } catch (IllegalArgumentException e) {
      return e.getMessage().substring(("cannot parse payment terms '" + text + "': ").length());
    }
  }

  @Test
  void missing_required_files_are_failures_and_optional_files_may_be_absent(@TempDir Path tmp) throws IOException {
    PortfolioLoad empty = PortfolioLoader.load(tmp);
    assertThat(empty.failures()).extracting(Object::toString).containsExactly(
        "debtors.csv: required file is missing from " + tmp,
        "invoices.csv: required file is missing from " + tmp);

    Files.writeString(tmp.resolve("debtors.csv"), "debtor_id,name,type,country,time_zone,language,email,phone,"
        + "customer_since\nD1,Acme,business,FR,Europe/Paris,fr,,,\n");
    Files.writeString(tmp.resolve("invoices.csv"), "invoice_id,debtor_id,issue_date,terms,amount,currency\n"
        + "F1,D1,2025-01-10,net 30,100,EUR\n");
    PortfolioLoad load = PortfolioLoader.load(tmp);
    assertThat(load.isClean()).isTrue();
    assertThat(load.portfolio().invoices()).hasSize(1);
    assertThat(load.portfolio().payments()).isEmpty();
    assertThat(load.portfolio().events()).isEmpty();
  }

  @Test
  void cross_file_checks_name_the_file_line_and_field(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("debtors.csv"), "debtor_id,name,type,country,time_zone,language,email,phone,"
        + "customer_since\nD1,Acme,business,FR,Europe/Paris,fr,,,\nD2,Beta,business,FR,Europe/Paris,fr,,,\n");
    Files.writeString(tmp.resolve("invoices.csv"), "invoice_id,debtor_id,issue_date,terms,amount,currency\n"
        + "F1,D1,2025-01-10,net 30,100,EUR\nF2,D2,2025-01-10,net 30,100,EUR\n");
    Files.writeString(tmp.resolve("payments.csv"), "payment_id,date,amount,currency,debtor_id\n"
        + "P1,2025-02-01,100,EUR,D1\nP2,2025-02-01,100,EUR,D9\nP3,2025-02-01,100,EUR,\n");
    Files.writeString(tmp.resolve("events.jsonl"), String.join("\n",
        "{\"type\":\"note\",\"debtorId\":\"D9\",\"at\":\"2025-03-01T09:00:00+01:00\",\"text\":\"x\"}",
        "",
        "{\"type\":\"dispute\",\"debtorId\":\"D1\",\"invoiceId\":\"F2\",\"opened\":\"2025-03-01\",\"reason\":\"cash\","
            + "\"resolved\":null}",
        "{\"type\":\"acknowledgement\",\"debtorId\":\"D1\",\"date\":\"2025-03-01\",\"invoices\":[\"F1\",\"F7\"]}",
        "{\"type\":\"acknowledgement\",\"debtorId\":\"D1\",\"date\":\"2025-03-01\",\"invoices\":[\"F1\"]}"));

    PortfolioLoad load = PortfolioLoader.load(tmp);

    assertThat(load.failures()).extracting(Object::toString).containsExactly(
        "payments.csv:3: column 'debtor_id' (value 'D9'): unknown debtor: not among the valid rows of debtors.csv",
        "events.jsonl:1: field 'debtorId' (value 'D9'): unknown debtor: not among the valid rows of debtors.csv",
        "events.jsonl:3: field 'invoiceId' (value 'F2'): the invoice belongs to debtor D2, not to D1",
        "events.jsonl:4: field 'invoices[1]' (value 'F7'): unknown invoice: not among the valid rows of invoices.csv");
    assertThat(load.portfolio().payments()).extracting(x -> x.id().value()).containsExactly("P1", "P3");
    assertThat(load.portfolio().events()).hasSize(1);
  }

  @Test
  void not_a_directory_is_refused() {
    assertThatThrownBy(() -> PortfolioLoader.load(Path.of("does/not/exist")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("does/not/exist");
  }

  @Test
  void empty_portfolio_round_trips(@TempDir Path tmp) {
    PortfolioWriter.write(Portfolio.empty(), tmp);
    PortfolioLoad load = PortfolioLoader.load(tmp);
    assertThat(load.isClean()).isTrue();
    assertThat(load.portfolio()).isEqualTo(Portfolio.empty());
    assertThat(List.of(load.portfolio().toString())).containsExactly("Portfolio[0 debtors, 0 invoices, 0 payments, 0 events]");
  }
}
