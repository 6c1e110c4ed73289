package dev.recovery.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code recovery segment}: the JSON contract of issue 6, the text table, and bad input. */
class SegmentCommandTest {

  static final String SAMPLE = Path.of("data/sample").toAbsolutePath().toString();

  @TempDir
  static Path dir;

  /** A portfolio as of 2025-06-30 where each debtor lands in a segment for a stated reason. */
  @BeforeAll
  static void writePortfolio() throws Exception {
    Files.writeString(dir.resolve("debtors.csv"),
        "debtor_id,name,type,country,time_zone,language,email,phone,customer_since,segment,iban\n"
            + "K,Key Client SA,business,FR,Europe/Paris,fr,,,2012-01-01,,\n"
            + "G,Commune de Test,public,FR,Europe/Paris,fr,,,2016-01-01,,\n"
            + "R,Risky SARL,business,FR,Europe/Paris,fr,,,2019-01-01,,\n"
            + "N,New SAS,business,FR,Europe/Paris,fr,,,2025-03-01,,\n"
            + "F,Forced SAS,business,FR,Europe/Paris,fr,,,2020-01-01,watch,\n");
    StringBuilder invoices = new StringBuilder("invoice_id,debtor_id,issue_date,terms,amount,currency\n")
        .append("K-1,K,2025-03-01,net 30,50000.00,EUR\n")
        .append("G-1,G,2025-05-01,net 30,1000.00,EUR\n")
        .append("N-1,N,2025-06-01,net 30,500.00,EUR\n");
    for (int i = 1; i <= 5; i++) {
      invoices.append("R-").append(i).append(",R,2024-12-01,net 30,1000.00,EUR\n");
    }
    Files.writeString(dir.resolve("invoices.csv"), invoices.toString());
    Files.writeString(dir.resolve("payments.csv"),
        "payment_id,date,amount,currency,debtor_id,remittance\n"
            + "P1,2025-03-28,50000.00,EUR,K,Facture K-1\n");
    Files.writeString(dir.resolve("events.jsonl"),
        "{\"type\":\"promise\",\"debtorId\":\"R\",\"at\":\"2025-05-01T10:00:00+02:00\",\"amount\":\"1000.00\","
            + "\"currency\":\"EUR\",\"promisedDate\":\"2025-05-10\",\"invoices\":[\"R-1\"]}\n"
            + "{\"type\":\"dispute\",\"debtorId\":\"R\",\"invoiceId\":\"R-2\",\"opened\":\"2025-06-01\","
            + "\"reason\":\"bad_faith\",\"resolved\":null}\n");
  }

  private static JsonNode debtor(JsonNode doc, String id) {
    for (JsonNode d : doc.get("debtors")) {
      if (d.get("debtorId").asText().equals(id)) {
        return d;
      }
    }
    throw new AssertionError("no debtor " + id + " in " + doc);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }

