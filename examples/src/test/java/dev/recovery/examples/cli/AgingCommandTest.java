package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgingCommandTest {

  static final String SAMPLE = Path.of("data/sample").toAbsolutePath().toString();

  @Test
  void json_has_buckets_per_currency_per_debtor_and_kpis_with_amounts_as_strings() {
    CliRunner.Result r = CliRunner.run("aging", "--data", SAMPLE, "--as-of", "2025-07-31", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = r.json();
    assertThat(doc.get("buckets")).hasSize(6);
    JsonNode eur = doc.get("currencies").get("EUR");
    assertThat(eur.get("open").isTextual()).isTrue();
    BigDecimal sum = BigDecimal.ZERO;
    for (JsonNode b : eur.get("buckets")) {
      sum = sum.add(new BigDecimal(b.asText()));
    }
    assertThat(sum).isEqualByComparingTo(new BigDecimal(eur.get("open").asText()));
    assertThat(doc.get("debtors").size()).isGreaterThan(3);
    assertThat(doc.get("kpis").get("EUR").has("dso")).isTrue();
    assertThat(doc.get("kpis").get("EUR").has("cei")).isTrue();
    assertThat(doc.get("importFailures")).isEmpty();
  }

  @Test
  void a_paid_invoice_is_not_open_once_its_payment_is_reconciled(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("debtors.csv"),
        "debtor_id,name,type,country,time_zone,language,email,phone,customer_since\n"
            + "D1,Acme,business,FR,Europe/Paris,fr,a@b.fr,,2020-01-01\n");
    Files.writeString(dir.resolve("invoices.csv"),
        "invoice_id,debtor_id,issue_date,terms,amount,currency\n"
            + "F-2025-0001,D1,2025-01-15,net 30,100.00,EUR\n"
            + "F-2025-0002,D1,2025-01-20,net 30,250.00,EUR\n");
    Files.writeString(dir.resolve("payments.csv"),
        "payment_id,date,amount,currency,debtor_id,remittance\n"
            + "P1,2025-03-01,100.00,EUR,D1,Facture F-2025-0001\n");
    JsonNode before = CliRunner.run("aging", "--data", dir.toString(), "--as-of", "2025-02-28", "--json").json();
    assertThat(before.get("currencies").get("EUR").get("open").asText()).isEqualTo("350.00");
    JsonNode after = CliRunner.run("aging", "--data", dir.toString(), "--as-of", "2025-03-01", "--json").json();
    assertThat(after.get("currencies").get("EUR").get("open").asText()).isEqualTo("250.00");
  }

  @Test
  void custom_buckets() {
    JsonNode doc = CliRunner.run("aging", "--data", SAMPLE, "--as-of", "2025-07-31", "--buckets", "15,45", "--json").json();
    assertThat(doc.get("buckets")).extracting(JsonNode::asText).containsExactly("not-due", "1-15", "16-45", "45+");
  }

  @Test
  void text_output_has_a_total_line() {
    CliRunner.Result r = CliRunner.run("aging", "--data", SAMPLE, "--as-of", "2025-07-31");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("TOTAL").contains("DSO");
  }

  @Test
  void bad_rows_exit_2_listing_every_failure_with_file_and_line(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("debtors.csv"),
        "debtor_id,name,type,country,time_zone,language,email,phone,customer_since\n"
            + "D1,Acme,business,FR,Europe/Paris,fr,a@b.fr,,2020-01-01\n");
    Files.writeString(dir.resolve("invoices.csv"),
        "invoice_id,debtor_id,issue_date,terms,amount,currency\n"
            + "F1,D1,2025-01-15,net 30,100.00,EUR\n"
            + "F2,D1,2025-02-30,net 30,100.00,EUR\n"
            + "F3,D1,2025-01-15,net 30,12;5,EUR\n");
    CliRunner.Result r = CliRunner.run("aging", "--data", dir.toString(), "--as-of", "2025-07-31");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("invoices.csv:3").contains("issue_date").contains("invoices.csv:4").contains("amount");
    CliRunner.Result lenient = CliRunner.run("aging", "--data", dir.toString(), "--as-of", "2025-07-31", "--lenient",
        "--json");
    assertThat(lenient.exitCode()).isZero();
    assertThat(lenient.json().get("importFailures")).hasSize(2);
    assertThat(lenient.json().get("currencies").get("EUR").get("open").asText()).isEqualTo("100.00");
  }

  @Test
  void bad_options_exit_2() {
    assertThat(CliRunner.run("aging", "--data", "/no/such/dir", "--as-of", "2025-07-31").err()).contains("--data");
    assertThat(CliRunner.run("aging", "--data", SAMPLE, "--as-of", "2025-07-31", "--buckets", "60,30").exitCode())
        .isEqualTo(2);
    assertThat(CliRunner.run("aging", "--data", SAMPLE, "--as-of", "31/07/2025").exitCode()).isEqualTo(2);
  }
}