  private static JsonNode run() {
    CliRunner.Result r = CliRunner.run("segment", "--data", dir.toString(), "--as-of", "2025-06-30", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    return r.json();
  }

  @Test
  void json_follows_the_contract() {
    JsonNode doc = run();
    assertThat(fieldNames(doc)).containsExactly("debtors", "summary");
    assertThat(doc.get("debtors")).extracting(d -> d.get("debtorId").asText())
        .containsExactly("F", "G", "K", "N", "R");
    for (JsonNode d : doc.get("debtors")) {
      assertThat(fieldNames(d)).containsExactly("debtorId", "segment", "flags", "score", "factors", "reasons",
          "features");
      assertThat(d.get("score").isInt()).isTrue();
      assertThat(d.get("score").asInt()).isBetween(0, 100);
      for (JsonNode f : d.get("factors")) {
        assertThat(fieldNames(f)).containsExactly("name", "value", "contribution");
        assertThat(f.get("value").isNumber()).isTrue();
        assertThat(f.get("contribution").isNumber()).isTrue();
      }
      assertThat(d.get("reasons").size()).isPositive();
    }
    assertThat(doc.get("summary").toString())
        .isEqualTo("{\"key-account\":1,\"new\":1,\"public-or-large\":1,\"risky\":1,\"watch\":1}");
  }

  @Test
  void each_debtor_lands_in_its_segment_for_its_reason() {
    JsonNode doc = run();
    JsonNode k = debtor(doc, "K");
    assertThat(k.get("segment").asText()).isEqualTo("key-account");
    assertThat(k.get("reasons").get(0).asText()).startsWith("89 % of revenue over 12 months");
    assertThat(k.get("flags")).extracting(JsonNode::asText).containsExactly("clean-payer");
    JsonNode g = debtor(doc, "G");
    assertThat(g.get("segment").asText()).isEqualTo("public-or-large");
    assertThat(g.get("reasons").get(0).asText()).startsWith("public body -> public or large");
    JsonNode r = debtor(doc, "R");
    assertThat(r.get("segment").asText()).isEqualTo("risky");
    // 25 (181 days) + 20 (181 days late) + 15 (5 overdue) + 15 (all late) + 5 (1 broken promise) + 15 (bad faith)
    assertThat(r.get("score").asInt()).isEqualTo(95);
    assertThat(r.get("features").get("promises").get("broken").asInt()).isEqualTo(1);
    assertThat(r.get("features").get("disputes").get("openByFamily").get("bad_faith").asInt()).isEqualTo(1);
    JsonNode n = debtor(doc, "N");
    assertThat(n.get("segment").asText()).isEqualTo("new");
    assertThat(n.get("reasons").get(0).asText()).startsWith("customer for 3 months -> new");
    JsonNode f = debtor(doc, "F");
    assertThat(f.get("segment").asText()).isEqualTo("watch");
    assertThat(f.get("reasons").get(0).asText())
        .isEqualTo("segment watch set in the debtor file overrides the computed low-risk");
  }

  @Test
  void features_use_the_reconciled_ledger_and_amounts_are_strings() {
    JsonNode k = debtor(run(), "K").get("features");
    // the payment of K-1 (remittance "Facture K-1") is reconciled, so nothing is open
    assertThat(k.get("openBalance").size()).isZero();
    assertThat(k.get("shortWindow").get("lateInvoices").asInt()).isZero();
    assertThat(k.get("revenue").get("EUR").isTextual()).isTrue();
    assertThat(k.get("revenue").get("EUR").asText()).isEqualTo("50000.00");
    assertThat(k.get("revenueShare").decimalValue()).isEqualByComparingTo("0.8850");
    JsonNode g = debtor(run(), "G").get("features");
    assertThat(g.get("overdueBalance").get("EUR").asText()).isEqualTo("1000.00");
    assertThat(g.get("oldestDaysPastDue").asInt()).isEqualTo(30);
    assertThat(g.get("daysLateTrend").isNull()).isTrue();
  }

  @Test
  void sample_directory_segments_every_debtor_and_honours_the_segment_column() {
    CliRunner.Result r = CliRunner.run("segment", "--data", SAMPLE, "--as-of", "2025-07-31", "--json");
    assertThat(r.exitCode()).as(r.err()).isZero();
    JsonNode doc = r.json();
    int total = 0;
    for (JsonNode count : doc.get("summary")) {
      total += count.asInt();
    }
    assertThat(total).isEqualTo(doc.get("debtors").size()).isGreaterThan(5);
    // D-FR-003 has "key_account" in the segment column of debtors.csv
    JsonNode forced = debtor(doc, "D-FR-003");
    assertThat(forced.get("segment").asText()).isEqualTo("key-account");
    assertThat(forced.get("reasons").get(0).asText()).startsWith("segment key-account set in the debtor file");
  }

  @Test
  void text_output_is_a_table_with_a_summary() {
    CliRunner.Result r = CliRunner.run("segment", "--data", dir.toString(), "--as-of", "2025-06-30");
    assertThat(r.exitCode()).as(r.err()).isZero();
    assertThat(r.out()).contains("debtor", "segment", "score")
        .containsPattern("(?m)^R\\s+risky\\s+95\\s")
        .containsPattern("(?m)^K\\s+key-account\\s+0\\s+clean-payer\\s+89 % of revenue")
        .contains("Summary: key-account 1, new 1, public-or-large 1, risky 1, watch 1");
  }

  @Test
  void bad_input_exits_2_and_names_the_problem() {
    CliRunner.Result missing = CliRunner.run("segment", "--data", dir.resolve("nope").toString(), "--as-of",
        "2025-06-30", "--json");
    assertThat(missing.exitCode()).isEqualTo(RecoveryCli.BAD_INPUT);
    assertThat(missing.err()).contains("--data").contains("not a directory");
    assertThat(missing.out()).isEmpty();
    CliRunner.Result badDate = CliRunner.run("segment", "--data", dir.toString(), "--as-of", "2025-02-30");
    assertThat(badDate.exitCode()).isEqualTo(RecoveryCli.BAD_INPUT);
    assertThat(badDate.err()).contains("--as-of");
    CliRunner.Result noDate = CliRunner.run("segment", "--data", dir.toString());
    assertThat(noDate.exitCode()).isEqualTo(RecoveryCli.BAD_INPUT);
    CliRunner.Result badRows = CliRunner.run("segment", "--data", Path.of("data/bad").toAbsolutePath().toString(),
        "--as-of", "2025-06-30", "--json");
    assertThat(badRows.exitCode()).isEqualTo(RecoveryCli.BAD_INPUT);
    assertThat(badRows.err()).contains("debtors.csv:4");
  }
}
